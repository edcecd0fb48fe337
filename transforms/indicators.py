"""Figures quoted in statements ("1,325 complaints", "25 per cent", "between 9 and 135 years"), one row each.

How a batch is read:
1. Polars keeps the paragraphs holding a digit or a number word (`ANCHOR`) and cuts each into
   tokens with one regex (`_TOKEN`, the rules of `indicator_grammar.RULES` in order): look-alikes
   that are not figures (`Skip`: article numbers, symbols, clock times, ordinals ...), years and dates
   (`Period`), figures (`Figure`, `Range`) and sentence ends (`Stop`). Where two rules could start at
   the same place the earlier one wins, so the order of the table is part of the grammar.
2. Every distinct token is read once, in Polars, by the first rule that matches it whole:
   value, unit, qualifier, kind, and where the figure sits inside the token (`indicator_readings`).
3. Each figure is placed (`_tokens`, `_sentences`, `_nearest_periods`): its offsets, its sentence
   and the nearest year in it, from running sums over the batch's pieces and a join by sentence;
   then what it counts is read from the words after it (`_with_subjects`).
No Python loop runs over tokens, and Python's `re` is not used on the text: with these patterns
it costs about 20 µs a token, where Rust's engine reads a whole record in well under a
millisecond. Word boundaries are ASCII (`(?-u:\\b)`) because Rust's fast engine gives up on
Unicode ones in non-ASCII text.

What the figures mean (a range's value, vague plurals, ratios, years as periods) is told where the
rules are, in `transforms.indicator_grammar`.
"""

from __future__ import annotations

from typing import Final

import polars as pl

from transforms import schemas
from transforms.indicator_grammar import ANCHOR, RULES, alternatives, rust_pattern
from transforms.indicator_readings import readings
from transforms.language import VERSION_SUFFIX
from transforms.romance.figures import english_numbers, romance_subject

_TOKEN = rust_pattern(alternatives(RULES))
_ANCHOR = rust_pattern(ANCHOR)
# Every figure carries its sentence; in a paragraph without full stops (a table pasted as text) the
# "sentence" is the whole paragraph, and thousands of figures each carrying it would exhaust memory.
_LONGEST_SENTENCE = 1_500
# The batch is in memory already; Polars 2's default streaming engine cuts these queries into
# morsels for nothing, and the parse runs 5-8% slower with it (`benchmarks/parse_throughput.py`).
_ENGINE: Final = "in-memory"
_CONTEXT = 300
_PARAGRAPH_COLUMNS = ("meeting_id", "paragraph", "text")


# --------------------------------------------------------------------------- placing them in a paragraph

# Marks the ends of every token so that one split cuts a paragraph into gap, token, gap, token ... gap.
_MARK = "\x00"


def _tokens(paragraphs: pl.LazyFrame) -> pl.LazyFrame:
    """Every token of every paragraph: where it starts (in characters) and which sentence it is in.

    The paragraphs are cut into gap, token, gap ... gap pieces and stacked; positions and sentence
    numbers are running sums over the whole stack (no window per paragraph), offset by where each
    paragraph starts in it. Sentence numbers are unique in the batch.
    """
    marked = pl.col("scan").str.replace_all(_MARK, " ", literal=True).str.replace_all(_TOKEN, f"{_MARK}${{0}}{_MARK}")
    pieces = (
        paragraphs.select("row", "length", piece=marked.str.split(_MARK))
        .with_columns(
            offset=pl.col("length").cum_sum() - pl.col("length"), index=pl.int_ranges(pl.col("piece").list.len())
        )
        .explode("piece", "index")
        .with_columns(size=pl.col("piece").str.len_chars().cast(pl.Int32))
        .with_columns(at=(pl.col("size").cum_sum() - pl.col("size") - pl.col("offset")).cast(pl.Int32))
    )
    # A sentence ends at a stop not followed by a lower-case letter ("etc. and" goes on); a
    # paragraph's first piece starts one. The next character is the next gap's first, or where
    # that gap is empty the next token's.
    following = pl.col("piece").shift(-1)
    next_char = pl.when(following != "").then(following).otherwise(pl.col("piece").shift(-2)).str.slice(0, 1)
    ends_sentence = pl.col("piece").str.contains(r"^[.!?]") & ~next_char.fill_null("").str.contains(r"^\p{Ll}")
    starts_sentence = (pl.col("index") == 0) | ends_sentence.shift(1, fill_value=False)
    return pieces.with_columns(sentence=starts_sentence.cast(pl.UInt32).cum_sum(), starts=starts_sentence).select(
        "row", "length", "sentence", "starts", "at", "index", pl.col("piece").alias("token")
    )


def _sentences(pieces: pl.DataFrame) -> pl.DataFrame:
    """Where each sentence starts and ends: at the piece after a stop, until the next one or the paragraph's end.

    Row n is sentence n + 1: the numbers run from 1 without a gap.
    """
    return pieces.filter("starts").select(
        "sentence",
        first="at",
        last=pl.when(pl.col("row").shift(-1) == pl.col("row")).then(pl.col("at").shift(-1)).otherwise("length"),
    )


def _looked_up(values: pl.Series, index: pl.Expr) -> pl.Expr:
    """`values[index]` on every row: a join on a key that numbers `values` from 0, without the join."""
    return pl.lit(values).gather(index)


def _position_in(group: str) -> pl.Expr:
    """0, 1, 2 ... within each run of equal `group` values (rows sorted by it)."""
    index = pl.int_range(pl.len())
    return index - pl.when(pl.col(group).is_first_distinct()).then(index).forward_fill()


def _nearest_periods(figures: pl.LazyFrame, periods: pl.LazyFrame) -> pl.LazyFrame:
    """The year or span of years closest to each figure within its sentence.

    On a tie the year after wins: "from 18 per cent in 2004 to 11 per cent in 2009".
    """
    before = pl.col("period_end_at") <= pl.col("start")
    candidates = (
        figures.select("figure", "sentence", "start", "end")
        .join(periods, on="sentence")
        .with_columns(
            gap=pl.when(before)
            .then(pl.col("start") - pl.col("period_end_at"))
            .otherwise(pl.col("period_start_at") - pl.col("end")),
            after_first=before.cast(pl.Int8),
        )
        .sort("figure", "gap", "after_first", "period_start_at")
        .unique("figure", keep="first")
    )
    return candidates.select("figure", "period_start", "period_end")


# --------------------------------------------------------------------------- what a figure counts

_STOP_WORDS = (
    "a|an|and|or|but|nor|had|have|has|was|were|is|are|be|been|being|will|would|could|should|may|might|must|can"
    "|did|do|does|that|which|who|whom|whose|where|when|while|in|on|at|for|from|to|with|by|into|over|under"
    "|between|within|since|during|along|among|through|per|than|as|if|because|including|such|more|less|each"
    "|every|all|its|their|his|her|it|they|he|she|we|there|this|those|these|not|no|only|also|so|against|about"
    "|after|before|out|up|down|off|still|already|currently|now|then|whether|against|towards|toward|across"
)
_WORD = r"[A-Za-z][\w’'\-]*"  # ASCII letters, as `rust_pattern` makes the `\w` after them
_NP_END = rf"(?:\s+(?:{_STOP_WORDS}|{_WORD}(?:ed|ing))\b|\s*[,;:.()\[\]“”\"!?]|\s+\d|\s*$)"
_CLAUSE_END = r"(?:\s+(?:and|but|or|that|which|who|whom|where|while|whereas)\b|\s*[,;:.()\[\]“”\"!?]|\s*$)"
_SUBJECT = rust_pattern(
    r"^\)?(?:\s+of\s+(?:(?:the|whose|its|their)\s+)?(?:(?:approximately|about|some|nearly|almost|around|over"
    r"|more\s+than)\s+)?(?:\d[\d,.]*\s+)?)?\s*"
    rf"(?P<np>(?:{_WORD}\s+){{0,5}}?{_WORD})"
    rf"(?:(?P<clause>\s+(?:(?:had|have|has|would|will)\s+)?(?:been|were|was|are|is)"
    rf"(?:\s+(?:still|already|currently|also|now|not|being|recently))*\s+(?:{_WORD}(?:ed|en)|held|undocumented)"
    rf"(?:\s+{_WORD}){{0,7}}?|\s+{_WORD}ing(?:\s+{_WORD}){{1,7}}?){_CLAUSE_END}|{_NP_END})"
)
_NOUN_BEFORE_OF = rust_pattern(rf"(?P<np>(?:{_WORD}\s+){{0,2}}{_WORD})\s+of\s*$")
_NO_SUBJECT = rust_pattern(rf"^(?:{_STOP_WORDS}|them|us|you)\b")
_SUBJECT_AFTER = 160
_COUNTS_NOTHING = ["duration", "money"]
_SUBJECT_BEFORE = 40


def _spaced(column: pl.Expr) -> pl.Expr:
    return column.str.replace_all(r"\s+", " ").str.strip_chars()


def _with_subjects(rows: pl.DataFrame) -> pl.DataFrame:
    """Fill `subject` from the words after each figure ("966 [persons had been arrested for ...]")."""
    after = pl.col("after").str.extract_groups(_SUBJECT)
    before = pl.col("before").str.extract(_NOUN_BEFORE_OF, 1)
    found = rows.with_columns(np=after.struct.field("np"), clause=after.struct.field("clause"), before=before)
    noun = pl.when(pl.col("np").str.contains(_NO_SUBJECT)).then(None).otherwise(pl.col("np"))
    clause = _spaced(
        pl.col("clause").str.replace(
            r"(?i)^\s+(?:(?:had|have|has|would|will)\s+)?(?:(?:been|were|was|are|is)(?:\s+|$))?", ""
        )
    )
    subject = pl.when(noun.is_not_null() & (clause != "")).then(noun + " " + clause).otherwise(noun)
    from_before = pl.col("before").str.contains(_NO_SUBJECT)
    subject = pl.coalesce(subject, pl.when((pl.col("kind") == "range") & ~from_before).then(pl.col("before")))
    if rows["meeting_id"].str.contains(_OTHER_LANGUAGE).any():
        subject = pl.when(pl.col("meeting_id").str.contains(_OTHER_LANGUAGE)).then(romance_subject()).otherwise(subject)
    subject = pl.when(pl.col("kind").is_in(_COUNTS_NOTHING)).then(None).otherwise(subject)
    return found.with_columns(subject=subject).drop("np", "clause", "after", "before")


# --------------------------------------------------------------------------- the batch


_OTHER_LANGUAGE = VERSION_SUFFIX  # a French or Spanish version's meeting id in a batch


def _as_read(statements: pl.DataFrame) -> pl.Expr:
    """The paragraph the grammar reads: a French or Spanish version's numbers written the English way."""
    if not statements["meeting_id"].str.contains(_OTHER_LANGUAGE).any():
        return pl.col("text")  # most batches: English only
    other_language = pl.col("meeting_id").str.contains(_OTHER_LANGUAGE)
    return pl.when(other_language).then(english_numbers(pl.col("text"))).otherwise(pl.col("text"))


def indicators_from_statements(statements: pl.DataFrame) -> pl.DataFrame:
    """Every figure quoted in the statements' paragraphs, typed as `schemas.INDICATORS`."""
    paragraphs = (
        statements.lazy()
        .select("meeting_id", "paragraph", pl.col("text").fill_null(""))
        .filter(pl.col("text").str.contains(_ANCHOR))
        .with_row_index("row")
        .with_columns(length=pl.col("text").str.len_chars().cast(pl.Int32), scan=_as_read(statements))
        .collect(engine=_ENGINE)
    )
    pieces = _tokens(paragraphs.lazy()).collect(engine=_ENGINE)
    tokens = pieces.filter(pl.col("index") % 2 == 1)
    if tokens.is_empty():
        return schemas.empty(schemas.INDICATORS)
    read = readings(tokens.get_column("token"))
    placed = (
        tokens.lazy()
        .select("row", "sentence", "at", "token")
        .join(read.lazy(), on="token")
        .with_columns(start=pl.col("at") + pl.col("start"), end=pl.col("at") + pl.col("end"))
    )
    periods = placed.filter(pl.col("kind").is_null()).select(
        "sentence", "period_start", "period_end", period_start_at="start", period_end_at="end"
    )
    figures = (
        placed.filter(pl.col("kind").is_not_null())
        .drop("period_start", "period_end")
        .sort("row", "start", "end")
        .with_row_index("figure")
    )
    sentences = _sentences(pieces)
    sentence_index = pl.col("sentence").cast(pl.Int64) - 1
    sentence = pl.col("text").str.slice(pl.col("first"), pl.col("last") - pl.col("first")).str.strip_chars()
    long = pl.col("last") - pl.col("first") > _LONGEST_SENTENCE
    counts_something = ~pl.col("kind").is_in(_COUNTS_NOTHING)
    frame = (
        figures.join(_nearest_periods(figures, periods), on="figure", how="left", maintain_order="left")
        .with_columns(
            first=_looked_up(sentences.get_column("first"), sentence_index),
            last=_looked_up(sentences.get_column("last"), sentence_index),
            **{column: _looked_up(paragraphs.get_column(column), pl.col("row")) for column in _PARAGRAPH_COLUMNS},
        )
        # A table or a run-on text is no sentence: keep the figure's context instead.
        .with_columns(
            first=pl.when(long).then(pl.max_horizontal("first", pl.col("start") - _CONTEXT)).otherwise("first"),
            last=pl.when(long).then(pl.min_horizontal("last", pl.col("end") + _CONTEXT)).otherwise("last"),
        )
        .select(
            "meeting_id",
            "paragraph",
            position=_position_in("row"),
            surface=pl.col("text").str.slice(pl.col("start"), pl.col("end") - pl.col("start")),
            char_start="start",
            char_end="end",
            kind="kind",
            value="value",
            value_low="value_low",
            value_high="value_high",
            unit="unit",
            qualifier="qualifier",
            subject=pl.lit(None, pl.String),
            period_start="period_start",
            period_end="period_end",
            sentence=sentence,
            # Durations and sums of money count nothing: no words to read around them.
            after=pl.when(counts_something).then(pl.col("text").str.slice(pl.col("end"), _SUBJECT_AFTER)),
            before=pl.when(counts_something).then(
                pl.col("text").str.slice(
                    pl.max_horizontal(pl.col("start") - _SUBJECT_BEFORE, 0),
                    pl.min_horizontal(pl.col("start"), _SUBJECT_BEFORE),
                )
            ),
        )
        .collect(engine=_ENGINE)
    )
    return _with_subjects(frame).select(schemas.INDICATORS.names()).cast(schemas.INDICATORS)

"""Figures quoted in statements ("1,325 complaints", "25 per cent", "between 9 and 135 years"), one row each.

How a batch is read:
1. Polars keeps the paragraphs holding a digit or a number word (`_ANCHOR`) and cuts each into
   tokens with one regex (`_TOKEN`, the rules of `RULES` in order): look-alikes that are not
   figures (`skip`: article numbers, symbols, clock times, ordinals ...), years and dates
   (`period`), figures (`figure`) and sentence ends (`stop`). Where two rules could start at the
   same place the earlier one wins, so the order of the table is part of the grammar.
2. Every distinct token is read once, in Polars, by the first rule that matches it whole:
   value, unit, qualifier, kind, and where the figure sits inside the token (`_readings`).
3. Each figure is placed (`_tokens`, `_sentences`, `_nearest_periods`): its offsets, its sentence
   and the nearest year in it, from running sums over the batch's pieces and a join by sentence;
   then what it counts is read from the words after it (`_with_subjects`).
No Python loop runs over tokens, and Python's `re` is not used on the text: with these patterns
it costs about 20 µs a token, where Rust's engine reads a whole record in well under a
millisecond. Word boundaries are ASCII (`(?-u:\\b)`) because Rust's fast engine gives up on
Unicode ones in non-ASCII text.

Conventions an analyst should know:
- `value` of a range is its low end (`value_low`); the high end is `value_high`.
- Vague plurals count as their lower bound with qualifier "at least" ("tens of thousands" -> 10000).
- "one in five" is a ratio of 0.2; a rate "230 per 100,000" keeps 230 with unit "per 100,000".
- Word numbers count from "two" up; "one" only before a scale, a time unit, "in/out of" or a fraction.
- A change "increased from 12 to 15 per cent" is two figures, not a range.
- Bare years are never values: "in 2010", "between 2006 and 2011", "since 2009" (open end) become
  period_start/period_end of the figures in the same sentence (the nearest one).
- "$" alone is the US dollar (the UN's convention): unit "US$".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

import polars as pl

from transforms import schemas
from transforms.number_words import FRACTION, FRACTION_VALUES, SCALE, SCALES, VAGUE, VAGUE_WORDS, WORD_VALUES, WORDS

Category = Literal["skip", "period", "figure", "stop"]

# --------------------------------------------------------------------------- fragments

DIGITS = r"\b(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
AMOUNT = rf"(?:(?:{DIGITS}|{WORDS})(?:[\s\-]+{SCALE}\b){{0,2}}|\b(?:a|one|half\s+a)\s+{SCALE}\b|\ba\s+dozen\b)"
YEAR = r"(?:1[5-9]|20)\d\d"
MONTH = (
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
DAY = r"\b\d{1,2}(?:st|nd|rd|th)?\b"
CURRENCY_SIGN = r"(?-i:US\s?\$|\$\s?US|USD|EUR|CHF|SwF|GBP|JPY|CAD|AUD|€|£|¥|\$)"
CURRENCY_WORD = (
    r"(?:(?:United\s+States|US|U\.S\.|Canadian|Australian|New\s+Zealand|Hong\s+Kong)\s+dollars|dollars|euros?"
    r"|(?:Swiss|CFA)\s+francs|francs|pounds\s+sterling|pounds|yen|pesos|rupees|roubles|rubles|yuan|renminbi"
    r"|dinars|dirhams|naira|shillings|kroner|kronor|zlotys|reais|riyals|rials|baht|ringgit|soles|bolivianos"
    r"|quetzales|lempiras|colones|lira|rupiah|hryvnias|lari|tenge|lei|(?-i:USD|EUR|CHF|GBP|JPY))\b"
)
PERCENT_UNIT = r"(?:per\s?cent\b|%|percentage\s+points?\b)"
DURATION_UNIT = r"(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|century|centuries)\b"
MEASURE_UNIT = (
    r"(?:(?:square\s+kilomet(?:re|er)s?|km2|kilomet(?:re|er)s?|km|hectares?|ha|cubic\s+met(?:re|er)s?"
    r"|met(?:re|er)s?|miles?|tonnes?|tons?|kilograms?|kg|litres?|liters?)\b|km²)"
)
UNIT = rf"(?:{PERCENT_UNIT}|{DURATION_UNIT}|{MEASURE_UNIT}|{CURRENCY_WORD})"
QUALIFIER = (
    r"\b(?:no\s+more\s+than|not\s+more\s+than|more\s+than|no\s+fewer\s+than|fewer\s+than|no\s+less\s+than"
    r"|not\s+less\s+than|less\s+than|at\s+least|at\s+most|up\s+to|just\s+over|just\s+under|well\s+over|over"
    r"|under|below|above|approximately|approx\.|about|around|some|nearly|almost|close\s+to|roughly"
    r"|an\s+estimated|estimated|in\s+excess\s+of|as\s+many\s+as|as\s+much\s+as|as\s+few\s+as"
    r"|a\s+maximum\s+of|a\s+minimum\s+of|within|barely)"
)
QUALIFIED = rf"(?P<pre>(?:(?P<qual>{QUALIFIER})\s+)?)"
CHANGE_VERB = (
    r"\b(?:increased|increase|rose|risen|rise|grown|grew|fallen|fell|fall|dropped|drop|decreased|decrease"
    r"|declined|decline|climbed|reduced|reduction|cut|jumped|soared|expanded|shrunk|shrank|raised|lowered"
    r"|went\s+up|gone\s+up|went\s+down|gone\s+down)"
)


def _part(n: int) -> str:
    """One end of a range: an amount with its currency sign before or its unit after."""
    return (
        rf"(?P<part{n}>(?:(?P<cur{n}>{CURRENCY_SIGN})\s?)?(?P<amount{n}>{AMOUNT})"
        rf"(?:[\s\-]*(?P<unit{n}>{UNIT}))?)"
    )


REFERENCE_WORD = (
    r"(?:articles?|arts?\.|paragraphs?|paras?\.|subparagraphs?|chapters?|chap\.|sections?|sect\.|§|rules?"
    r"|items?|annex(?:es)?|pages?|pp?\.|footnotes?|notes?|principles?|goals?|targets?|indicators?"
    r"|resolutions?|decisions?|recommendations?|comments?|laws?|acts?|decrees?|bills?|codes?|protocols?"
    r"|conventions?|regulations?|clauses?|volumes?|vols?\.|parts?|tables?|figures?|schedules?|nos?\.|numbers?"
    r"|communications?|amendments?|directives?|ordinances?|mdgs?|sdgs?|unscr|(?-i:SB|HB|AB|HR))"
)
REFERENCE = rf"\d+(?:[./]\d+)*(?:\s?\((?:[a-z]{{1,4}}|\d{{1,3}}|{YEAR})\))*(?:\s?(?:bis|ter|quater)\b)?"
REFERENCE_JOIN = rf"\s*(?:,|and/or|and|or|to|through|[-–—&])\s*(?:{REFERENCE_WORD}\s*)?"
SMALL_WORD_AFTER = r"(?:of|or|and|to|for|by|from|in|at|on|with|than|per|who|which|that|each|more|times)"

# --------------------------------------------------------------------------- the table


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    category: Category
    pattern: str
    example: str  # a text the rule matches whole (the tests hold every rule to its example)


RULES: tuple[Rule, ...] = (
    # Not indicators. They come first so that "article 33" is consumed before "33" could count.
    Rule("reference", "skip", rf"\b{REFERENCE_WORD}\s*{REFERENCE}(?:{REFERENCE_JOIN}{REFERENCE})*",
         "articles 12 (1) and 14"),
    Rule("group of", "skip", rf"\bgroup\s+of\s+(?:\d+|{WORDS})", "Group of 77"),
    Rule("document symbol", "skip", r"\b(?-i:[A-Z][A-Z0-9]*(?:\.[A-Z0-9]+)*)(?:/[\w\-]+(?:\.[\w\-]+)*)+",
         "CMW/C/MEX/2"),
    Rule("clock time", "skip",
         r"\b\d{1,2}(?:[.:]\d{2})?\s*(?-i:a\.m\.?|p\.m\.?|am\b|pm\b)|\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*o['’]clock\b",
         "1.05 p.m."),
    Rule("ordinal or decade", "skip", r"\b\d+(?:st|nd|rd|th)\b|\b\d+['’]?s\b", "160th"),
    Rule("code", "skip", r"\b[a-z]+[.\-]?\d[\w\-]*(?:\.\d+)*", "COVID-19"),
    Rule("dotted number", "skip", r"\b\d+(?:\.\d+){2,}\b", "16.2.1"),
    Rule("enumerator", "skip", r"\((?:\d{1,2}|[ivx]{1,4}|[a-z])\)", "(3)"),
    Rule("abbreviation", "skip",
         r"\b(?-i:Mr|Mrs|Ms|Mmes|Mme|Messrs|Dr|Fr|Prof|Sr|Sra|Jr|St|Hon|Gen|Col|Lt|Capt|Amb|No|Nos|Art|Arts"
         r"|Vol|Ch|Co|Corp|Inc|Ltd|Dept|Gov|Rep|Sen|Mt|para|paras|art|arts|p|pp|cf|vol|approx|viz|ibid|op|cit"
         r"|fig|no|nos|seq|i\.e|e\.g|a\.m|p\.m|[A-Z])\.",
         "Mr."),
    Rule("half of a period", "skip", r"\b(?:first|second|latter|former|other)\s+half\b", "first half"),
    Rule("ordinal in words", "skip",
         r"\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s\-]+"
         r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b",
         "sixty-first"),
    # "the 1965 Convention" names an instrument; the year is not the period of any figure.
    Rule("instrument named by its year", "skip",
         rf"\b{YEAR}\s+(?-i:Convention|Covenant|Protocol|Declaration|Constitution|Charter|Agreement|Treaty|Act|Code)\b",
         "1965 Convention"),
    # Years and dates: the period a figure refers to, never a value.
    Rule("span of years", "period",
         rf"\b(?:between|from)\s+(?:(?:{DAY}\s+)?{MONTH}\s+)?{YEAR}\s+(?:and|to|until|till|through)\s+"
         rf"(?:(?:{DAY}\s+)?{MONTH}\s+)?{YEAR}\b",
         "between 2006 and 2011"),
    Rule("since", "period", rf"\bsince\s+(?:(?:{DAY}\s+)?{MONTH}\s+)?{YEAR}\b", "since December 2006"),
    Rule("pair of years", "period", rf"\b{YEAR}\s*(?:[-–—/]\s*(?:{YEAR}|\d\d)|\s(?:and|to)\s+{YEAR})\b",
         "2008–2011"),
    # "from 18 per cent in 2004 to 11 per cent": the year ends the first figure's clause, it starts no range.
    Rule("year before to", "period", rf"\b{YEAR}\s+to\b", "2004 to"),
    Rule("date", "period",
         rf"(?:\b(?:from|between)\s+)?(?:{DAY}\s*(?:[-–]|\band\b|\bto\b)\s*)?(?:{DAY}\s+)?{MONTH}"
         rf"(?:\s+{DAY},?)?(?:\s+{YEAR}\b)?",
         "6 April 2011"),
    Rule("numbers with slashes", "skip", r"\b\d+(?:/\d+)+\b", "65/230"),
    # Figures, the most specific first.
    Rule("change", "figure",
         rf"(?P<pre1>{CHANGE_VERB}(?:\s+[a-z]+){{0,2}}?\s+from\s+){_part(1)}\s+to\s+{_part(2)}",
         "increased from 12 to 15 per cent"),
    Rule("range between", "figure", rf"(?P<pre1>\bbetween\s+){_part(1)}\s+and\s+{_part(2)}",
         "between 9 and 135 years"),
    Rule("range from", "figure", rf"(?P<pre1>\bfrom\s+){_part(1)}\s+(?:to|until)\s+{_part(2)}",
         "from 2,000 to 3,000"),
    Rule("range dash", "figure",
         rf"(?P<lead>(?:(?P<qual>{QUALIFIER})\s+)?)(?P<pre1>){_part(1)}(?:\s*[-–—]\s*|\s+to\s+){_part(2)}",
         "approximately 10,000 to 12,000"),
    Rule("money sign", "figure", rf"{QUALIFIED}(?P<fig>(?P<cur>{CURRENCY_SIGN})\s?(?P<amount>{AMOUNT}))",
         "US$ 1.5 billion"),
    Rule("money word", "figure", rf"{QUALIFIED}(?P<fig>(?P<amount>{AMOUNT})\s+(?P<cur>{CURRENCY_WORD}))",
         "200,000 Swiss francs"),
    Rule("percent", "figure", rf"{QUALIFIED}(?P<fig>(?P<amount>{AMOUNT})\s?(?P<unit>{PERCENT_UNIT}))",
         "more than 12.5 per cent"),
    Rule("ratio", "figure",
         rf"{QUALIFIED}(?P<fig>(?P<amount>{DIGITS}|{WORDS}|\bone)\s+(?:in|out\s+of)\s+(?:every\s+)?"
         rf"(?P<per>\d{{1,3}}(?:,\d{{3}})*\b|{WORDS}|\b(?:a\s+|one\s+)?(?:hundred|thousand)\b))",
         "one in five"),
    Rule("fraction", "figure", rf"{QUALIFIED}(?P<fig>\b(?:one|two|three|four)[\s\-]+{FRACTION}\b)",
         "two thirds"),
    Rule("fraction by", "figure", rf"(?P<pre>\bby\s+(?:(?P<qual>{QUALIFIER})\s+)?)(?P<fig>a\s+{FRACTION})\b",
         "by a third"),
    Rule("fraction of", "figure", rf"{QUALIFIED}(?P<fig>\b(?:a\s+{FRACTION}|half))\s+of\b", "nearly half of"),
    Rule("rate", "figure",
         rf"{QUALIFIED}(?P<fig>(?P<amount>{AMOUNT})(?:\s+[a-z\-]+){{0,3}}?\s+per\s+"
         rf"(?P<per>\d{{1,3}}(?:,\d{{3}})+|\d+|(?:a\s+|one\s+)?(?:hundred|thousand|million))\b)",
         "230 deaths per 100,000"),
    Rule("duration", "figure",
         rf"{QUALIFIED}(?P<fig>(?P<amount>{AMOUNT}|\bone)[\s\-]+(?P<unit>{DURATION_UNIT}))", "over 20 years"),
    Rule("measure", "figure", rf"{QUALIFIED}(?P<fig>(?P<amount>{AMOUNT})[\s\-]?(?P<unit>{MEASURE_UNIT}))",
         "100-kilometre"),
    Rule("vague plural", "figure", rf"{QUALIFIED}(?P<fig>\b(?:{VAGUE_WORDS}))\b(?:\s+of\b)?",
         "Tens of thousands of"),
    # A number word followed by a small word is rarely a figure: "two of them", "Three for one".
    Rule("number word before a small word", "skip", rf"{WORDS}\s+{SMALL_WORD_AFTER}\b", "Three for"),
    Rule("year", "period", rf"\b{YEAR}\b", "2010"),
    Rule("count", "figure",
         rf"{QUALIFIED}(?P<fig>(?P<amount>{AMOUNT}))\b(?:\s+(?P<after>or\s+(?:more|over|above|less|fewer)))?",
         "approximately 4,500"),
    Rule("digits glued to letters", "skip", r"\b\d+[a-z]\w*", "377A"),
    Rule("sentence end", "stop", r"[.!?][\"”’')\]]*\s+", ". "),
)  # fmt: skip

_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


def rust_pattern(pattern: str) -> str:
    r"""A pattern of the table as Polars runs it: case-insensitive, ASCII digits and word boundaries.

    Rust's lazy DFA gives up on Unicode word boundaries in non-ASCII text (50x slower), and ASCII
    classes keep the automaton small; letters outside ASCII still match where a pattern says `\s` or `\W`.
    """
    return "(?i)" + pattern.replace(r"\b", r"(?-u:\b)").replace(r"\d", "[0-9]").replace(r"\w", "[0-9A-Za-z_]")


def _anchored(rule: Rule) -> str:
    return rust_pattern(f"^(?:{rule.pattern})$")


def _rule_runs() -> list[tuple[Rule, ...]]:
    """The table in the runs `_readings` tries: a figure rule alone, neighbouring skips or periods together.

    Which skip (or which period rule) takes a token changes nothing in how it is read, so a run of
    them is one pattern: fewer passes over the tokens, and fewer patterns for Polars to compile.
    """
    runs: list[list[Rule]] = []
    for rule in RULES:
        if runs and rule.category != "figure" and runs[-1][-1].category == rule.category:
            runs[-1].append(rule)
        else:
            runs.append([rule])
    return [tuple(run) for run in runs]


def _alternatives(rules: tuple[Rule, ...]) -> str:
    """The rules' patterns as one alternation, in order; their names dropped, as one name may appear in several."""
    return "|".join(f"(?:{_NAMED_GROUP.sub('(?:', rule.pattern)})" for rule in rules)


def _whole(run: tuple[Rule, ...]) -> str:
    """A pattern matching a token that some rule of the run matches whole."""
    if len(run) == 1:
        return _anchored(run[0])
    return rust_pattern(f"^(?:{_alternatives(run)})$")


_RUNS = [(run, _whole(run)) for run in _rule_runs()]


_TOKEN = rust_pattern(_alternatives(RULES))
# Cheap pre-filter: a paragraph without a digit or number word holds no figure.
_ANCHOR = rust_pattern(
    rf"\d|{WORDS}|\b(?:one[\s\-]+(?:in|out|year|month|week|day|hour|decade|third|quarter|fifth|half)"
    r"|dozens?|hundreds?|thousands?|millions?|billions?|half|thirds?|quarters?)\b"
)
# Every figure carries its sentence; in a paragraph without full stops (a table pasted as text) the
# "sentence" is the whole paragraph, and thousands of figures each carrying it would exhaust memory.
_LONGEST_SENTENCE = 1_500
# The batch is in memory already; Polars 2's default streaming engine cuts these queries into
# morsels for nothing, and the parse runs 5-8% slower with it (`benchmarks/parse_throughput.py`).
_ENGINE = "in-memory"
_CONTEXT = 300
_PARAGRAPH_COLUMNS = ("meeting_id", "paragraph", "text")

# --------------------------------------------------------------------------- reading distinct tokens

READING = pl.Schema(
    {
        "token": pl.String,
        "start": pl.Int32,  # where the figure starts inside the token
        "end": pl.Int32,
        "kind": pl.String,  # null for a period
        "value": pl.Float64,
        "value_low": pl.Float64,
        "value_high": pl.Float64,
        "unit": pl.String,
        "qualifier": pl.String,
        "period_start": pl.Int32,
        "period_end": pl.Int32,
    }
)
_SCALE_VALUES = {word: float(n) for word, n in SCALES.items()}
_UNITS = {
    "%": "per cent", "per cent": "per cent", "percent": "per cent",
    "percentage point": "percentage points", "percentage points": "percentage points",
    **{f"{w}{s}": f"{w}s" for w in ("year", "month", "week", "day", "hour", "minute", "decade") for s in ("", "s")},
    "century": "centuries", "centuries": "centuries",
    **dict.fromkeys(("km", "kilometre", "kilometres", "kilometer", "kilometers"), "km"),
    **dict.fromkeys(("km2", "km²", "square kilometres", "square kilometre", "square kilometers"), "km2"),
    **dict.fromkeys(("ha", "hectare", "hectares"), "hectares"),
    **dict.fromkeys(("metre", "metres", "meter", "meters"), "m"),
    **dict.fromkeys(("cubic metre", "cubic metres", "cubic meters"), "m3"),
    **dict.fromkeys(("mile", "miles"), "miles"),
    **dict.fromkeys(("tonne", "tonnes", "ton", "tons"), "tonnes"),
    **dict.fromkeys(("kg", "kilogram", "kilograms"), "kg"),
    **dict.fromkeys(("litre", "litres", "liter", "liters"), "litres"),
    # Currencies, keyed without dots or spaces: "U.S. dollars" -> "usdollars".
    # Plain "dollars" in a UN record are United States dollars, as "$" is.
    **dict.fromkeys(("$", "us$", "$us", "usd", "usdollars", "unitedstatesdollars", "dollars"), "US$"),
    **dict.fromkeys(("€", "eur", "euro", "euros"), "EUR"),
    **dict.fromkeys(("chf", "swf", "swissfrancs"), "CHF"),
    **dict.fromkeys(("£", "gbp", "poundssterling"), "GBP"),
    **dict.fromkeys(("¥", "jpy", "yen"), "JPY"),
    **dict.fromkeys(("cad", "canadiandollars"), "CAD"),
    **dict.fromkeys(("aud", "australiandollars"), "AUD"),
    "cfafrancs": "CFA francs",
}  # fmt: skip
_PERCENT_UNITS = ["per cent", "percentage points"]
_DURATION_UNITS = ["years", "months", "weeks", "days", "hours", "minutes", "decades", "centuries"]
_MEASURE_UNITS = ["km", "km2", "hectares", "m", "m3", "miles", "tonnes", "kg", "litres"]


def _words(column: pl.Expr) -> pl.Expr:
    """Lower case, one space between words: "Tens  of\nthousands" -> "tens of thousands"."""
    return column.str.to_lowercase().str.replace_all(r"\s+", " ").str.strip_chars()


def _spaced(column: pl.Expr) -> pl.Expr:
    return column.str.replace_all(r"\s+", " ").str.strip_chars()


def _amount(column: pl.Expr) -> pl.Expr:
    """The number an amount stands for: "1,325" -> 1325, "6.5 million" -> 6500000, "twenty-five" -> 25."""
    words = _words(column).str.replace_all(r"[\-\s]+", " ").str.replace_all(",", "")
    scales = "|".join(SCALES)
    number = words.str.replace(rf"(?:^| )(?:{scales})(?: (?:{scales}))?$", "").replace("", "1")  # "hundred" is 1 x 100
    scale = [
        words.str.extract(rf"(?:^| )({scales})(?: (?:{scales}))?$", 1),
        words.str.extract(rf" (?:{scales}) ({scales})$", 1),
    ]
    multiplier = pl.lit(1.0)
    for word in scale:
        multiplier = multiplier * word.replace_strict(_SCALE_VALUES, default=1.0, return_dtype=pl.Float64)
    value = pl.coalesce(
        number.cast(pl.Float64, strict=False), number.replace_strict(WORD_VALUES, default=None, return_dtype=pl.Float64)
    )
    return value * multiplier


def _unit(column: pl.Expr) -> pl.Expr:
    """The canonical unit ("per cent", "years", "km", "US$" ...); an unknown currency keeps its name."""
    key = _words(column)
    squashed = key.str.replace_all(r"[.\s]", "")
    return pl.coalesce(
        key.replace_strict(_UNITS, default=None, return_dtype=pl.String),
        squashed.replace_strict(_UNITS, default=None, return_dtype=pl.String),
        key,
    )


def _kind_of(unit: pl.Expr) -> pl.Expr:
    return (
        pl.when(unit.is_in(_PERCENT_UNITS))
        .then(pl.lit("percent"))
        .when(unit.is_in(_DURATION_UNITS))
        .then(pl.lit("duration"))
        .when(unit.is_null() | unit.is_in(_MEASURE_UNITS))
        .then(pl.lit("count"))
        .otherwise(pl.lit("money"))
    )


def _qualifier(column: pl.Expr) -> pl.Expr:
    return _words(column).replace({"approx.": "approximately"})


def _single(rule: str, tokens: pl.DataFrame) -> pl.DataFrame:
    """Tokens that hold one figure, with the groups of their rule as columns."""
    start = pl.col("pre").str.len_chars().cast(pl.Int32)
    value = {
        "ratio": _amount(pl.col("amount")) / _amount(pl.col("per")),
        "fraction": _words(pl.col("fig")).str.replace_all("-", " ").replace_strict(FRACTION_VALUES, default=None),
        "vague plural": _words(pl.col("fig")).replace_strict(VAGUE, default=None, return_dtype=pl.Float64),
    }
    value["fraction of"] = value["fraction by"] = value["fraction"]
    unit = {
        "money sign": _unit(pl.col("cur")),
        "money word": _unit(pl.col("cur")),
        "rate": pl.lit("per ") + _words(pl.col("per")),
    }
    kind = {"money sign": "money", "money word": "money", "ratio": "ratio", "fraction": "ratio",
            "fraction of": "ratio", "fraction by": "ratio", "rate": "ratio", "vague plural": "count"}  # fmt: skip
    qualifier = _qualifier(pl.col("qual"))
    if rule == "vague plural":
        qualifier = qualifier.fill_null("at least")
    if rule == "count":
        qualifier = qualifier.fill_null(_qualifier(pl.col("after")))
    unit_value = unit.get(rule, _unit(pl.col("unit")) if "unit" in tokens.columns else pl.lit(None, pl.String))
    return tokens.select(
        "token",
        start=start,
        end=start + pl.col("fig").str.len_chars().cast(pl.Int32),
        kind=pl.lit(kind[rule]) if rule in kind else _kind_of(unit_value),
        value=value.get(rule, _amount(pl.col("amount") if "amount" in tokens.columns else pl.col("fig"))),
        unit=unit_value,
        qualifier=qualifier,
    )


def _ends(rule: str, tokens: pl.DataFrame) -> pl.DataFrame:
    """Ranges and changes: one range, two figures (a change, or a range that goes down) or a span of years."""
    if "lead" not in tokens.columns:  # only a dash range may open with a qualifier of its own
        tokens = tokens.with_columns(lead=pl.lit(""), qual=pl.lit(None, pl.String))
    ends = tokens.with_columns(
        low=_amount(pl.col("amount1")),
        high=_amount(pl.col("amount2")),
        unit=_unit(pl.coalesce("unit2", "unit1", "cur2", "cur1")),
        unit1=_unit(pl.coalesce("unit1", "cur1", "unit2", "cur2")),
        # "by 12.5 per cent to 450 euros": two figures in different units are no range.
        mixed=_unit(pl.coalesce("unit1", "cur1")) != _unit(pl.coalesce("unit2", "cur2")),
        low_scaled=pl.col("amount1").str.contains(rf"(?i){SCALE}$"),
        high_scale=_amount(pl.col("amount2")) / _amount(pl.col("amount2").str.extract(r"^(\S+)", 1)),
    ).with_columns(
        # "between 2 and 3 million": the scale of the high end belongs to the low end too.
        low=pl.when(~pl.col("low_scaled") & (pl.col("low") * pl.col("high_scale") <= pl.col("high")))
        .then(pl.col("low") * pl.col("high_scale"))
        .otherwise(pl.col("low")),
        is_years=pl.col("unit").is_null()
        & pl.col("amount1").str.contains(rf"^{YEAR}$")
        & pl.col("amount2").str.contains(rf"^{YEAR}$"),
    )
    length = pl.col("token").str.len_chars().cast(pl.Int32)
    years = ends.filter("is_years").select(
        "token", start=pl.lit(0, pl.Int32), end=length, period_start=pl.col("low"), period_end=pl.col("high")
    )
    figures = ends.filter(~pl.col("is_years"))
    is_pair = pl.lit(rule == "change") | (pl.col("low") > pl.col("high")) | pl.col("mixed").fill_null(False)
    lead = pl.col("lead").str.len_chars().cast(pl.Int32)
    ranges = figures.filter(~is_pair).select(
        "token", start=lead, end=length, kind=pl.lit("range"), value="low",
        value_low="low", value_high="high", unit="unit", qualifier=_qualifier(pl.col("qual")),
    )  # fmt: skip
    pairs = figures.filter(is_pair)
    low_start = lead + pl.col("pre1").str.len_chars().cast(pl.Int32)
    firsts = pairs.select(
        "token", start=low_start, end=low_start + pl.col("part1").str.len_chars().cast(pl.Int32),
        kind=_kind_of(pl.col("unit1")), value="low", unit="unit1", qualifier=_qualifier(pl.col("qual")),
    )  # fmt: skip
    seconds = pairs.select(
        "token", start=length - pl.col("part2").str.len_chars().cast(pl.Int32), end=length,
        kind=_kind_of(pl.col("unit")), value="high", unit="unit",
    )  # fmt: skip
    return pl.concat([years, ranges, firsts, seconds], how="diagonal_relaxed")


def _periods(tokens: pl.DataFrame) -> pl.DataFrame:
    years = pl.col("token").str.extract_all(YEAR).list.eval(pl.element().cast(pl.Int32))
    short_end = pl.col("token").str.extract(r"^(\d\d)\d\d\s*[-–—/]\s*(\d\d)\b", 1) + pl.col("token").str.extract(
        rf"^{YEAR}\s*[-–—/]\s*(\d\d)\b", 1
    )
    last = pl.max_horizontal(years.list.max(), short_end.cast(pl.Int32, strict=False))
    return tokens.select(
        "token",
        start=pl.lit(0, pl.Int32),
        # "2004 to" is the year alone; the "to" that follows it belongs to no figure.
        end=pl.when(pl.col("token").str.contains(rf"(?i)^{YEAR}\s+to$"))
        .then(pl.lit(4, pl.Int32))
        .otherwise(pl.col("token").str.len_chars().cast(pl.Int32)),
        period_start=years.list.min(),
        period_end=pl.when(pl.col("token").str.contains(r"(?i)^since")).then(None).otherwise(last),
    ).filter(pl.col("period_start").is_not_null())


def _readings(tokens: pl.Series) -> pl.DataFrame:
    """What each distinct token is: its figures (or its period), read by the first rule matching it whole."""
    remaining = pl.DataFrame({"token": tokens.unique()}).filter(~pl.col("token").str.slice(0, 1).is_in(list(".!?")))
    parts = [pl.DataFrame(schema=READING)]
    for run, whole in _RUNS:
        if remaining.is_empty():
            break
        matched = remaining.with_columns(hit=pl.col("token").str.contains(whole))
        hits, remaining = matched.filter("hit").drop("hit"), matched.filter(~pl.col("hit")).drop("hit")
        rule = run[0]
        if hits.is_empty() or rule.category in ("skip", "stop"):
            continue
        if rule.category == "period":
            parts.append(_periods(hits))
            continue
        groups = hits.with_columns(groups=pl.col("token").str.extract_groups(whole)).unnest("groups")
        read = _ends if rule.name in ("change", "range between", "range from", "range dash") else _single
        parts.append(read(rule.name, groups))
    return pl.concat(parts, how="diagonal_relaxed").select(READING.names()).cast(READING)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- placing them in a paragraph

# Marks the ends of every token so that one split cuts a paragraph into gap, token, gap, token ... gap.
_MARK = "\x00"


def _tokens(paragraphs: pl.LazyFrame) -> pl.LazyFrame:
    """Every token of every paragraph: where it starts (in characters) and which sentence it is in.

    The paragraphs are cut into gap, token, gap ... gap pieces and stacked; positions and sentence
    numbers are running sums over the whole stack (no window per paragraph), offset by where each
    paragraph starts in it. Sentence numbers are unique in the batch.
    """
    marked = pl.col("text").str.replace_all(_MARK, " ", literal=True).str.replace_all(_TOKEN, f"{_MARK}${{0}}{_MARK}")
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
    subject = pl.when(pl.col("kind").is_in(_COUNTS_NOTHING)).then(None).otherwise(subject)
    return found.with_columns(subject=subject).drop("np", "clause", "after", "before")


# --------------------------------------------------------------------------- the batch


def indicators_from_statements(statements: pl.DataFrame) -> pl.DataFrame:
    """Every figure quoted in the statements' paragraphs, typed as `schemas.INDICATORS`."""
    paragraphs = (
        statements.lazy()
        .select("meeting_id", "paragraph", pl.col("text").fill_null(""))
        .filter(pl.col("text").str.contains(_ANCHOR))
        .with_row_index("row")
        .with_columns(length=pl.col("text").str.len_chars().cast(pl.Int32))
        .collect(engine=_ENGINE)
    )
    pieces = _tokens(paragraphs.lazy()).collect(engine=_ENGINE)
    tokens = pieces.filter(pl.col("index") % 2 == 1)
    if tokens.is_empty():
        return schemas.empty(schemas.INDICATORS)
    readings = _readings(tokens.get_column("token"))
    placed = (
        tokens.lazy()
        .select("row", "sentence", "at", "token")
        .join(readings.lazy(), on="token")
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
    return _with_subjects(frame).select(schemas.INDICATORS.names()).cast(schemas.INDICATORS)  # type: ignore[arg-type]

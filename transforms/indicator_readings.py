"""What each distinct token of a batch is: its figures (value, unit, kind, qualifier) or its period.

Every distinct token is read once, in Polars, by the first rule of `indicator_grammar.RULES` that
matches it whole, as the rule says (`Figure`, `Range`, `Period`): nothing here names a rule. A
figure's offsets are inside its token; `transforms.indicators` places the tokens in the paragraphs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import assert_never

import polars as pl

from transforms.indicator_grammar import (
    DURATION_UNITS,
    MEASURE_UNITS,
    PERCENT_UNITS,
    RULES,
    UNIT_NAMES,
    YEAR,
    Figure,
    Period,
    Range,
    Rule,
    anchored,
)
from transforms.numbers import FRACTION_VALUES, SCALE, SCALES, VAGUE, WORD_VALUES
from transforms.romance.figures import QUALIFIERS

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


def _rule_runs() -> list[tuple[Rule, ...]]:
    """The table in the runs `readings` tries: a figure rule alone, neighbouring skips or periods together.

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


_RUNS = [(run, anchored(run)) for run in _rule_runs()]


def _words(column: pl.Expr) -> pl.Expr:
    """Lower case, one space between words: "Tens  of\nthousands" -> "tens of thousands"."""
    return column.str.to_lowercase().str.replace_all(r"\s+", " ").str.strip_chars()


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
        key.replace_strict(UNIT_NAMES, default=None, return_dtype=pl.String),
        squashed.replace_strict(UNIT_NAMES, default=None, return_dtype=pl.String),
        key,
    )


def _kind_of(unit: pl.Expr) -> pl.Expr:
    return (
        pl.when(unit.is_in(PERCENT_UNITS))
        .then(pl.lit("percent"))
        .when(unit.is_in(DURATION_UNITS))
        .then(pl.lit("duration"))
        .when(unit.is_null() | unit.is_in(MEASURE_UNITS))
        .then(pl.lit("count"))
        .otherwise(pl.lit("money"))
    )


def _qualifier(column: pl.Expr) -> pl.Expr:
    return _words(column).replace({"approx.": "approximately", **QUALIFIERS})


def _figures(rule: Figure, tokens: pl.DataFrame) -> pl.DataFrame:
    """Tokens that hold one figure, read from the groups of their rule as it says."""
    start = pl.col("pre").str.len_chars().cast(pl.Int32)
    unit = _figure_unit(rule)
    qualifier = _qualifier(pl.col("qual"))
    if rule.qualifier_after:
        qualifier = qualifier.fill_null(_qualifier(pl.col("after")))
    if rule.default_qualifier is not None:
        qualifier = qualifier.fill_null(rule.default_qualifier)
    return tokens.select(
        "token",
        start=start,
        end=start + pl.col("fig").str.len_chars().cast(pl.Int32),
        kind=_kind_of(unit) if rule.kind is None else pl.lit(rule.kind),
        value=_figure_value(rule),
        unit=unit,
        qualifier=qualifier,
    )


def _figure_value(rule: Figure) -> pl.Expr:
    match rule.value:
        case "amount":
            return _amount(pl.col("amount"))
        case "amount per":
            return _amount(pl.col("amount")) / _amount(pl.col("per"))
        case "fraction":
            return _words(pl.col("fig")).str.replace_all("-", " ").replace_strict(FRACTION_VALUES, default=None)
        case "vague plural":
            return _words(pl.col("fig")).replace_strict(VAGUE, default=None, return_dtype=pl.Float64)
    assert_never(rule.value)


def _figure_unit(rule: Figure) -> pl.Expr:
    match rule.unit:
        case "unit":
            return _unit(pl.col("unit"))
        case "currency":
            return _unit(pl.col("cur"))
        case "per":
            return pl.lit("per ") + _words(pl.col("per"))
        case None:
            return pl.lit(None, pl.String)
    assert_never(rule.unit)


def _ranges(rule: Range, tokens: pl.DataFrame) -> pl.DataFrame:
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
    is_pair = pl.lit(rule.two_figures) | (pl.col("low") > pl.col("high")) | pl.col("mixed").fill_null(False)
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


def _periods(tokens: pl.DataFrame, run: Sequence[Rule]) -> pl.DataFrame:
    """Tokens that hold years or a date: the first year and the last, unless the rule says otherwise."""
    token = pl.col("token")
    years = token.str.extract_all(YEAR).list.eval(pl.element().cast(pl.Int32))
    short_end = token.str.extract(r"^(\d\d)\d\d\s*[-–—/]\s*(\d\d)\b", 1) + token.str.extract(
        rf"^{YEAR}\s*[-–—/]\s*(\d\d)\b", 1
    )
    last = pl.max_horizontal(years.list.max(), short_end.cast(pl.Int32, strict=False))
    end = token.str.len_chars().cast(pl.Int32)
    if year_alone := [rule for rule in run if isinstance(rule, Period) and rule.year_alone]:
        end = pl.when(token.str.contains(anchored(year_alone))).then(pl.lit(4, pl.Int32)).otherwise(end)
    if open_end := [rule for rule in run if isinstance(rule, Period) and rule.open_end]:
        last = pl.when(token.str.contains(anchored(open_end))).then(None).otherwise(last)
    return tokens.select(
        "token", start=pl.lit(0, pl.Int32), end=end, period_start=years.list.min(), period_end=last
    ).filter(pl.col("period_start").is_not_null())


def readings(tokens: pl.Series) -> pl.DataFrame:
    """What each distinct token is: its figures (or its period), read by the first rule matching it whole."""
    remaining = pl.DataFrame({"token": tokens.unique()}).filter(~pl.col("token").str.slice(0, 1).is_in(list(".!?")))
    parts = [pl.DataFrame(schema=READING)]
    for run, whole in _RUNS:
        if remaining.is_empty():
            break
        matched = remaining.with_columns(hit=pl.col("token").str.contains(whole))
        hits, remaining = matched.filter("hit").drop("hit"), matched.filter(~pl.col("hit")).drop("hit")
        if hits.is_empty():
            continue
        match run[0]:  # skips and sentence ends are read as nothing
            case Period():
                parts.append(_periods(hits, run))
            case Range() as rule:
                parts.append(_ranges(rule, _groups(hits, whole)))
            case Figure() as rule:
                parts.append(_figures(rule, _groups(hits, whole)))
    return pl.concat(parts, how="diagonal_relaxed").select(READING.names()).cast(READING)


def _groups(tokens: pl.DataFrame, whole: str) -> pl.DataFrame:
    """The tokens with the named groups of their rule's pattern as columns."""
    return tokens.with_columns(groups=pl.col("token").str.extract_groups(whole)).unnest("groups")

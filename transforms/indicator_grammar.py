"""The grammar of figures quoted in statements: the regex fragments, and the rules that recognise them.

This is the module an analyst edits. A rule is one entry of `RULES`: its pattern, a text it matches
whole (the tests hold every rule to its example), and what a match means: a look-alike to skip
(`Skip`), the period of the figures near it (`Period`), one figure and how its value, unit, kind and
qualifier are read (`Figure`), two amounts (`Range`) or a sentence end (`Stop`).
`transforms.indicator_readings` applies the table in Polars without naming any rule.

The order of the table is part of the grammar: the tokeniser is one alternation of every rule, so where
two rules could start at the same place the earlier one wins, and a token is read by the first rule that
matches it whole. Patterns are written in the syntax both Python's `re` and Polars' Rust engine accept;
Polars runs them case-insensitive, with ASCII digits and word boundaries (`rust_pattern`).

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
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Literal

from transforms.dates import MONTH_NAMES
from transforms.numbers import FRACTION, FRACTION_NUMERATORS, ORDINAL_UNITS, SCALE, TENS, VAGUE_WORDS, WORDS
from transforms.romance import figures as romance

# --------------------------------------------------------------------------- fragments

DIGITS = r"\b(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
AMOUNT = rf"(?:(?:{DIGITS}|{WORDS})(?:[\s\-]+{SCALE}\b){{0,2}}|\b(?:a|one|half\s+a)\s+{SCALE}\b|\ba\s+dozen\b)"
YEAR = r"(?:1[5-9]|20)\d\d"
MONTH = (
    rf"(?-i:{'|'.join(MONTH_NAMES)}|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."
    rf"|{romance.MONTH_WORDS})"
)
DAY = r"\b\d{1,2}(?:st|nd|rd|th)?\b"
CURRENCY_SIGN = r"(?-i:US\s?\$|\$\s?US|USD|EUR|CHF|SwF|GBP|JPY|CAD|AUD|€|£|¥|\$)"
CURRENCY_WORD = (
    # The French and Spanish names first: "dollars des États-Unis" is longer than "dollars".
    rf"(?:{romance.CURRENCY_WORDS}|(?:United\s+States|US|U\.S\.|Canadian|Australian|New\s+Zealand|Hong\s+Kong)\s+dollars|dollars|euros?"
    r"|(?:Swiss|CFA)\s+francs|francs|pounds\s+sterling|pounds|yen|pesos|rupees|roubles|rubles|yuan|renminbi"
    r"|dinars|dirhams|naira|shillings|kroner|kronor|zlotys|reais|riyals|rials|baht|ringgit|soles|bolivianos"
    r"|quetzales|lempiras|colones|lira|rupiah|hryvnias|lari|tenge|lei|(?-i:USD|EUR|CHF|GBP|JPY))\b"
)
PERCENT_UNIT = rf"(?:per\s?cent\b|%|percentage\s+points?\b|(?:{romance.PERCENT_WORDS})\b)"
DURATION_UNIT = (
    rf"(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|century|centuries|{romance.DURATION_WORDS})\b"
)
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
    r"|a\s+maximum\s+of|a\s+minimum\s+of|within|barely"
    rf"|{romance.QUALIFIER_WORDS})"
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
    r"|communications?|amendments?|directives?|ordinances?|mdgs?|sdgs?|unscr|(?-i:SB|HB|AB|HR)"
    rf"|{romance.REFERENCE_WORDS})"
)
REFERENCE = rf"\d+(?:[./]\d+)*(?:\s?\((?:[a-z]{{1,4}}|\d{{1,3}}|{YEAR})\))*(?:\s?(?:bis|ter|quater)\b)?"
REFERENCE_JOIN = rf"\s*(?:,|and/or|and|or|to|through|[-–—&])\s*(?:{REFERENCE_WORD}\s*)?"
SMALL_WORD_AFTER = r"(?:of|or|and|to|for|by|from|in|at|on|with|than|per|who|which|that|each|more|times)"
# "sixty-first": an ordinal in words, which counts nothing.
TENS_WORDS = "|".join(TENS)
DIGIT_ORDINALS = "|".join(word for word, n in ORDINAL_UNITS.items() if n < 10)

# --------------------------------------------------------------------------- units

# The canonical unit of what a `unit` or `cur` group holds, lower-cased, spaces as one ("per cent", "years",
# "km", "US$"); an unknown currency keeps its name. The lists say which kind of figure a unit makes.
UNIT_NAMES: dict[str, str] = {
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
    **romance.UNIT_NAMES,
    **dict.fromkeys(("aud", "australiandollars"), "AUD"),
    "cfafrancs": "CFA francs",
}  # fmt: skip
PERCENT_UNITS: list[str] = ["per cent", "percentage points"]
DURATION_UNITS: list[str] = ["years", "months", "weeks", "days", "hours", "minutes", "decades", "centuries"]
MEASURE_UNITS: list[str] = ["km", "km2", "hectares", "m", "m3", "miles", "tonnes", "kg", "litres"]

# --------------------------------------------------------------------------- the kinds of rule

Category = Literal["skip", "period", "figure", "stop"]
Kind = Literal["count", "percent", "duration", "money", "ratio"]
# How a figure's value is read: "amount" from group `amount` ("6.5 million" -> 6500000); "amount per" divides
# it by group `per` ("one in five" -> 0.2); "fraction" reads group `fig` ("two thirds" -> 0.667);
# "vague plural" is the lower bound of group `fig` ("tens of thousands" -> 10000).
Value = Literal["amount", "amount per", "fraction", "vague plural"]
# Where a figure's unit comes from: "unit" is group `unit` ("per cent", "years", "km"); "currency" is
# group `cur` ("$" -> "US$"); "per" is "per " and group `per` ("per 100,000").
Unit = Literal["unit", "currency", "per"]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: str
    example: str  # a text the rule matches whole (the tests hold every rule to its example)
    category: ClassVar[Category]


@dataclass(frozen=True, slots=True)
class Skip(Rule):
    """A look-alike that is no figure ("article 33", "1.05 p.m."): consumed, so that nothing inside it counts."""

    category: ClassVar[Category] = "skip"


@dataclass(frozen=True, slots=True)
class Period(Rule):
    """Years or a date: the period (`period_start`, `period_end`) of the figures near it, never a value."""

    category: ClassVar[Category] = "period"
    open_end: bool = False  # "since 2009": the period starts and does not end
    year_alone: bool = False  # "2004 to": the period is the year; the word after it belongs to no figure


@dataclass(frozen=True, slots=True)
class Figure(Rule):
    """One figure: group `fig` is its text, `pre` all that comes before it, `qual` its qualifier ("more than")."""

    category: ClassVar[Category] = "figure"
    kind: Kind | None = None  # None: the kind its unit implies (per cent, a duration, a sum of money, else a count)
    value: Value = "amount"
    unit: Unit | None = None
    default_qualifier: str | None = None  # the qualifier when the text says none
    qualifier_after: bool = False  # "4,500 or more": group `after` qualifies it when nothing before does


@dataclass(frozen=True, slots=True)
class Range(Rule):
    """Two amounts, each with its currency sign or unit: groups `part1`, `cur1`, `amount1`, `unit1`, and 2 alike.

    One range, or two figures where they go down or differ in unit, or a span of years where both are
    bare years. `pre1` is the text before the first amount; a qualifier of the whole is in `lead` (`qual`).
    """

    category: ClassVar[Category] = "figure"
    two_figures: bool = False  # always two figures, never a range


@dataclass(frozen=True, slots=True)
class Stop(Rule):
    """A sentence end."""

    category: ClassVar[Category] = "stop"


# --------------------------------------------------------------------------- the table

RULES: tuple[Rule, ...] = (
    # Not indicators. They come first so that "article 33" is consumed before "33" could count.
    Skip("reference", rf"\b{REFERENCE_WORD}\s*{REFERENCE}(?:{REFERENCE_JOIN}{REFERENCE})*", "articles 12 (1) and 14"),
    Skip("group of", rf"\bgroup\s+of\s+(?:\d+|{WORDS})", "Group of 77"),
    Skip("document symbol", r"\b(?-i:[A-Z][A-Z0-9]*(?:\.[A-Z0-9]+)*)(?:/[\w\-]+(?:\.[\w\-]+)*)+", "CMW/C/MEX/2"),
    Skip("clock time",
         r"\b\d{1,2}(?:[.:]\d{2})?\s*(?-i:a\.m\.?|p\.m\.?|am\b|pm\b)|\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*o['’]clock\b"
         rf"|{romance.CLOCK_TIMES}",
         "1.05 p.m."),
    Skip("ordinal or decade", rf"\b\d+(?:st|nd|rd|th|{romance.ORDINAL_SUFFIXES})\b|\b\d+['’]?s\b", "160th"),
    Skip("code", r"\b[a-z]+[.\-]?\d[\w\-]*(?:\.\d+)*", "COVID-19"),
    Skip("dotted number", r"\b\d+(?:\.\d+){2,}\b", "16.2.1"),
    Skip("enumerator", r"\((?:\d{1,2}|[ivx]{1,4}|[a-z])\)", "(3)"),
    Skip("abbreviation",
         r"\b(?-i:Mr|Mrs|Ms|Mmes|Mme|Messrs|Dr|Fr|Prof|Sr|Sra|Jr|St|Hon|Gen|Col|Lt|Capt|Amb|No|Nos|Art|Arts"
         r"|Vol|Ch|Co|Corp|Inc|Ltd|Dept|Gov|Rep|Sen|Mt|para|paras|art|arts|p|pp|cf|vol|approx|viz|ibid|op|cit"
         r"|fig|no|nos|seq|i\.e|e\.g|a\.m|p\.m|[A-Z])\.",
         "Mr."),
    Skip("half of a period", r"\b(?:first|second|latter|former|other)\s+half\b", "first half"),
    Skip("ordinal in words", rf"\b(?:{TENS_WORDS})[\s\-]+(?:{DIGIT_ORDINALS})\b", "sixty-first"),
    # "the 1965 Convention" names an instrument; the year is not the period of any figure.
    Skip("instrument named by its year",
         rf"\b{YEAR}\s+(?-i:Convention|Covenant|Protocol|Declaration|Constitution|Charter|Agreement|Treaty|Act|Code)\b",
         "1965 Convention"),
    # Years and dates: the period a figure refers to, never a value.
    Period("span of years",
           rf"\b(?:between|from|{romance.SPAN_OPENERS})\s+(?:(?:{DAY}\s+)?{MONTH}\s+)?{YEAR}"
           rf"\s+(?:and|to|until|till|through|{romance.SPAN_JOINS})\s+"
           rf"(?:(?:{DAY}\s+)?{MONTH}\s+)?{YEAR}\b",
           "between 2006 and 2011"),
    Period("since", rf"\b(?:since|{romance.SINCE_WORDS})\s+(?:(?:{DAY}\s+)?(?:de\s+)?{MONTH}\s+(?:de\s+)?)?{YEAR}\b",
           "since December 2006", open_end=True),
    Period("pair of years", rf"\b{YEAR}\s*(?:[-–—/]\s*(?:{YEAR}|\d\d)|\s(?:and|to)\s+{YEAR})\b", "2008–2011"),
    # "from 18 per cent in 2004 to 11 per cent": the year ends the first figure's clause, it starts no range.
    Period("year before to", rf"\b{YEAR}\s+to\b", "2004 to", year_alone=True),
    Period("date",
           rf"(?:\b(?:from|between)\s+)?(?:{DAY}\s*(?:[-–]|\band\b|\bto\b)\s*)?(?:{DAY}\s+)?{MONTH}"
           rf"(?:\s+{DAY},?)?(?:\s+{YEAR}\b)?",
           "6 April 2011"),
    Skip("numbers with slashes", r"\b\d+(?:/\d+)+\b", "65/230"),
    # Figures, the most specific first.
    Range("change", rf"(?P<pre1>{CHANGE_VERB}(?:\s+[a-z]+){{0,2}}?\s+from\s+){_part(1)}\s+to\s+{_part(2)}",
          "increased from 12 to 15 per cent", two_figures=True),
    Range("range between", rf"(?P<pre1>\b(?:between|entre)\s+){_part(1)}\s+(?:and|{romance.RANGE_JOINS})\s+{_part(2)}",
          "between 9 and 135 years"),
    Range("range from",
          rf"(?P<pre1>\b(?:from|{romance.RANGE_OPENERS})\s+){_part(1)}\s+(?:to|until|{romance.RANGE_ENDS})\s+{_part(2)}",
          "from 2,000 to 3,000"),
    Range("range dash",
          rf"(?P<lead>(?:(?P<qual>{QUALIFIER})\s+)?)(?P<pre1>){_part(1)}(?:\s*[-–—]\s*|\s+to\s+){_part(2)}",
          "approximately 10,000 to 12,000"),
    Figure("money sign", rf"{QUALIFIED}(?P<fig>(?P<cur>{CURRENCY_SIGN})\s?(?P<amount>{AMOUNT}))", "US$ 1.5 billion",
           kind="money", unit="currency"),
    Figure("money word", rf"{QUALIFIED}(?P<fig>(?P<amount>{AMOUNT})\s+(?:de\s+)?(?P<cur>{CURRENCY_WORD}))",
           "200,000 Swiss francs", kind="money", unit="currency"),
    Figure("percent", rf"{QUALIFIED}(?P<fig>(?P<amount>{AMOUNT})\s?(?P<unit>{PERCENT_UNIT}))",
           "more than 12.5 per cent", unit="unit"),
    Figure("ratio",
           rf"{QUALIFIED}(?P<fig>(?P<amount>{DIGITS}|{WORDS}|\bone)\s+(?:in|out\s+of)\s+(?:every\s+)?"
           rf"(?P<per>\d{{1,3}}(?:,\d{{3}})*\b|{WORDS}|\b(?:a\s+|one\s+)?(?:hundred|thousand)\b))",
           "one in five", kind="ratio", value="amount per"),
    Figure("fraction", rf"{QUALIFIED}(?P<fig>\b(?:{'|'.join(FRACTION_NUMERATORS)})[\s\-]+{FRACTION}\b)",
           "two thirds", kind="ratio", value="fraction"),
    Figure("fraction by", rf"(?P<pre>\bby\s+(?:(?P<qual>{QUALIFIER})\s+)?)(?P<fig>a\s+{FRACTION})\b",
           "by a third", kind="ratio", value="fraction"),
    Figure("fraction of", rf"{QUALIFIED}(?P<fig>\b(?:a\s+{FRACTION}|half))\s+of\b", "nearly half of",
           kind="ratio", value="fraction"),
    Figure("rate",
           rf"{QUALIFIED}(?P<fig>(?P<amount>{AMOUNT})(?:\s+[a-z\-]+){{0,3}}?\s+per\s+"
           rf"(?P<per>\d{{1,3}}(?:,\d{{3}})+|\d+|(?:a\s+|one\s+)?(?:hundred|thousand|million))\b)",
           "230 deaths per 100,000", kind="ratio", unit="per"),
    Figure("duration", rf"{QUALIFIED}(?P<fig>(?P<amount>{AMOUNT}|\bone)[\s\-]+(?P<unit>{DURATION_UNIT}))",
           "over 20 years", unit="unit"),
    Figure("measure", rf"{QUALIFIED}(?P<fig>(?P<amount>{AMOUNT})[\s\-]?(?P<unit>{MEASURE_UNIT}))", "100-kilometre",
           unit="unit"),
    Figure("vague plural", rf"{QUALIFIED}(?P<fig>\b(?:{VAGUE_WORDS}))\b(?:\s+of\b)?", "Tens of thousands of",
           kind="count", value="vague plural", default_qualifier="at least"),
    # A number word followed by a small word is rarely a figure: "two of them", "Three for one".
    Skip("number word before a small word", rf"{WORDS}\s+{SMALL_WORD_AFTER}\b", "Three for"),
    Period("year", rf"\b{YEAR}\b", "2010"),
    Figure("count",
           rf"{QUALIFIED}(?P<fig>(?P<amount>{AMOUNT}))\b(?:\s+(?P<after>or\s+(?:more|over|above|less|fewer)))?",
           "approximately 4,500", qualifier_after=True),
    Skip("digits glued to letters", r"\b\d+[a-z]\w*", "377A"),
    Stop("sentence end", r"[.!?][\"”’')\]]*\s+", ". "),
)  # fmt: skip

# Cheap pre-filter: a paragraph without a digit or number word holds no figure.
ANCHOR = (
    rf"\d|{WORDS}|\b(?:one[\s\-]+(?:in|out|year|month|week|day|hour|decade|third|quarter|fifth|half)"
    r"|dozens?|hundreds?|thousands?|millions?|billions?|half|thirds?|quarters?)\b"
)


def rust_pattern(pattern: str) -> str:
    r"""A pattern of the table as Polars runs it: case-insensitive, ASCII digits and word boundaries.

    Rust's lazy DFA gives up on Unicode word boundaries in non-ASCII text (50x slower), and ASCII
    classes keep the automaton small; letters outside ASCII still match where a pattern says `\s` or `\W`.
    """
    return "(?i)" + pattern.replace(r"\b", r"(?-u:\b)").replace(r"\d", "[0-9]").replace(r"\w", "[0-9A-Za-z_]")


def anchored(rules: Sequence[Rule]) -> str:
    """As Polars runs it, a pattern matching a token that one of the rules matches whole.

    A single rule keeps its named groups, for `str.extract_groups` to read; several lose theirs.
    """
    if len(rules) == 1:
        return rust_pattern(f"^(?:{rules[0].pattern})$")
    return rust_pattern(f"^(?:{alternatives(rules)})$")


def alternatives(rules: Sequence[Rule]) -> str:
    """The rules' patterns as one alternation, in order; their names dropped, as one name may appear in several."""
    return "|".join(f"(?:{_NAMED_GROUP.sub('(?:', rule.pattern)})" for rule in rules)


_NAMED_GROUP = re.compile(r"\(\?P<\w+>")

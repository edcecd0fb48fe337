"""Numbers as UN records print them: "eight months", "two thirds", "tens of thousands", "seventy-fifth".

The lexicon feeds regex fragments for `transforms.indicator_grammar` (in the syntax that both
Python's `re` and Polars' Rust engine accept) and `amount_value`, which turns the text of an
amount ("1,325", "6.5 million", "twenty-five", "half a million") into a number; its ordinals
("102nd", "Three hundred and forty-ninth") number sessions and meetings (`ORDINAL`, `ordinal_value`).

"one" is deliberately not a counting word on its own ("one of the main activities", "on the
one hand"); it counts only in front of a scale ("one million"), a ratio ("one in five"), a
fraction ("one third") or a time unit ("one year"), and the patterns say so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from transforms.romance import figures as romance_figures

UNITS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, **romance_figures.SCALES,
}  # fmt: skip
ORDINAL_UNITS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
}  # fmt: skip
ORDINAL_TENS: dict[str, int] = {
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "eightieth": 80, "ninetieth": 90,
}  # fmt: skip
# Denominators of fractions; plural forms go with numerators above one ("two thirds").
FRACTIONS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10,
}  # fmt: skip
# Vague plurals count as their lower bound: "tens of thousands" is at least 10,000.
VAGUE: dict[str, int] = {
    "dozens": 12, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000, "billions": 1_000_000_000,
    "tens of thousands": 10_000, "hundreds of thousands": 100_000, "tens of millions": 10_000_000,
    "hundreds of millions": 100_000_000, "several hundred": 100, "several thousand": 1_000,
    "several million": 1_000_000, "a few hundred": 100, "a few thousand": 1_000, "a few million": 1_000_000,
    **romance_figures.VAGUE,
}  # fmt: skip


def _word_values() -> dict[str, float]:
    """Every amount in words without its scale, as `amount_value` normalises it ("twenty five")."""
    values: dict[str, float] = {word: float(n) for word, n in UNITS.items()}
    for tens, n in TENS.items():
        values[tens] = float(n)
        values.update({f"{tens} {unit}": float(n + m) for unit, m in UNITS.items() if m < 10})
    return values | {"a": 1.0, "half a": 0.5, "a dozen": 12.0, "dozen": 12.0}


# Lower-cased amounts in words, hyphens as spaces, scale words removed: "twenty-five" -> "twenty five".
WORD_VALUES: dict[str, float] = _word_values()
# The numerators of fractions in words: "two thirds"; "a third" too.
FRACTION_NUMERATORS = ("one", "two", "three", "four")
# Fractions in words, normalised the same way: "two-thirds" -> "two thirds".
FRACTION_VALUES: dict[str, float] = {
    f"{numerator} {word}": UNITS.get(numerator, 1) / denominator
    for word, denominator in FRACTIONS.items()
    for numerator in ("a", *FRACTION_NUMERATORS)
} | {"half": 0.5}


def _longest_first(words: Iterable[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_SMALL = _longest_first(w for w in UNITS if w != "one")
_DIGIT_WORDS = _longest_first(w for w in UNITS if UNITS[w] < 10)
# two .. ninety-nine in words, whole words only ("network" holds "two", "often" holds "ten").
WORDS = rf"\b(?:(?:{_longest_first(TENS)})(?:[\s\-](?:{_DIGIT_WORDS}))?|{_SMALL})\b"
SCALE = rf"(?:{_longest_first(SCALES)})"
FRACTION = rf"(?:{_longest_first(FRACTIONS)})"
VAGUE_WORDS = _longest_first(w.replace(" ", r"\s+") for w in VAGUE)

_SPACES = re.compile(r"[\s\-]+")


def amount_value(text: str) -> float:
    """The number an amount's text stands for: "1,325" -> 1325, "6.5 million" -> 6500000."""
    words = _SPACES.split(text.strip().lower().replace(",", ""))
    scale = 1
    while words and words[-1] in SCALES:
        scale *= SCALES[words.pop()]
    if words[:2] == ["half", "a"]:
        return scale / 2
    if words in (["a"], ["one"]):
        return float(scale)
    if words in (["a", "dozen"], ["dozen"]):
        return 12.0 * scale
    if len(words) == 1 and words[0][0].isdigit():
        return float(words[0]) * scale
    total = sum(TENS.get(word, 0) + UNITS.get(word, 0) for word in words)
    if total == 0:
        raise ValueError(f"not an amount: {text!r}")
    return float(total * scale)


def vague_value(text: str) -> float:
    """The lower bound of a vague plural: "Tens of thousands" -> 10000."""
    return float(VAGUE[" ".join(text.lower().split())])


def fraction_value(text: str) -> float:
    """The value of a fraction in words: "two thirds" -> 0.667, "half" -> 0.5, "a quarter" -> 0.25."""
    words = _SPACES.split(text.strip().lower())
    denominator = FRACTIONS[words[-1]]
    numerator = UNITS.get(words[0], 1) if len(words) > 1 else 1
    return numerator / denominator


# The units word before "hundred" ("three hundred"): one .. nine.
_HUNDRED_UNITS = {word: n for word, n in UNITS.items() if n < 10}
# The oldest records leave "one" out: "Summary record of the hundred and forty-fifth meeting".
_HUNDREDS = rf"(?:(?:(?:{'|'.join(_HUNDRED_UNITS)})\s+)?hundred\s+(?:and\s+)?)"
_THOUSANDS = r"(?:(?:one|two)\s+thousand\s+(?:and\s+)?)"
# "Three hundred and forty-ninth", "One thousand and forty-first": meetings numbered in words, as the oldest
# records print them.
ORDINAL_WORD = (
    rf"(?:{_THOUSANDS}?{_HUNDREDS}?(?:(?:{'|'.join(TENS)})[\s-]*)?(?:{'|'.join(ORDINAL_UNITS)})"
    rf"|{_THOUSANDS}?{_HUNDREDS}?(?:{'|'.join(ORDINAL_TENS)})|{_THOUSANDS}?(?:(?:{'|'.join(_HUNDRED_UNITS)})\s+)?hundredth"
    r"|(?:one\s+|two\s+)?thousandth)"
)
ORDINAL = rf"(?:\d{{1,4}}(?:st|nd|rd|th|e|er)?|{ORDINAL_WORD})"

_GLUED_TENS = re.compile(rf"\b({'|'.join(TENS)})(?=[a-z])")  # "fiftyfifth"


def ordinal_value(text: str) -> int | None:
    """12 from "12th", "twelfth"; 75 from "Seventy-fifth"; 102 from "102nd"."""
    cleaned = text.strip().casefold()
    digits = re.match(r"(\d+)", cleaned)
    if digits:
        return int(digits.group(1))
    words = re.split(r"[\s-]+", _GLUED_TENS.sub(r"\1 ", cleaned.replace(" and ", " ")))
    total = 0
    multiplier = 1  # the units word before "hundred": "three hundred"
    for word in words:
        if word == "":
            continue
        if word in _HUNDRED_UNITS:
            multiplier = _HUNDRED_UNITS[word]
        elif word in ("hundred", "hundredth"):
            total += 100 * multiplier
        elif word in ("thousand", "thousandth"):
            total, multiplier = total + 1_000 * multiplier, 1
        elif word in TENS:
            total += TENS[word]
        elif word in ORDINAL_TENS:
            total += ORDINAL_TENS[word]
        elif word in ORDINAL_UNITS:
            total += ORDINAL_UNITS[word]
        else:
            return None
    return total or None

"""Numbers, ordinals, dates and clock times as UN records print them."""

from __future__ import annotations

import re
from datetime import date, time

_UNITS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
}
_TENS_ORDINAL = {
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
MONTHS = {
    name: number
    for number, name in enumerate(
        (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ),
        start=1,
    )
}

# "Three hundred and forty-ninth": meetings numbered in words, as the oldest records print them.
_HUNDREDS = r"(?:(?:one|two|three|four|five|six|seven|eight|nine)\s+hundred\s+(?:and\s+)?)"
ORDINAL_WORD = (
    rf"(?:{_HUNDREDS}?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"[\s-]*)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth)"
    rf"|{_HUNDREDS}?(?:twentieth|thirtieth|fortieth|fiftieth|sixtieth|"
    r"seventieth|eightieth|ninetieth)|(?:(?:one|two|three|four|five|six|seven|eight|nine)\s+)?hundredth)"
)
ORDINAL = rf"(?:\d{{1,4}}(?:st|nd|rd|th|e|er)?|{ORDINAL_WORD})"


_CARDINAL_UNITS = {word: value for value, word in enumerate("one two three four five six seven eight nine".split(), 1)}
_GLUED_TENS = re.compile(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?=[a-z])")  # "fiftyfifth"


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
        if word in _CARDINAL_UNITS:
            multiplier = _CARDINAL_UNITS[word]
        elif word in ("hundred", "hundredth"):
            total += 100 * multiplier
        elif word in _TENS:
            total += _TENS[word]
        elif word in _TENS_ORDINAL:
            total += _TENS_ORDINAL[word]
        elif word in _UNITS:
            total += _UNITS[word]
        else:
            return None
    return total or None


_CLOCK = re.compile(
    r"(?P<hour>\d{1,2})(?:\s?[.:h,]\s?(?P<minute>\d{2}))?\s*(?P<half>a\s?\.?\s?m\b|p\s?\.?\s?m\b|noon|midnight)?",
    re.IGNORECASE,
)
# "10.05 a.m.", "4.35 p.m ." and "10 a . m ." (spaces slipped in), "10,30 a.m." (a scan's comma), "10 am",
# "noon"; or a bare "15.30".
CLOCK_TIME = (
    r"(?:\d{1,2}(?:\s?[.:,]\s?\d{2})?\s*(?:a\s?\.?\s?m\b\s?\.?|p\s?\.?\s?m\b\s?\.?)"
    r"|(?:12\s+)?noon|midnight|\d{1,2}[.:]\d{2})"
)


def clock_time(text: str) -> time | None:
    """time(13, 5) from "1.05 p.m."; time(12) from "noon" or "12 noon"."""
    lowered = text.strip().casefold()
    if lowered.endswith("noon"):
        return time(12, 0)
    if lowered == "midnight":
        return time(0, 0)
    match = _CLOCK.match(lowered)
    if not match:
        return None
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    half = (match["half"] or "").replace(" ", "")
    if half.startswith("p") and hour < 12:
        hour += 12
    elif half.startswith("a") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


DATE_TEXT = (
    r"\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+\d{4}"
)


def parse_date(text: str) -> date | None:
    """date(2011, 4, 6) from "6 April 2011" (case-insensitive); None when it is no date."""
    match = re.search(r"(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})", text)
    if not match:
        return None
    month = MONTHS.get(match.group(2).casefold())
    if month is None:
        return None
    try:
        return date(int(match.group(3)), month, int(match.group(1)))
    except ValueError:
        return None

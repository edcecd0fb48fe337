"""Dates and clock times as UN records print them: "6 April 2011", "10.05 a.m.", "noon"."""

from __future__ import annotations

import calendar
import re
from datetime import date, time

# calendar.month_name follows LC_TIME, which Python leaves at "C" (English) unless a program calls
# setlocale; read once, at import, so that the grammar cannot change under a running parse.
MONTH_NAMES: tuple[str, ...] = tuple(calendar.month_name[1:])
# "January" .. "December", as a regex fragment (both Python's `re` and Polars' engine accept it).
MONTH_NAME = rf"(?:{'|'.join(MONTH_NAMES)})"
# "Monday" .. "Sunday", in `date.weekday()`'s order, as records print the weekday before the date.
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY = rf"(?:{'|'.join(name.removesuffix('day') for name in WEEKDAY_NAMES)})day"
_MONTH_NUMBERS = {name.casefold(): number for number, name in enumerate(MONTH_NAMES, start=1)}

_CLOCK = re.compile(
    r"(?P<hour>\d{1,2})(?:\s?[.:h,]-?\s?(?P<minute>\d{2})\.?)?\s*(?P<half>a\s?\.{0,2}\s?m\b|p\s?\.{0,2}\s?m\b|noon|midnight)?",
    re.IGNORECASE,
)
# "10.05 a.m.", "4.35 p.m ." and "10 a . m ." (spaces slipped in), "10,30 a.m." (a scan's comma), "5.45. p.m."
# and "10.45 a..m." (stray full stops), "10.-10 a.m." (a stray hyphen), "10 am",
# "noon"; or a bare "15.30".
CLOCK_TIME = (
    r"(?:\d{1,2}(?:\s?[.:,]-?\s?\d{2}\.?)?\s*(?:a\s?\.{0,2}\s?m\b\s?\.?|p\s?\.{0,2}\s?m\b\s?\.?)"
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


# A scan may read the space before the year as a full stop ("20 October.1965"), and the year's 1 as a
# capital I or a small l ("7 February I985"); the first years' records may set a comma there ("23 March, 1949").
# "8th March 1950": some records of the 1950s give the day as an ordinal.
DATE_TEXT = rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_NAME}(?:,?\s+|\.\s*)(?:\d{{4}}|[Il]9\d\d)"


def month_number(name: str) -> int:
    """1 for "January" (in any case)."""
    return _MONTH_NUMBERS[name.casefold()]


def parse_date(text: str) -> date | None:
    """date(2011, 4, 6) from "6 April 2011" (case-insensitive); None when it is no date."""
    # Not `datetime.strptime`: its "%B" reads the locale on every call, so a program that called
    # setlocale would silently stop reading English dates.
    match = re.search(r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)(?:,?\s+|\.\s*)(\d{4}|[Il]9\d\d)", text)
    if not match:
        return None
    month = _MONTH_NUMBERS.get(match.group(2).casefold())
    if month is None:
        return None
    try:
        return date(int(match.group(3).replace("I", "1").replace("l", "1")), month, int(match.group(1)))
    except ValueError:
        return None

"""The masthead of a summary record: symbol, body, session, meeting, date, place, chair."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time
from functools import lru_cache
from typing import Any

from transforms.bodies import body_for_name, body_for_symbol
from transforms.speakers import TITLE_GENDER, normalise_name
from transforms.symbols import SYMBOL, is_meeting_symbol
from transforms.wording import CLOCK_TIME, DATE_TEXT, ORDINAL, clock_time, ordinal_value, parse_date

_SESSION = re.compile(rf"\b(?P<n>{ORDINAL})\s+(?:\(\w+\)\s+)?session\b", re.IGNORECASE)
_MEETING = re.compile(
    rf"summary\s+record\s*(?P<partial>\(partial\))?\*?\s+of\s+the\s+"
    rf"(?:(?P<part>(?:first|second|third|public|closed)\s+part(?:\s*\((?:public|closed)\))?)\*?\s+of\s+the\s+)?"
    rf"(?P<n>{ORDINAL})\s+meeting",
    re.IGNORECASE,
)
_HELD = re.compile(
    rf"^Held\s+at\s+(?P<place>.+?),?\s+on\s+(?:[A-Za-z]+day,?\s+)?(?P<date>{DATE_TEXT})"
    rf"(?:,?\s+at\s+(?P<time>{CLOCK_TIME}))?",
    re.IGNORECASE,
)
_PRESIDING = re.compile(
    r"^(?P<label>(?:Acting\s+|Temporary\s+)?(?:Co-)?(?:Chairperson|Chairpersons|Chairman|Chairwoman|"
    r"Chair|President))\s*:\s*(?P<who>.+)$",
    re.IGNORECASE,
)
_LATER = re.compile(r"^\(?\s*later\s*:?\s*(?P<who>.+?)\)?$", re.IGNORECASE)
_TITLE_PREFIX = re.compile(
    r"^(?:H\.\s?E\.\s+)?(?:" + "|".join(re.escape(t) for t in sorted(TITLE_GENDER, key=len, reverse=True)) + r")\.?\s+"
)
_SYMBOL_ANYWHERE = re.compile(SYMBOL)
_BOILERPLATE = re.compile(
    r"^(?:United Nations|Nations Unies|Distr\.?\s*:?.*|GENERAL|General|Limited|Restricted|"
    r"Official Records|Economic and Social Council|General Assembly|Security Council|"
    r"International Covenant on .*|International Convention on .*|Convention on .*|"
    r"Convention against .*|Human Rights Council|\d{1,2} [A-Z][a-z]+ \d{4}|"
    r"[A-Z]{2,}/[A-Z0-9/.]+.*|Original\s*:.*|English|ENGLISH|Page \d+)$",
)
_WEEKDAY_DATE = re.compile(rf"^(?:held on\s+)?[A-Z][a-z]+day,?\s+(?P<date>{DATE_TEXT})$", re.IGNORECASE)
_AT_TIME = re.compile(rf"^at\s+(?P<time>{CLOCK_TIME})$", re.IGNORECASE)
_PLACES = frozenset({"New York", "Geneva", "Vienna", "Nairobi", "Headquarters, New York", "Palais des Nations, Geneva"})
_ORIGINAL = re.compile(r"Original\s*:\s*(?P<language>[A-Za-z]+)", re.IGNORECASE)


@dataclass(slots=True)
class Presiding:
    label: str
    name: str | None
    office: str | None = None


@dataclass(slots=True)
class Masthead:
    symbol: str | None = None
    body: str | None = None
    body_name: str | None = None
    session_number: int | None = None
    meeting_number: int | None = None
    meeting_part: str | None = None
    meeting_date: date | None = None
    place: str | None = None
    scheduled_at: time | None = None
    chair: Presiding | None = None
    later_chairs: list[Presiding] = field(default_factory=list)
    original_language: str | None = None
    contents: list[str] = field(default_factory=list)


_CONTENTS = re.compile(r"contents?", re.IGNORECASE)
_ON_DAY = re.compile(r"^\s*on\s+\w+day\b|^\s*on\s+\d", re.IGNORECASE)


def read_masthead(lines: list[str]) -> Masthead:
    """Everything the masthead lines say; fields it does not say stay None."""
    masthead = Masthead()
    in_contents = False
    for raw_line in _joined_held_at(lines):
        line = raw_line.strip().strip("*").strip()
        if not line:
            continue
        if masthead.symbol is None and "/" in line:
            masthead.symbol = _meeting_symbol_in(line)
        if _CONTENTS.fullmatch(line):
            in_contents = True
            continue
        if _read_line(masthead, line):
            in_contents = False
            continue
        if in_contents and not _is_boilerplate(line):
            masthead.contents.append(line)
    if masthead.symbol:
        body = body_for_symbol(masthead.symbol)
        if body and masthead.body is None:
            masthead.body, masthead.body_name = body.code, body.name
        addendum = re.search(r"/(Add\.\d+)$", masthead.symbol)
        if addendum and masthead.meeting_part is None:
            masthead.meeting_part = addendum.group(1)
        number = re.search(r"/(?:SR|PV)\.(\d+)", masthead.symbol)
        if number and masthead.meeting_number is None:
            masthead.meeting_number = int(number.group(1))
    return masthead


def _joined_held_at(lines: list[str]) -> list[str]:
    """Old mastheads break "Held at the Palais Wilson, Geneva," and "on Tuesday, ..." over two lines."""
    joined: list[str] = []
    for line in lines:
        if joined and _ON_DAY.match(line) and joined[-1].lstrip().startswith("Held at"):
            joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"
        else:
            joined.append(line)
    return joined


def _read_line(masthead: Masthead, line: str) -> bool:
    """Fill what this line says; True when it was a masthead field."""
    if len(line) > 250:
        return False  # a footnote or notice, not a field
    for kind, found in _fields_in(line):
        if _fill(masthead, kind, found):
            return True
    return _is_boilerplate(line)


@lru_cache(maxsize=16384)  # headings, agenda items and notices recur record after record
def _fields_in(line: str) -> tuple[tuple[str, Any], ...]:
    """The fields the line could be, in the order they are tried, with what matched.

    The same whatever the masthead has read before the line, so it is remembered; whether a field
    is taken (an hour only when none was read, a later chair only after a chair) is `_fill`'s call.
    """
    lowered = line.casefold()  # the cheap tests on it spare most lines the regexes
    candidates = (
        ("meeting", "meeting" in lowered and _MEETING.search(line)),
        ("held", lowered.startswith("held") and _HELD.match(line)),
        # Older mastheads: "held on" / "Monday, 25 October 1999".
        ("weekday date", "day" in lowered and _WEEKDAY_DATE.match(line)),
        ("hour", lowered.startswith("at") and _AT_TIME.match(line)),
        ("place", line in _PLACES and line),
        ("session", "session" in lowered and len(line) < 60 and _SESSION.search(line)),
        ("presiding", ":" in line and _PRESIDING.match(line)),
        ("later", "later" in lowered and _LATER.match(line)),
        ("original", "original" in lowered and _ORIGINAL.search(line)),
        ("body", body_for_name(line)),
    )
    return tuple((kind, found) for kind, found in candidates if found)


def _fill(masthead: Masthead, kind: str, found: Any) -> bool:
    """Fill the field the line was found to be; False when the masthead does not take it."""
    match kind:
        case "meeting":
            masthead.meeting_number = ordinal_value(found.group("n"))
            parts = [p for p in (found.group("partial"), found.group("part")) if p]
            if parts:
                masthead.meeting_part = " ".join(
                    p.lower().removeprefix("(").removesuffix(")") if p.startswith("(") else p.lower() for p in parts
                )
        case "held":
            masthead.place = found.group("place").strip().rstrip(",")
            masthead.meeting_date = parse_date(found.group("date"))
            masthead.scheduled_at = clock_time(found.group("time")) if found.group("time") else None
        case "weekday date":
            masthead.meeting_date = masthead.meeting_date or parse_date(found.group("date"))
        case "hour":
            if masthead.scheduled_at is not None:
                return False
            masthead.scheduled_at = clock_time(found.group("time"))
        case "place":
            masthead.place = masthead.place or found
        case "session":
            masthead.session_number = ordinal_value(found.group("n"))
        case "presiding":
            masthead.chair = presiding_officer(found.group("label"), found.group("who"))
        case "later":
            if masthead.chair is None:
                return False
            masthead.later_chairs.append(presiding_officer("later", found.group("who")))
        case "original":
            masthead.original_language = found.group("language").capitalize()
        case "body":
            masthead.body, masthead.body_name = found.code, found.name
    return True


def presiding_officer(label: str, who: str) -> Presiding:
    """ "Mr. El Jamri" or "Ms. Dicko (Vice-Chairperson)" as the officer's name and office."""
    who = who.strip()
    office = None
    parenthetical = re.search(r"\(([^()]*)\)\s*$", who)
    if parenthetical:
        office = parenthetical.group(1).strip()
        who = who[: parenthetical.start()].strip()
    name = _TITLE_PREFIX.sub("", who).strip().rstrip(".,;")
    return Presiding(label=label.strip(), name=normalise_name(name) if name else None, office=office)


def _meeting_symbol_in(line: str) -> str | None:
    for match in _SYMBOL_ANYWHERE.finditer(line):
        if is_meeting_symbol(match.group(0)):
            return match.group(0)
    return None


@lru_cache(maxsize=16384)
def _is_boilerplate(line: str) -> bool:
    return bool(_BOILERPLATE.match(line))

"""The page head of the printed Official Records, whose columns a text layer runs into one line.

The General Assembly's committees and the Councils printed their summary records as booklets until the
1970s. Each meeting opens under a head set in columns: the body and the meeting ("SPECIAL POLITICAL
COMMITTEE, 742nd GENERAL MEETING"), the day and hour, the session ("TWENTY-FIFTH SESSION"), and "Official
Records" with the city. A scan's text layer reads the columns across, so one line holds them all, in
an order of its own: "United Nations SPECIAL POLITICAL COMMITTEE, 742nd GENERAL MEETING ASSEMBLY Friday,
4 December 1970, at 10.55 a.m. TWENTY-FIFTH SESSION Official Records NEW YORK", or "UNITED NATIONS 1026th
Meeting TRUSTEESHIP COUNCIL Friday, 24 July 1959, Twenty-fourth Session at 10.40 a.m. OFFICIAL RECORDS".
Each field is looked for on its own in such a line.
"""

from __future__ import annotations

import re
from functools import lru_cache

from transforms.bodies import body_for_name
from transforms.dates import CLOCK_TIME, DATE_TEXT, WEEKDAY, clock_time, parse_date
from transforms.numbers import ORDINAL, ordinal_value
from transforms.romance.masthead import RomanceFields

# "MEETING" with one letter a scan misread ("MEETqNG"), and "Official Records" with its ligature lost ("OÿciaI").
_MEETING_WORD = "(?:" + "|".join("meeting"[:at] + "\\S" + "meeting"[at + 1 :] for at in range(7)) + ")"
_OFFICIAL_RECORDS = r"(?:Official|O\S{2,6}a[lI1|])\s+Records"
# Such a head, told from any other line: the meeting first, "Official Records" after, the city at most after it.
PRINTED_HEAD = re.compile(
    rf"^.{{0,120}}?\b\d{{1,4}}\s?(?:st|nd|rd|th)\s+(?:(?:GENERAL(?:\s+ASSEMBLY)?|PLENARY)\s+)?{_MEETING_WORD}\b.{{0,160}}?"
    rf"\b{_OFFICIAL_RECORDS}\b(?:\W{{0,3}}(?:NEW YORK|GENEVA|PARIS|LAKE SUCCESS))?",
    re.IGNORECASE,
)
_MEETING = re.compile(
    rf"\b(?P<n>\d{{1,4}})\s?(?:st|nd|rd|th)\s+(?:(?:GENERAL(?:\s+ASSEMBLY)?|PLENARY)\s+)?{_MEETING_WORD}\b",
    re.IGNORECASE,
)
# The weekday's comma read as a stop ("Friday. 7 November 1980"); the later heads say "held on" instead.
_DAY = re.compile(rf"\b(?:{WEEKDAY}[,.]?|held\s+on)\s+(?P<date>{DATE_TEXT})", re.IGNORECASE)
_HOUR = re.compile(rf"\bat\s+(?P<time>{CLOCK_TIME})", re.IGNORECASE)
_SESSION = re.compile(rf"\b(?P<n>{ORDINAL})\s+session\b", re.IGNORECASE)
# The body's name is the head's run of capitals; "UNITED NATIONS" and the column words around it are not.
_CAPITALS = re.compile(r"\b[A-Z][A-Z'-]+(?:\s+[A-Z][A-Z'-]+)+\b")
_NOT_THE_BODY = re.compile(r"^(?:UNITED NATIONS|GENERAL ASSEMBLY|GENERAL|ASSEMBLY|OFFICIAL RECORDS|NEW YORK)\s*")


def printed_head_rejoined(lines: list[str]) -> list[str]:
    """The lines with a printed head that a scan broke before its "Official Records" column ("UNITED NATIONS
    1085th meeting ... Friday, 24 July 1959 ... at 10.30 a.m." / "" / "OFFICIAL RECORDS GENEVA") made one line
    again, so that the head is read as one; other lines as they were."""
    for at, line in enumerate(lines[:_HEAD_WITHIN]):
        if "eeting" not in line and "EETING" not in line:  # most lines: no meeting named
            continue
        if _OFFICIAL_RECORDS_SEEN.search(line):
            return lines
        if not _MEETING.search(line) or not _DAY.search(line):
            continue  # a site's title above the head ("Summary record of the 6th meeting. 25/11/02.")
        after = next((after for after in range(at + 1, min(at + 4, len(lines))) if lines[after].strip()), None)
        if after is not None and _OFFICIAL_RECORDS_SEEN.search(lines[after], 0, 40):
            return [*lines[:at], f"{line} {lines[after].strip()}", *lines[at + 1 : after], *lines[after + 1 :]]
        return lines
    return lines


# The lines a printed head may come below: a site's title and a line or two of its own.
_HEAD_WITHIN = 6
_OFFICIAL_RECORDS_SEEN = re.compile(_OFFICIAL_RECORDS, re.IGNORECASE)


@lru_cache(maxsize=4096)
def printed_head_fields(line: str) -> RomanceFields | None:
    """The fields of a printed Official Records head run into one line; None when the line is no such head.

    They come as the French and Spanish reader gives a line's fields, so the masthead takes them the same way.
    """
    if PRINTED_HEAD.match(line) is None:
        return None
    meeting = _MEETING.search(line)
    if meeting is None:
        return None
    day = _DAY.search(line)  # none where a scan lost a word of the date ("Wednesday, 4 1968")
    hour = _HOUR.search(line, day.end()) if day else None
    session = _SESSION.search(line)
    return RomanceFields(
        meeting_number=int(meeting.group("n")),
        meeting_date=parse_date(day.group("date")) if day else None,
        scheduled_at=clock_time(hour.group("time")) if day and hour and hour.start() - day.end() < 40 else None,
        session_number=ordinal_value(session.group("n")) if session else None,
        body=_body_code(line),
    )


def _body_code(line: str) -> str | None:
    for run in _CAPITALS.finditer(line):
        name = run.group()
        while (column := _NOT_THE_BODY.match(name)) is not None and column.end() > 0:
            name = name[column.end() :]
        for words in (name, name.rsplit(" ", 1)[0]):  # a run may take in the next column's word: "... COUNCIL AT"
            if (body := body_for_name(words)) is not None:
                return body.code
    return None

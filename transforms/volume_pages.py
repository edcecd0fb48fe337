"""A meeting published as the pages of a printed volume it shares with the meetings before and after it.

The Office of Legal Affairs publishes each meeting of the International Law Commission's Yearbook and
of the codification conferences' Official Records as the pages it was printed on, under a cover that
names it: "Document:- A/CN.4/SR.1580 Summary record of the 1580th meeting ... Extract from the
Yearbook of the International Law Commission:- 1979, vol. I ... Copyright © United Nations" (in French
"Document:- ... Extrait de l'Annuaire ...", in Spanish "Documento:- ... Extracto del Anuario ...").
A meeting begins and ends mid-page, so the pages open with the end of the meeting before it and may
close with the start of the one after. What lies before the meeting's own heading ("1580th MEETING
Tuesday, 31 July 1979"), or from the next meeting's heading on, is another record's: it is left out,
and the record says so, rather than loaded as this meeting's paragraphs (and its closing hour as this
meeting's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from transforms.dates import MONTH_NAME, WEEKDAY, month_number
from transforms.masthead_fields import Masthead
from transforms.numbers import ORDINAL_WORD, ordinal_value
from transforms.record_symbol import adopt_symbol, symbol_number
from transforms.romance.dates import WEEKDAY as ROMANCE_WEEKDAY
from transforms.romance.numbers import (
    FRENCH_ORDINAL_WORDS,
    SPANISH_ORDINAL_WORDS,
    french_ordinal_value,
    spanish_ordinal_value,
)
from transforms.symbols import SYMBOL, is_meeting_symbol

# How far into the text a cover may start: a site's title and a few lines of its own come first.
_COVER_WITHIN = 4_000
_EXTRACT_FROM = r"\bExtra(?:ct from|it d[eu']|cto de)"
# "Document:- A/CN.4/SR.1580 Summary record of the 1580th meeting ... Extract from"; a copy may print the symbol
# without its label, the title right below it ("A/CN.4/SR.1955" / "Compte rendu analytique de la 1955e séance").
# A copy may also print the "Extract from" line first ("Extract from the Yearbook ...:- 2004, vol. I Document:-
# A/CN.4/SR.2794 Summary record of the 2794th meeting Topic: ...").
_COVER = re.compile(
    rf"\bDocumento?\s*:-\s*(?P<symbol>{SYMBOL})?(?P<title>.{{0,400}}?){_EXTRACT_FROM}"
    rf"|(?P<bare>{SYMBOL})\s+(?P<bare_title>(?:Summary record|Compte rendu analytique|Acta resumida)[^\n]{{0,200}}?)"
    rf"\s+{_EXTRACT_FROM}"
    rf"|{_EXTRACT_FROM}[^\n]{{0,300}}?\bDocumento?\s*:-\s*(?P<after>{SYMBOL})(?P<after_title>[^\n]{{0,200}}?)"
    r"(?=\s+(?:Topic|Sujet|Tema|Downloaded|T[ée]l[ée]charg|Copyright)\b|\n|$)",
    re.DOTALL,
)
_COVER_END = re.compile(r"Copyright\W{0,3}(?:©\s*)?(?:United Nations|Nations Unies|Naciones Unidas)")
# A meeting's number's ending and word, and "plenary", in the three languages: "1580th", "705e", "657.ª" ... "sesión".
_SUFFIX = r"(?:st|nd|rd|th|e|ème|eme|\.?\s?[ªa]\.?)"
_PLENARY = r"(?:plenary\s+|plénière\s+|plenaria\s+)"
_MEETING_WORD = r"(?:meeting|séance|seance|sesión|sesion)"
_NUMBERED_MEETING = re.compile(rf"\b(?P<n>\d{{1,4}})\s?{_SUFFIX}?\s+{_PLENARY}?{_MEETING_WORD}\b", re.IGNORECASE)
_WEEKDAY = rf"(?:{WEEKDAY}|{ROMANCE_WEEKDAY})"
# A meeting's heading on the volume's page: its number, then the day it met ("1580th MEETING Tuesday, 31 July
# 1979", "TWENTY-SIXTH MEETING\nTuesday, ...", "657.ª SESIÓN Martes 5 de junio de 1962"). The page's running
# head names a meeting too ("111th meeting — 26 June 1951 247"), but with no day of the week.
_HEADING = re.compile(
    # "1955" / "e" / "SEANCE" / "Jeudi 29 mai 1986": a copy may set the number's letter and the word on lines apart.
    # "th MEETING Wednesday, 27 May 2009": figures a copy lost with a link.
    # "SEPTIÈME SÉANCE Vendredi 8 mars 1963": the number in French or Spanish words.
    rf"(?:\b(?P<n>\d{{1,4}})\s{{0,3}}{_SUFFIX}?|\b(?P<words>{ORDINAL_WORD}|{FRENCH_ORDINAL_WORDS}|{SPANISH_ORDINAL_WORDS})"
    r"|(?<![\w.])(?P<lost>st|nd|rd|th))"
    rf"\s*{_PLENARY}?(?P<word>{_MEETING_WORD})\b\W{{0,4}}"
    rf"(?P<day>{_WEEKDAY})\b",
    re.IGNORECASE,
)
_MEETING_DAY = re.compile(rf"{_MEETING_WORD}\b\W{{0,4}}{_WEEKDAY}\b", re.IGNORECASE)
# The presiding officer printed on the heading's date line: "Jeudi 29 mai 1986, à 10 heures Président : M. X".
_OFFICER_ON_THE_DATE_LINE = re.compile(
    r"[ \t]+(?=(?:Chairman|Chairperson|President|Président|Présidente|Presidente|Presidenta)\s*:)"
)
# The closing line of the meeting before, in the three languages the volumes are printed in.
_ROSE = re.compile(
    r"(?:The meeting rose|La s[ée]ance est lev[ée]e|Se levanta la sesi[óo]n)[^\n]{0,30}?"
    r"(?:[ap]\.\s?m\.|heures?|horas|midi|mediod[íi]a|\d\s?h(?:\s?\d\d)?\b)\.?"
)
# Less than this after the meeting before's closing line is no meeting's text: a page head, a site's footer.
_OWN_TEXT_AT_LEAST = 200
# The first paragraph number after the cover: a page that opens past paragraph 1 opens in another meeting.
# Where a copy ran the page onto one line, after a sentence: "... to the literature. 53. Mr. KABATSI said".
_FIRST_NUMBER = re.compile(r"(?:(?:^|\n)[ \t]*|(?<=[.!?”\"] ))(?P<n>\d{1,3})[.,][ \t](?=\S)")


# The page's running head, where the meeting's own heading is not among the pages: "2828th meeting – 4 August 2004",
# "509th meeting—5 June 1959 133", or without the year the cover gives ("2606th meeting 19 July").
_RUNNING_HEAD = re.compile(
    rf"\b(?P<n>\d{{1,4}})(?:st|nd|rd|th)\s+meeting\s*[—–-]?\s*(?P<day>\d{{1,2}})\s+(?P<month>{MONTH_NAME})\b"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
)
_RUNNING_HEAD_WITHIN = 400  # after the cover
# The running head of the facing page names the session: "Summary records of the meetings of the forty-second
# session", "... of the second part of the fifty-seventh session", "Comptes rendus analytiques des séances de la
# quarante-septième session", "Actas resumidas de las sesiones del cuadragésimo séptimo período de sesiones".
_SESSION_HEAD = re.compile(
    rf"\bSummary records of the (?:meetings|(?:first|second) part) of the (?P<en>{ORDINAL_WORD}) session\b"
    rf"|\bComptes rendus analytiques des séances de la (?:(?:première|seconde|deuxième) partie de la )?"
    rf"(?P<fr>{FRENCH_ORDINAL_WORDS}) session\b"
    rf"|\bActas resumidas de las sesiones del? (?:(?:primera|segunda) parte del )?(?P<es>{SPANISH_ORDINAL_WORDS})"
    r" período de sesiones\b",
    re.IGNORECASE,
)
# The volume's year on the cover: "Extract from the Yearbook of the International Law Commission:- 2004, vol. I".
_VOLUME_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d\d)\s?,\s*vol\.")


@dataclass(frozen=True, slots=True)
class VolumeCover:
    symbol: str | None
    meeting_number: int | None
    end: int  # where the cover ends in the text
    running_date: date | None = None  # the day the page's running head gives the meeting
    running_session: int | None = None  # the session a running head names


def volume_cover(text: str) -> VolumeCover | None:
    """The cover above a meeting extracted from a printed volume, if the text opens with one."""
    # "Document:-", or "... Annuaire de la Commission du droit international:- 1986": most texts have no such pair.
    at = text.find(":-", 0, _COVER_WITHIN)
    if at < 0 or (cover := _COVER.search(text, max(0, at - 600), at + 600)) is None:
        return None
    printed = cover.group("symbol") or cover.group("bare") or cover.group("after")
    printed = re.sub(r"\s+", "", printed) if printed else None
    named = _NUMBERED_MEETING.search(cover.group("title") or cover.group("bare_title") or cover.group("after_title"))
    symbol = _as_meant(printed, int(named.group("n")) if named else None)
    number = int(named.group("n")) if named else symbol_number(symbol) if symbol else None
    closing = _COVER_END.search(text, cover.end(), cover.end() + 1_200)
    line_end = text.find("\n", cover.end())  # without its copyright line, the cover ends with the "Extract" one
    end = closing.end() if closing else line_end if line_end >= 0 else len(text)
    return VolumeCover(
        symbol, number, end, _running_date(text, cover.start(), end, number), _running_session(text, end)
    )


def _running_session(text: str, cover_end: int) -> int | None:
    head = _SESSION_HEAD.search(text, cover_end, cover_end + _RUNNING_HEAD_WITHIN)
    if head is None:
        return None
    return _ordinal_value(head.group("en") or head.group("fr") or head.group("es"))


def _running_date(text: str, cover_start: int, cover_end: int, number: int | None) -> date | None:
    """The day the running head of the page below the cover gives meeting `number`, the year from the head or
    else the cover's volume."""
    head = _RUNNING_HEAD.search(text, cover_end, cover_end + _RUNNING_HEAD_WITHIN)
    if head is None or number is None or int(head.group("n")) != number:
        return None
    year = head.group("year")
    if year is None and (volume := _VOLUME_YEAR.search(text, cover_start, cover_end)) is not None:
        year = volume.group("year")
    if year is None:
        return None
    try:
        return date(int(year), month_number(head.group("month")), int(head.group("day")))
    except ValueError:
        return None


def _as_meant(printed: str | None, number: int | None) -> str | None:
    """The cover's symbol, "SR." restored where the cover lost it before the meeting its title names
    ("A/CN.4/2907" over "Summary record of the 2907th meeting"); None for one no mending makes a meeting's
    ("A/CONF./BUR/SR.1", which the masthead's reading mends)."""
    if printed is None or is_meeting_symbol(printed):
        return printed
    if number is not None and printed.endswith(f"/{number}"):
        restored = f"{printed[: -len(str(number))]}SR.{number}"
        return restored if is_meeting_symbol(restored) else None
    return None


@dataclass(frozen=True, slots=True)
class MeetingPages:
    text: str  # the cover, then the meeting's own pages
    reaches_the_meeting: bool  # False when every page the text prints is another meeting's
    notes: list[str]


def meeting_pages(text: str, cover: VolumeCover) -> MeetingPages:
    """The cover and the meeting's own pages; what the pages print of other meetings is left out, and said."""
    if cover.meeting_number is None:
        return MeetingPages(text, True, [])
    notes: list[str] = []
    start = _own_start(text, cover.end, cover.meeting_number, notes)
    if start is None:
        return MeetingPages(text[: cover.end], False, notes)
    pages = _heading_on_lines_of_its_own(text[start:]) if start != cover.end else text[start:]
    # The meeting after can only begin once this one has risen: a paragraph that names the next meeting's day
    # ("at its 1403rd meeting, Friday") is no heading.
    closing = _ROSE.search(pages)
    following = _heading_of(pages, cover.meeting_number + 1, closing.end()) if closing else None
    if following is not None:
        left = len(pages) - following
        notes.append(f"the start of the meeting after it, below its end, left out ({left:,} characters)")
        pages = pages[:following]
    return MeetingPages(
        text if start == cover.end and following is None else f"{text[: cover.end]}\n{pages}", True, notes
    )


def _own_start(text: str, cover_end: int, number: int, notes: list[str]) -> int | None:
    """Where meeting `number`'s own text starts after the cover; None when the pages print none of it."""
    heading = _heading_of(text, number, cover_end, lost_number=True)
    if heading is not None:
        if text[cover_end:heading].strip():  # the page's running head, and what the meeting before left on it
            notes.append(
                f"the end of the meeting before it, above its heading, left out ({heading - cover_end:,} characters)"
            )
        return heading
    # No heading: a page that opens past paragraph 1 opens in the meeting before, up to its closing line.
    first = _FIRST_NUMBER.search(text, cover_end)
    if first is None or int(first.group("n")) <= 1:
        return cover_end
    closing = _ROSE.search(text, first.end())
    if closing is None or len(text) - closing.end() < _OWN_TEXT_AT_LEAST:
        notes.append(
            f"the pages open at paragraph {first.group('n')} and reach no heading or paragraph of this meeting: the "
            "end of the meeting before it, left out"
        )
        return None
    notes.append(
        f"the end of the meeting before it, to its closing line, left out ({closing.end() - cover_end:,} characters)"
    )
    return closing.end()


def _heading_on_lines_of_its_own(pages: str) -> str:
    """The pages, their heading as the masthead reads it: the meeting ("1955e SEANCE", its figures and letter
    closed up where a copy set them on lines apart), its date, and the officer a copy ran on after the date."""
    heading = _HEADING.match(pages)
    if heading is None:  # the pages start after the meeting before's closing line
        return pages
    # "1955" / "e": the figures and their letter closed up; "1st plenary" keeps its space.
    meeting = " ".join(re.sub(r"(?<=\d)\s+(?=[^\W\d])", "", pages[: heading.start("word")], count=1).split())
    line_end = pages.find("\n", heading.start("day"))
    line_end = len(pages) if line_end < 0 else line_end
    dated = _OFFICER_ON_THE_DATE_LINE.sub("\n", pages[heading.start("day") : line_end], count=1)
    return f"{meeting} {heading.group('word')}\n{dated}{pages[line_end:]}"


def _heading_of(text: str, number: int, start: int, *, lost_number: bool = False) -> int | None:
    """Where the heading of meeting `number` starts in the text, from `start`; with `lost_number`, failing that, the
    first heading whose figures were lost."""
    lost = None
    # The meeting's word and the day after it first, a simple pattern to look for; the number before it then.
    for day in _MEETING_DAY.finditer(text, start):
        heading = next(
            (
                found
                for found in _HEADING.finditer(text, max(start, day.start() - 80), day.end())
                if found.end() == day.end()
            ),
            None,
        )
        if heading is None:
            continue
        if heading.group("lost"):
            lost = heading.start() if lost is None else lost
            continue
        printed = heading.group("n")
        value = int(printed) if printed else _ordinal_value(heading.group("words"))
        if value == number:
            return heading.start()
    return lost if lost_number else None


def _ordinal_value(words: str) -> int | None:
    """ "TWENTY-SIXTH", "SEPTIÈME", "SÉPTIMA": the number in English, French or Spanish words."""
    return ordinal_value(words) or french_ordinal_value(words) or spanish_ordinal_value(words)


def adopt_cover(masthead: Masthead, cover: VolumeCover) -> None:
    """The symbol and meeting the cover names: typed by the Office that published the pages, not scanned."""
    masthead.titled = True
    if cover.symbol is not None and masthead.symbol is None:  # a printed one may be a misprinted cover's, mended
        masthead.symbol, masthead.derived_symbol = cover.symbol, None
        adopt_symbol(masthead, cover.symbol)
    if cover.meeting_number is not None:
        masthead.meeting_number = cover.meeting_number
    if masthead.session_number is None and cover.running_session is not None:
        masthead.session_number = cover.running_session
    if masthead.meeting_date is None and cover.running_date is not None:
        masthead.meeting_date = cover.running_date  # pages that reach no heading of the meeting

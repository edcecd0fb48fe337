"""The masthead of a summary record: symbol, body, session, meeting, date, place, chair."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time
from functools import lru_cache
from typing import Any

from transforms.bodies import BODY_NAMES, Body, body_by_code, body_for_name, body_for_symbol
from transforms.countries import is_country
from transforms.speakers import TITLE_GENDER, normalise_name
from transforms.symbols import SYMBOL, is_meeting_symbol
from transforms.wording import CLOCK_TIME, DATE_TEXT, MONTHS, ORDINAL, clock_time, ordinal_value, parse_date

_SESSION = re.compile(
    rf"\b(?P<n>{ORDINAL})\s*(?:\(\w+\)\s+)?session\b"
    # The Economic and Social Council names its sessions by year: "Substantive session of 2008".
    r"|\b(?:substantive|organizational|regular|resumed)\s+session\s+of\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_MEETING = re.compile(
    rf"summary\s*record\s*(?P<partial>\(partial\))?\s*\**\s*of\s*the\s*"
    rf"(?:(?P<part>(?:first|second|third|public|closed)\s*part(?:\s*\((?:public|closed)\))?)\s*\**\s*of\s*the\s*)?"
    rf"(?P<n>{ORDINAL})\s*(?:\(Chamber\s+[A-Z]\)\s*)?meeting"
    # Older Council and Assembly mastheads: "18th meeting" (or "18th plenary meeting") alone, as the title.
    rf"|^(?P<bare>\d{{1,4}}(?:st|nd|rd|th))\s+(?:plenary\s+)?meeting\b"
    # The printed Official Records, whose two columns interleave: "FOURTH COMMITTEE, 1373rd GENERAL MEETING ASSEMBLY".
    r"|\b(?P<printed>\d{1,4}(?:st|nd|rd|th))\s+(?-i:(?:GENERAL\s+)?MEETING)\b",
    re.IGNORECASE,
)
_HELD = re.compile(
    rf"^(?:Held|Reconvened)\s+(?:at|via|by|in)\s+(?P<place>.+?)(?:,\s*|\s+)on\s+(?:[A-Za-z]+day,?\s*)?(?P<date>{DATE_TEXT})"
    rf"(?:,?\s+at\s+(?P<time>{CLOCK_TIME}))?",
    re.IGNORECASE,
)
# "Chairperson", "Temporary Chair", "Co-Chairperson", and "Chair person" as conversions print it.
_PRESIDING_LABEL = r"(?:Acting\s+|Temporary\s+)?(?:Co-)?(?:Chair\s?person|Chairman|Chairwoman|Chair|President)"
_PRESIDING = re.compile(
    # ";" where a scan misread the colon.
    # A colon a conversion lost: "Chairman Mr. CHARRY SAMPER (Colombia)".
    rf"^(?P<label>{_PRESIDING_LABEL}|(?:Acting\s+|Temporary\s+)?(?:Co-)?Chairpersons)"
    r"(?:\s*[:;]\s*|\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.\s))(?P<who>.+)$",
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
_WEEKDAY_DATE = re.compile(
    # A printed column's word may precede it ("ASSEMBLY Friday, 27 September 1963,"), its place follow it.
    rf"^(?:held on\s+|[A-Z]{{3,}}\s+)?[A-Z][a-z]+day,?\s+(?P<date>{DATE_TEXT})(?:,?\s+at\s+{CLOCK_TIME})?"
    r"(?:[.,]|\s+[A-Z][\w ,]*)?$",
    re.IGNORECASE,
)
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
    # Every presiding officer the masthead names before any "later:" ("Temporary Chair: ...", "Chair: ..."),
    # the first of them `chair`.
    presiding: list[Presiding] = field(default_factory=list)
    later_chairs: list[Presiding] = field(default_factory=list)
    original_language: str | None = None
    contents: list[str] = field(default_factory=list)
    # "In the absence of Ms. X, Mr. Y, Vice-Chairperson, took the Chair.", printed above the opening line.
    stand_in: str | None = None
    # Whether the title ("Summary record of the 1697th meeting") was read.
    titled: bool = False
    # The symbol the body's numbering gives when the rendition prints none (CRC/C/SR.1697).
    derived_symbol: str | None = None


_CONTENTS = re.compile(r"contents?", re.IGNORECASE)


def read_masthead(lines: list[str]) -> Masthead:
    """Everything the masthead lines say; fields it does not say stay None.

    Old mastheads break a field over two lines ("Held at the Palais Wilson, Geneva," / "on Tuesday,
    ...", "SUMMARY RECORD OF THE FIRST PART (PUBLIC)*" / "OF THE 854th MEETING", "Chairman:" /
    "Mr. BOSSUYT"), with blank lines between in renditions: a line that starts such a field and is
    none waits, and is read again with the next. Presiding officers run onto one line ("(Vice-
    Chairperson)later:Mr. X") are read apart.
    """
    masthead = Masthead()
    in_contents = False
    symbols = _SymbolsSeen()
    first_half: str | None = None
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if "*" in line:
            line = line.strip("*").strip()
            if not line:
                continue
        if not in_contents:  # an agenda item of the contents needs no mending: it is no field
            line = _mended(line)
        if ":" in line and (")" in line or "later" in line) and _FUSED_PRESIDING.search(line) is not None:
            *officers, line = [part.strip() for part in _FUSED_PRESIDING.split(line) if part.strip()]
            for officer in officers:
                _read_line(masthead, officer, in_contents=False)
        if "(E)" in line and (run_on := _AFTER_JOB_NUMBER.search(line)) is not None:
            line = line[run_on.end() :]  # "... session.GE.06-43336 (E) 270706 020806Held at the Palais Wilson,"
        if not line:  # a rule of table pipes ("|||"), mended to nothing
            continue
        if first_half is not None:
            whole, first_half = f"{first_half} {line}", None
            if _read_line(masthead, whole, in_contents=False):
                continue
        if "/" in line:
            _collect_symbol(line, symbols)
        if _CONTENTS.fullmatch(line):
            in_contents = True
            continue
        if _read_line(masthead, line, in_contents=in_contents):
            in_contents = False
            continue
        if not in_contents and line[0] in _FIRST_HALF_INITIALS and _starts_a_field(line):
            first_half = line
        elif line.endswith("took the Chair."):  # a stand-in named above the opening line
            masthead.stand_in = line
        elif in_contents and not _is_boilerplate(line):
            masthead.contents.append(line)
    if (masthead.body is None or masthead.body in _GENERIC_BODIES) and (body := _body_named_over_two_lines(lines)):
        masthead.body, masthead.body_name = body.code, body.name
    _settle_symbol(masthead, symbols)
    return masthead


def _settle_symbol(masthead: Masthead, symbols: _SymbolsSeen) -> None:
    """The record's symbol, and what it says that the masthead did not: body, part, meeting number."""
    masthead.symbol = _own_symbol(symbols, masthead)
    if masthead.symbol:
        body = body_for_symbol(masthead.symbol)
        # The issuer ("General Assembly") printed above a Main Committee's record names less than its symbol.
        if body and (masthead.body is None or (masthead.body in _GENERIC_BODIES and body.code not in _GENERIC_BODIES)):
            masthead.body, masthead.body_name = body.code, body.name
        addendum = re.search(r"/(Add\.\d+)$", masthead.symbol)
        if addendum and masthead.meeting_part is None:
            masthead.meeting_part = addendum.group(1)
        if masthead.meeting_number is None:
            masthead.meeting_number = _symbol_number(masthead.symbol)
    elif masthead.body and masthead.meeting_number:
        masthead.derived_symbol = _derived_symbol(masthead)
    if masthead.session_number is None and (masthead.body or "").startswith(("A/C.", "A/SPC")):
        masthead.session_number = _assembly_session(masthead)


_ASSEMBLY_SYMBOL_SESSION = re.compile(r"^A/(?:C\.\d|SPC)/(?P<session>\d{1,2})/")


def _assembly_session(masthead: Masthead) -> int | None:
    """The Assembly session a Main Committee met in: its symbol says it since 1976, its date always.

    The regular sessions open in September (the 64th ran from September 2009); Main Committees
    rarely meet in special sessions.
    """
    symbol = masthead.symbol or masthead.derived_symbol or ""
    if (printed := _ASSEMBLY_SYMBOL_SESSION.match(symbol)) is not None:
        return int(printed.group("session"))
    day = masthead.meeting_date
    return (day.year - 1945 if day.month >= 9 else day.year - 1946) if day else None


_FIRST_HALF_INITIALS = frozenset("HRSsPCcTAa")  # Held, Reconvened, Summary, Provisional, Chair..., Temporary, Acting


# A field run onto the job number that ends the correction notice printed above it.
_AFTER_JOB_NUMBER = re.compile(r"\(E\)[\d\s]*(?=Held at |UNITED NATIONS|United Nations)")


def _starts_a_field(line: str) -> bool:
    """A line that is no field but may be the first half of one printed over two lines."""
    return (
        line.startswith(("Held ", "Reconvened "))
        or (line[-1] in ":;" and _BARE_LABEL.match(line) is not None)
        or (line[0] in "SsP" and _TITLE_START.match(line) is not None)
    )


_FUSED_PRESIDING = re.compile(
    r"(?<=[)a-z.])(?=(?:Temporary\s+|Acting\s+)?(?:Chair(?:person|man|woman)?|President)\s?:|later\s?:)"
)
_TITLE_START = re.compile(r"^(?:provisional\s+)?summary\s*record\s+of\s+the\b", re.IGNORECASE)
_BARE_LABEL = re.compile(rf"^{_PRESIDING_LABEL}\s*[:;]$")


def _body_named_over_two_lines(lines: list[str]) -> Body | None:
    """ "Committee on the Protection of the Rights of All" / "Migrant Workers and ...": a long name broken in two."""
    previous = None
    for line in lines:
        if not line.strip():
            continue
        if previous is not None and _may_begin_a_name(previous) and (body := body_for_name(f"{previous} {line}")):
            return body
        previous = line
    return None


# The first word of every body's name: a line that starts otherwise begins no name broken over two lines.
_NAME_FIRST_WORDS = frozenset(name.split(" ", 1)[0] for name in BODY_NAMES)


def _may_begin_a_name(line: str) -> bool:
    return len(line) < 80 and line.lstrip().split(" ", 1)[0].casefold() in _NAME_FIRST_WORDS


# Words broken by old conversions: "Forty- seventh", "Ninety-nin th", "( p artial )".
_BROKEN_HYPHEN = re.compile(r"(?<=[A-Za-z])-\s+(?=[a-z])")
_SPLIT_SUFFIX = re.compile(r"\b(\d(?: \d)+|\w+) (st|nd|rd|th)(?![\w-])")
_SUFFIXES = frozenset(("st", "nd", "rd", "th"))
_SPLIT_ORDINAL = re.compile(r"\b\d+(?: \d+)* ?(?:s ?t|n ?d|r ?d|t ?h)\b(?=\s+(?:session|meeting|MEETING|\(|$))")
_SPLIT_WORD = re.compile(r"\b([A-Za-z]+) ([a-z]+)\b")
_SPACED_PARENTHESIS = re.compile(r"\(\s*([A-Za-z][A-Za-z ]*?)\s*\)")
_PARENTHESIZED_WORDS = frozenset(("partial", "public", "closed"))
_DOT_LEADER = re.compile(r"\s*(?:[.…]\s?){4,}\s*")  # "President: Mr. X ........ (Luxembourg)"


@lru_cache(maxsize=16384)  # masthead lines recur record after record
def _mended(line: str) -> str:
    if "|" in line:  # a table's cells flattened with their rules: "| Chairman: | Mr. X |"
        line = " ".join(line.replace("|", " ").split())
    if ".." in line or ". . ." in line or "……" in line:
        line = _DOT_LEADER.sub(" ", line)
    if "- " in line:
        line = _BROKEN_HYPHEN.sub("-", line)
    if (" th" in line or " st" in line or " nd" in line or " rd" in line) and not _SUFFIXES.isdisjoint(line.split()):
        line = _SPLIT_SUFFIX.sub(_joined_suffix, line)
    if (
        len(line) < 120
        and ("session" in line or "meeting" in line or "MEETING" in line)
        and _SPLIT_ORDINAL.search(line)
    ):
        line = _SPLIT_ORDINAL.sub(lambda match: match.group(0).replace(" ", ""), line)  # "120 t h", "192 4th"
    if len(line) < 60 and line[-7:].casefold() == "session" and line.count(" ") > 1:
        line = _SPLIT_WORD.sub(_joined_ordinal_word, line)  # "Sixt y-third session", "Seven teenth session"
    if "( " in line or " )" in line:
        line = _SPACED_PARENTHESIS.sub(_joined_parenthesis, line)
    return line


def _joined_ordinal_word(match: re.Match[str]) -> str:
    joined = match.group(1) + match.group(2)
    return joined if ordinal_value(joined) else match.group(0)


def _joined_suffix(match: re.Match[str]) -> str:
    joined = match.group(1).replace(" ", "") + match.group(2)
    return joined if joined[0].isdigit() or ordinal_value(joined) else match.group(0)


def _joined_parenthesis(match: re.Match[str]) -> str:
    word = match.group(1).replace(" ", "")
    return f"({word})" if word.casefold() in _PARENTHESIZED_WORDS else match.group(0)


_SYMBOL_AT_START = re.compile(SYMBOL)
_OTHER_PART = re.compile(rf"\bpart\b.*\b(?:appears|is\s+issued)\s+as\s+document\s+(?P<symbol>{SYMBOL})")
_RUN_ON_DATE = re.compile(rf"^\s*(?:{'|'.join(MONTHS)})\s+\d{{4}}\b", re.IGNORECASE)


def _collect_symbol(line: str, symbols: _SymbolsSeen) -> None:
    at_start = _SYMBOL_AT_START.match(line)
    if at_start and is_meeting_symbol(at_start.group(0)):
        symbols.printed.append((at_start.group(0), line[at_start.end() :]))
    elif len(line) < 40 and " " in line and is_meeting_symbol(compact := line.replace(" ", "")):
        symbols.printed.append((compact, ""))  # "C AT/C/SR.1823": a space slipped into the symbol
    elif (other_part := _OTHER_PART.search(line)) and is_meeting_symbol(other_part.group("symbol")):
        symbols.other_parts.append(other_part.group("symbol"))
    elif len(line) < 80 and (symbol := _meeting_symbol_in(line)):
        symbols.in_sentences.append(symbol)


@dataclass(slots=True)
class _SymbolsSeen:
    printed: list[tuple[str, str]] = field(default_factory=list)  # opening a line, with the rest of it
    in_sentences: list[str] = field(default_factory=list)  # inside a short line
    other_parts: list[str] = field(default_factory=list)  # "... appears as document X", of the other part


def _own_symbol(symbols: _SymbolsSeen, masthead: Masthead) -> str | None:
    """The record's own symbol: the first line that opens with one, else one in a short line.

    A footnote that names the other part of the meeting ("... appears as document X/Add.1") is a
    sentence, so a symbol on a line of its own wins; without one, that footnote says this part's
    symbol: X when the other part is the addendum, X/Add.1 when this is the second part. A symbol
    run into the issue date ("CCPR/C/SR.2136/Add.117 November 2003") gives its last digits back
    to the day.
    """
    if symbols.printed:
        symbol, rest = symbols.printed[0]
        return _without_run_on_day(symbol, masthead.meeting_number) if _RUN_ON_DATE.match(rest) else symbol
    if symbols.in_sentences:
        return symbols.in_sentences[0]
    for other in symbols.other_parts:
        if "/Add." in other:
            return other.rsplit("/Add.", 1)[0]
        if masthead.meeting_part and "second" in masthead.meeting_part:
            return f"{other}/Add.1"
    return None


def _without_run_on_day(symbol: str, meeting_number: int | None) -> str:
    digits = re.search(r"\d+$", symbol)
    if digits is None:
        return symbol
    options = [
        symbol[:-size]
        for size in (2, 1)
        if len(digits.group(0)) > size and 1 <= int(digits.group(0)[-size:]) <= 31 and is_meeting_symbol(symbol[:-size])
    ]
    if meeting_number is not None:
        agreeing = [option for option in options if _symbol_number(option) == meeting_number]
        options = agreeing or options
    return options[0] if options else symbol


def _symbol_number(symbol: str) -> int | None:
    number = re.search(r"/(?:SR|PV)\.(\d+)", symbol)
    return int(number.group(1)) if number else None


# Bodies whose documents other bodies cite too often to tell a record's body by them.
_GENERIC_BODIES = frozenset(("GA", "ECOSOC", "SC"))


def body_from_documents(masthead: Masthead, cited: list[str]) -> None:
    """A rendition that begins below the body's name: the body whose documents its agenda cites.

    "Twenty-ninth session / Summary record of the 628th meeting" says no body, but a meeting that
    considers CEDAW/C/2003/II/L.1 is the CEDAW's. The General Assembly's and the Council's
    documents are cited by every body, so they say nothing.
    """
    for symbol in cited:
        body = body_for_symbol(symbol)
        if body is not None and body.code not in _GENERIC_BODIES:
            _adopt_body(masthead, body)
            return


_SESSION_OF_BODY = re.compile(
    rf"\bsession\s+of\s+the\s+(?P<name>{'|'.join(re.escape(name) for name in BODY_NAMES)})\b", re.IGNORECASE
)


def body_from_opening(masthead: Masthead, paragraphs: list[str]) -> None:
    """A rendition without the body's name or documents, whose Chair "declared open the 88th session of the X"."""
    for text in paragraphs:
        if "session of the" in text and (named := _SESSION_OF_BODY.search(text)):
            if (body := body_for_name(named.group("name"))) is not None:
                _adopt_body(masthead, body)
            return


def _adopt_body(masthead: Masthead, body: Body) -> None:
    """The body found below the masthead, and the symbol it gives a record that prints none."""
    masthead.body, masthead.body_name = body.code, body.name
    if masthead.symbol is None and masthead.meeting_number:
        masthead.derived_symbol = _derived_symbol(masthead)


def _derived_symbol(masthead: Masthead) -> str | None:
    """The symbol a record whose rendition dropped it was issued under, from its body and numbers."""
    body = body_by_code(masthead.body or "")
    pattern = body.symbol_format(masthead.meeting_date.year if masthead.meeting_date else None) if body else None
    if pattern is None:
        return None
    session = masthead.session_number
    if session is None and body.code.startswith("A/C."):
        session = _assembly_session(masthead)
    if ("{session}" in pattern and session is None) or ("{year}" in pattern and masthead.meeting_date is None):
        return None
    return pattern.format(
        n=masthead.meeting_number,
        session=session,
        year=masthead.meeting_date.year if masthead.meeting_date else None,
    )


def _read_line(masthead: Masthead, line: str, *, in_contents: bool) -> bool:
    """Fill what this line says; True when it was a masthead field.

    While the title or the session is still to be read, a line above the contents with no field
    is read again with the words that old conversions broke apart joined.
    """
    if len(line) > 250:
        return False  # a footnote or notice, not a field
    fields = _fields_in(line)
    if not fields and not in_contents and (not masthead.titled or masthead.session_number is None):
        fields = _fields_in_broken(line)
    if not fields and masthead.chair is None and line.find(":", 0, 30) >= 0:
        fields = _broken_label(line)
    # Every field the line holds: the printed records put a date and a session on one line.
    filled = [_fill(masthead, kind, found) for kind, found in fields]
    return any(filled) or _is_boilerplate(line)


_INSIDE_WORD_SPACE = re.compile(r"(?<=[A-Za-z]) (?=[a-z])")


def _broken_label(line: str) -> tuple[tuple[str, Any], ...]:
    """ "Chairpers o n:Ms. Šimonović": the presiding label broken apart, the name as printed."""
    label, _, who = line.partition(":")
    presiding = _PRESIDING.match(f"{_INSIDE_WORD_SPACE.sub('', label)}:{who}")
    return (("presiding", presiding),) if presiding else ()


@lru_cache(maxsize=16384)
def _fields_in_broken(line: str) -> tuple[tuple[str, Any], ...]:
    """The title or session of a conversion that broke words apart ("Sixt y-third session", "m eeting").

    Tried only where no field was found and the line, its words joined, names a session or meeting.
    """
    if len(line) > 120 or " " not in line:
        return ()
    joined = _INSIDE_WORD_SPACE.sub("", line)
    lowered = joined.casefold()
    if "session" not in lowered and "meeting" not in lowered:
        return ()
    return tuple((kind, found) for kind, found in _fields_in(joined) if kind in ("meeting", "session"))


@lru_cache(maxsize=16384)  # headings, agenda items and notices recur record after record
def _fields_in(line: str) -> tuple[tuple[str, Any], ...]:
    """The fields the line could be, in the order they are tried, with what matched.

    The same whatever the masthead has read before the line, so it is remembered; whether a field
    is taken (an hour only when none was read, a later chair only after a chair) is `_fill`'s call.
    """
    lowered = line.casefold()  # the cheap tests on it spare most lines the regexes
    candidates = (
        ("meeting", "meeting" in lowered and _MEETING.search(line)),
        ("held", lowered.startswith(("held", "reconvened")) and _HELD.match(line)),
        # Older mastheads: "held on" / "Monday, 25 October 1999".
        ("weekday date", "day" in lowered and _WEEKDAY_DATE.match(line)),
        ("hour", lowered.startswith("at") and _AT_TIME.match(line)),
        ("place", line in _PLACES and line),
        ("session", "session" in lowered and len(line) < 60 and _SESSION.search(line)),
        ("presiding", (":" in line or ";" in line or ". " in line) and _PRESIDING.match(line)),
        ("later", "later" in lowered and _LATER.match(line)),
        ("original", "original" in lowered and _ORIGINAL.search(line)),
        ("body", body_for_name(line) or ("," in line and body_for_name(line.split(",", 1)[0]))),
    )
    return tuple((kind, found) for kind, found in candidates if found)


def _fill(masthead: Masthead, kind: str, found: Any) -> bool:
    """Fill the field the line was found to be; False when the masthead does not take it."""
    match kind:
        case "meeting":
            masthead.titled = True
            masthead.meeting_number = ordinal_value(found.group("n") or found.group("bare") or found.group("printed"))
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
            if masthead.session_number is not None:  # a Contents line may name another session
                return False
            masthead.session_number = (
                int(found.group("year")) if found.group("year") else ordinal_value(found.group("n"))
            )
        case "presiding":
            officer = presiding_officer(found.group("label"), found.group("who"))
            masthead.presiding.append(officer)
            masthead.chair = masthead.chair or officer
        case "later":
            if masthead.chair is None:
                return False
            masthead.later_chairs.append(presiding_officer("later", found.group("who")))
        case "original":
            masthead.original_language = found.group("language").capitalize()
        case "body":
            # The issuer ("Economic and Social Council") comes before the body itself; after that the
            # first body named is the record's, not one its contents or attendance list names.
            if masthead.body is not None and masthead.body not in _GENERIC_BODIES:
                return False
            masthead.body, masthead.body_name = found.code, found.name
    return True


_NEXT_FIELD = re.compile(r"\s+(?:Contents|CONTENTS|Agenda item \d.*)$")  # a field run onto the line


def presiding_officer(label: str, who: str) -> Presiding:
    """ "Mr. El Jamri" or "Ms. Dicko (Vice-Chairperson)" as the officer's name and office."""
    who = _NEXT_FIELD.sub("", who.strip()).rstrip(".")
    office = None
    if who.count("(") > who.count(")"):  # an office whose line broke: "Mr. BUFFUM (Under-Secretary-General"
        who, _, office = who.partition("(")
        who, office = who.strip(), office.strip()
    # "Mr. Hoscheit (Vice-President) (Luxembourg)", "Mrs. Muñoz (Bolivia (Plurinational State of))": every
    # parenthesis after the name, the first its office.
    while who.endswith(")") and (opening := _opening_parenthesis(who)) is not None:
        office = who[opening + 1 : -1].strip()
        who = who[:opening].strip()
    who = _OCR_TITLE_COMMA.sub(r"\1. ", who)  # "Mrs, Franklin D. Roosevelt": a scan's comma for the stop
    name = _TITLE_PREFIX.sub("", who).strip().rstrip(".,;")
    if office is None and name:
        name, office = _without_trailing_country(name)
    return Presiding(label=label.strip(), name=normalise_name(name) if name else None, office=office)


_OCR_TITLE_COMMA = re.compile(r"^(Mr|Mrs|Ms|Miss|Dr|Sir),\s")


def _without_trailing_country(name: str) -> tuple[str, str | None]:
    """ "Franklin D. Roosevelt United States of America": a State printed after the name without brackets."""
    words = name.split()
    for cut in range(max(1, len(words) - 6), len(words)):
        if is_country(" ".join(words[cut:])):
            return " ".join(words[:cut]), " ".join(words[cut:])
    return name, None


def _opening_parenthesis(text: str) -> int | None:
    """Where the parenthesis that closes `text` opens, nested ones included; None when unbalanced."""
    depth = 0
    for index in range(len(text) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(text[index], 0)
        if depth == 0:
            return index
    return None


def _meeting_symbol_in(line: str) -> str | None:
    for match in _SYMBOL_ANYWHERE.finditer(line):
        if is_meeting_symbol(match.group(0)):
            return match.group(0)
    return None


@lru_cache(maxsize=16384)
def _is_boilerplate(line: str) -> bool:
    return bool(_BOILERPLATE.match(line))

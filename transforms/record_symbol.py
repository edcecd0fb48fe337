"""A record's own symbol: the one its masthead prints, else the one its body's numbering gives it.

Symbols are collected line by line as the masthead is read (`collect_symbol`) and settled once every
line is read (`settle_symbol`): which one is the record's hangs on fields read later, its meeting's
number and part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from transforms.bodies import body_by_code, body_for_symbol
from transforms.dates import MONTH_NAME
from transforms.masthead_fields import Masthead
from transforms.romance.dates import MONTH as ROMANCE_MONTH
from transforms.symbols import SYMBOL, is_meeting_symbol

# Bodies whose documents other bodies cite too often to tell a record's body by them.
GENERIC_BODIES = frozenset(("GA", "ECOSOC", "SC"))


_SYMBOL_AT_START = re.compile(SYMBOL)
# A library's catalogue entry above the extracted text ("UN Document Symbol E/CN.6/SR.672") was typed from
# the document by a cataloguer, where the printed line below it may be a garbled scan ("E/CN6/SR.672").
# Refworld's entry says so too: "Citation / Document Symbol E/AC.32/SR.39".
_CATALOGUE_SYMBOL = re.compile(rf"^(?:UN|Citation /) Document Symbol\s*\|?\s*(?P<symbol>{SYMBOL})\s*\|?$")
_SPACE_AFTER_STOP = re.compile(r"(?<=[A-Za-z])\. (?=\d)")
# "C AT/C/SR.1823 Convention against Torture ...": the symbol's first letter set apart, the line run on.
_FIRST_LETTER_APART = re.compile(r"^[A-Z] (?=[A-Z]{1,5}/)")
_OTHER_PART = re.compile(rf"\bpart\b.*\b(?:appears|is\s+issued)\s+as\s+document\s+(?P<symbol>{SYMBOL})")
# "13 mai 2005", "11 de enero de 2010": a French or Spanish date runs on the same way.
# What follows a symbol run into the issue date: "17 November 2003", "9 de mayo", "1º de septiembre", "1er mai".
_RUN_ON_DATE = re.compile(
    rf"^(?:\.?[º°]|er)?\s*(?:{MONTH_NAME}|(?:de\s+)?{ROMANCE_MONTH}(?:\s+de)?)\s+\d{{4}}\b", re.IGNORECASE
)


def collect_symbol(line: str, symbols: SymbolsSeen) -> None:
    """Note the meeting symbol a masthead line holds, by where it stands in the line."""
    at_start = _SYMBOL_AT_START.match(line)
    if (catalogue := _CATALOGUE_SYMBOL.match(line)) and is_meeting_symbol(catalogue.group("symbol")):
        symbols.catalogue.append(catalogue.group("symbol"))
    elif at_start and is_meeting_symbol(at_start.group(0)):
        symbols.printed.append((at_start.group(0), line[at_start.end() :]))
    elif (
        len(line) < 40
        and " " in line
        and not any(word.isalpha() and word.islower() for word in line.split())  # "X/1 and Y/SR.9" is two
        and is_meeting_symbol(compact := line.replace(" ", ""))
    ):
        symbols.printed.append((compact, ""))  # "C AT/C/SR.1823": a space slipped into the symbol
    elif (
        (letter_apart := _FIRST_LETTER_APART.match(line))
        and (joined := _SYMBOL_AT_START.match(closed := line[0] + line[letter_apart.end() :]))
        and is_meeting_symbol(joined.group(0))
    ):
        symbols.printed.append((joined.group(0), closed[joined.end() :]))
    elif (
        len(line) < 60
        and ". " in line
        and (spaced := _SYMBOL_AT_START.match(closed := _SPACE_AFTER_STOP.sub(".", line)))
        and is_meeting_symbol(spaced.group(0))
    ):  # a scan's space after each stop, and more after it: "A/CONF. 62/SR. 56 GE.75-65443"
        symbols.printed.append((spaced.group(0), closed[spaced.end() :]))
    elif (other_part := _OTHER_PART.search(line)) and is_meeting_symbol(other_part.group("symbol")):
        symbols.other_parts.append(other_part.group("symbol"))
    elif len(line) < 80 and (found := _meeting_symbol_in(line)):
        symbols.in_sentences.append(found)
    else:
        symbols.misread.extend(found.group(0) for found in _MISREAD_SYMBOL.finditer(line))


@dataclass(slots=True)
class SymbolsSeen:
    catalogue: list[str] = field(default_factory=list)  # a library's catalogue entry, above the text
    printed: list[tuple[str, str]] = field(default_factory=list)  # opening a line, with the rest of it
    in_sentences: list[tuple[str, str]] = field(default_factory=list)  # inside a short line, with the rest of it
    other_parts: list[str] = field(default_factory=list)  # "... appears as document X", of the other part
    misread: list[str] = field(default_factory=list)  # a scan's misreading of one: "A/C0NF.62/BUR/sR.8"
    run_into_date: bool = False  # the record's symbol was run into the date, whose day took its last figures


def _own_symbol(symbols: SymbolsSeen, masthead: Masthead) -> str | None:
    """The record's own symbol: the catalogue's, else the first line that opens with one, else one in a short line.

    A footnote that names the other part of the meeting ("... appears as document X/Add.1") is a
    sentence, so a symbol on a line of its own wins; without one, that footnote says this part's
    symbol: X when the other part is the addendum, X/Add.1 when this is the second part. A symbol
    run into the issue date ("CCPR/C/SR.2136/Add.117 November 2003") gives its last digits back
    to the day.
    """
    if symbols.catalogue:
        return symbols.catalogue[0]
    # "Distr.GÉNÉRALE CAT/C/SR.55816 mai 2003": a symbol inside a line may be run into the date too.
    if seen := symbols.printed or symbols.in_sentences:
        symbol, rest = seen[0]
        if _RUN_ON_DATE.match(rest):
            symbols.run_into_date = True
            return _without_run_on_day(symbol, masthead.meeting_number)
        return symbol
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
        # A day of 1 to 31, printed without a leading zero: "609 de mayo" is SR.60 of 9 May, not SR.6.
        if len(digits.group(0)) > size
        and 1 <= int(day := digits.group(0)[-size:]) <= 31
        and day[0] != "0"
        and is_meeting_symbol(symbol[:-size])
    ]
    if meeting_number is not None:
        agreeing = [option for option in options if symbol_number(option) == meeting_number]
        if not agreeing and 1 <= int(digits.group(0)) <= 31 and symbol.endswith(f"SR.{digits.group(0)}"):
            # "E/CN.4/1992/SR. 23 March 1992" over "SUMMARY RECORD OF THE 6TH MEETING": the scan lost the symbol's
            # figures, and what follows its stop is the issue date's day; the title's number is the record's.
            return f"{symbol[: -len(digits.group(0))]}{meeting_number}"
        options = agreeing or options
    return options[0] if options else symbol


def symbol_number(symbol: str) -> int | None:
    """The meeting number a record's symbol ends with: 1580 for "A/CN.4/SR.1580"."""
    number = re.search(r"/(?:SR|PV)\.(\d+)", symbol)
    return int(number.group(1)) if number else None


def settle_symbol(masthead: Masthead, symbols: SymbolsSeen) -> None:
    """The record's symbol, and what it says that the masthead did not: body, part, meeting number."""
    masthead.symbol = _symbol_as_meant(_own_symbol(symbols, masthead), masthead, symbols)
    if masthead.symbol and not symbols.run_into_date and (numbered := symbol_number(masthead.symbol)) is not None:
        # A title that numbers the meeting within its session ("RECORD OF THE THIRD MEETING" of the Commission's
        # second session, E/CN.6/SR.22): the symbol's number is the one the body's records are known by. (Not a
        # symbol whose last figures were told from a date's day by the title's number.)
        masthead.meeting_number = numbered
    if masthead.symbol:
        adopt_symbol(masthead, masthead.symbol)
    elif masthead.body and masthead.meeting_number:
        masthead.derived_symbol = derived_symbol(masthead)
    settle_assembly_session(masthead)


def _symbol_as_meant(symbol: str | None, masthead: Masthead, symbols: SymbolsSeen) -> str | None:
    """The symbol a scan printed as the record meant it: read from a misreading when none is a known body's
    ("E/CL4/SR.1632"), its conference's number put back ("A/CONF./BUR/SR.1"), a figure the title's words
    correct ("SR.16" of the "FORTY-SIXTH MEETING")."""
    if symbol is None or not _of_a_body(symbol):  # none, or a misreading shaped like a symbol
        symbol = _misread_symbol([*([symbol] if symbol else []), *symbols.misread], masthead.meeting_number) or symbol
    if symbol is None:
        return None
    conference = masthead.body or ""
    if symbol.startswith("A/CONF./") and conference.startswith("A/CONF."):  # the page lost the number, not its name
        symbol = symbol.replace("A/CONF.", "/".join(conference.split("/")[:2]), 1)
    return _with_the_titles_number(symbol, masthead.meeting_number) if masthead.number_in_words else symbol


def settle_assembly_session(masthead: Masthead) -> None:
    """A Main Committee's record that does not print its session: the Assembly's, from its symbol or date. Its
    printed symbol's session wins over another the text gives: a library's title ("General Assembly, 49th session"
    over A/C.3/48/SR.16), a scan's misread line."""
    if not (masthead.body or "").startswith(("A/C.", "A/SPC")):
        return
    if masthead.session_number is None:
        masthead.session_number = _assembly_session(masthead)
    elif masthead.symbol and (printed := _ASSEMBLY_SYMBOL_SESSION.match(masthead.symbol)) is not None:
        masthead.session_number = int(printed.group("session"))


def symbol_below_the_masthead(masthead: Masthead, text: str, within: int, running_head: str | None) -> None:
    """A scan whose masthead lost its symbol may print it below, as the head of its next page ("A/COIF.62/C.3/SR.15
    English Page 2", or the running head the text extractor took out) or under a notice: the first meeting symbol
    in the running head or the text's first `within` characters, read or misread, of the meeting the title names
    and of the body the masthead names, if it names one."""
    if masthead.symbol is not None or masthead.meeting_number is None:
        return
    if (
        running_head is not None
        and is_meeting_symbol(running_head)
        and symbol_number(running_head) == masthead.meeting_number
        and _adopted_below(masthead, running_head)
    ):
        return  # the page's own head, which the extractor took out: the record's symbol, whichever body's it is
    below = [running_head or "", text]  # the text searched in place, up to `within`: most records never get here
    printed = (
        found.group(0)
        for part in below
        for found in _SYMBOL_ANYWHERE.finditer(part, 0, within)
        if is_meeting_symbol(found.group(0))
    )
    symbol = next((s for s in printed if _of_a_body(s) and symbol_number(s) == masthead.meeting_number), None)
    if symbol is None:
        misread = [found.group(0) for part in below for found in _MISREAD_SYMBOL.finditer(part, 0, within)]
        symbol = _misread_symbol(misread, masthead.meeting_number)
    if symbol is not None:
        _adopted_below(masthead, symbol)


def _adopted_below(masthead: Masthead, symbol: str) -> bool:
    """Whether the symbol printed below the masthead was taken as the record's: not when it is of another body."""
    body = body_for_symbol(symbol)
    if body is None:
        return False
    # A document of another body the text cites is not the record's (a conference's "FIRST COMMITTEE" was read
    # as the Assembly's).
    if (
        masthead.body not in (None, *GENERIC_BODIES)
        and body.code != masthead.body
        and not body.code.startswith("A/CONF.")
    ):
        return False
    masthead.symbol, masthead.derived_symbol = symbol, None
    adopt_symbol(masthead, symbol)
    settle_assembly_session(masthead)  # "A/C.3/45/SR.61 English Page 2": the Assembly's session the symbol says
    return True


def adopt_symbol(masthead: Masthead, symbol: str) -> None:
    """What the record's symbol says that the masthead did not: body, part, meeting number."""
    body = body_for_symbol(symbol)
    # The issuer ("General Assembly") printed above a Main Committee's record names less than its symbol.
    # So does a conference's committee: its "FIRST COMMITTEE" is not the Assembly's.
    if body and (
        masthead.body is None
        or (masthead.body in GENERIC_BODIES and body.code not in GENERIC_BODIES)
        or body.code.startswith("A/CONF.")
        or masthead.body.startswith("A/CONF.")  # named in the masthead, where the symbol says which organ
    ):
        masthead.body, masthead.body_name = body.code, body.name
    addendum = re.search(r"/(Add\.\d+)$", symbol)
    if addendum and masthead.meeting_part is None:
        masthead.meeting_part = addendum.group(1)
    if masthead.meeting_number is None:
        masthead.meeting_number = symbol_number(symbol)


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


def derived_symbol(masthead: Masthead) -> str | None:
    """The symbol a record whose rendition dropped it was issued under, from its body and numbers."""
    if (masthead.body or "").startswith("A/CONF."):  # a conference and each of its organs number their own
        return f"{masthead.body}/SR.{masthead.meeting_number}"
    body = body_by_code(masthead.body or "")
    if body is None:
        return None
    year = masthead.meeting_date.year if masthead.meeting_date else None
    if year is None and body.code.startswith(("A/C.", "A/SPC")) and masthead.session_number:
        year = 1945 + masthead.session_number  # a scan lost the date: the session's, opened in September
    pattern = body.symbol_format(year)
    if pattern is None:
        return None
    session = masthead.session_number
    if session is None and body.code.startswith(("A/C.", "A/SPC")):
        session = _assembly_session(masthead)
    if ("{session}" in pattern and session is None) or ("{year}" in pattern and masthead.meeting_date is None):
        return None
    return pattern.format(
        n=masthead.meeting_number,
        session=session,
        year=masthead.meeting_date.year if masthead.meeting_date else None,
    )


# A scan's reading of an old record's symbol, its letters and stops misread: "A/C0NF.62/BUR/sR.8",
# "A/CONE. 62/SR. 52/Rev, 1.", "A/CO1qF.62/C.2/SR.47", "A/CONF.62/C 3/SR.15".
_MISREAD_SYMBOL = re.compile(
    r"(?<![\w/])[AET]/[A-Za-z0-9]{1,6}(?:\s?[.,]\s?\d{1,3}|\s\d{1,3})?(?:/[A-Za-z0-9]{1,4}(?:\s?[.,]\s?\d{1,3}|\s\d{1,3})?)*"
    r"/\s?[sS][RrK]\s?[.,•]?\s?[\dIlO]{1,4}(?:/(?:Rev|Add|Corr)[.,]\s?\d)?"
)
# The parts of the symbols we read, between their strokes, that a scan misreads.
_SYMBOL_WORDS = ("CONF", "BUR", "AC", "CN", "C", "SPC", "Sub", "SR", "PV", "Rev", "Add", "Corr")
_SYMBOL_WORD_KEYS = {word.upper(): word for word in _SYMBOL_WORDS}
_PART = re.compile(r"(?P<word>[A-Za-z0-9]*?[A-Za-z][A-Za-z0-9]*?)(?:[.,•]?(?P<number>[\dIlO]+))?")
_AS_LETTERS = str.maketrans("01", "OI")
_AS_FIGURES = str.maketrans("IlO", "110")
_LIKE_ENOUGH = 0.6  # "CO1qF" is 0.67 like "CONF"


def _misread_symbol(candidates: list[str], meeting_number: int | None) -> str | None:
    """The first misread symbol with one reading alone that is a meeting symbol of a known body, and of the meeting
    the title names: without the title's number to agree with, a misreading is not trusted."""
    if meeting_number is None:
        return None
    for candidate in candidates:
        readings = {
            symbol for symbol in _readings(candidate) if symbol_number(symbol) == meeting_number and _of_a_body(symbol)
        }
        if len(readings) == 1:
            return readings.pop()
    return None


def _of_a_body(symbol: str) -> bool:
    """Whether the symbol is of a body we know by more than its series ("A/" alone is any Assembly document)."""
    body = body_for_symbol(symbol)
    return body is not None and body.code not in GENERIC_BODIES


def _readings(candidate: str) -> list[str]:
    """The meeting symbols a scan's misread symbol may be ("E/aN. 4/SR. 1604": E/CN.4/SR.1604 or E/AC.4/SR.1604)."""
    series, *parts = "".join(candidate.split()).split("/")
    readings = [series]
    for part in parts:
        found = _PART.fullmatch(part)
        if found is None:
            return []
        number = found.group("number")
        stop = f".{number.translate(_AS_FIGURES)}" if number else ""
        readings = [f"{read}/{word}{stop}" for read in readings for word in _symbol_words(found.group("word"))]
    return [symbol for symbol in readings if is_meeting_symbol(symbol)]


def _symbol_words(misread: str) -> list[str]:
    """The symbol words a scan may have misread so ("C0NF", "CO1qF", "COIF", "CONE" are "CONF"; "CL" is "CN"): the
    likest, or for two letters each with the other letter right."""
    key = misread.upper().translate(_AS_LETTERS)
    if key in _SYMBOL_WORD_KEYS:
        return [_SYMBOL_WORD_KEYS[key]]
    if len(key) == 2:
        return [word for upper, word in _SYMBOL_WORD_KEYS.items() if len(upper) == 2 and _one_letter_off(key, upper)]
    likeness = sorted(((SequenceMatcher(None, key, word).ratio(), word) for word in _SYMBOL_WORD_KEYS), reverse=True)
    (best, word), (second, _) = likeness[:2]
    return [_SYMBOL_WORD_KEYS[word]] if best >= _LIKE_ENOUGH and best > second else []


def _one_letter_off(misread: str, meant: str) -> bool:
    """Whether two strings of one length differ in one character alone."""
    return sum(a != b for a, b in zip(misread, meant, strict=True)) == 1


def _with_the_titles_number(symbol: str, meeting_number: int | None) -> str:
    """A printed symbol whose number a scan misread by one figure ("SR.16" on the record of the "FORTY-SIXTH
    MEETING") takes the number the title gives in words."""
    printed = re.search(r"(?<=/SR\.)\d+", symbol)
    if printed is None or meeting_number is None:
        return symbol
    title = str(meeting_number)
    figures = printed.group(0)
    if len(figures) != len(title) or not _one_letter_off(figures, title):
        return symbol
    return f"{symbol[: printed.start()]}{title}{symbol[printed.end() :]}"


_SYMBOL_ANYWHERE = re.compile(SYMBOL)


def _meeting_symbol_in(line: str) -> tuple[str, str] | None:
    """The first meeting symbol inside the line, with the rest of the line after it."""
    for match in _SYMBOL_ANYWHERE.finditer(line):
        if is_meeting_symbol(match.group(0)):
            return match.group(0), line[match.end() :]
    return None

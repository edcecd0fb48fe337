"""The masthead of a summary record read line by line: body, session, meeting, date, place, chair, symbol.

What the fields hold is `transforms.masthead_fields`; the lines are mended first (`transforms.masthead_mending`),
presiding officers read by `transforms.presiding` and the record's symbol settled by `transforms.record_symbol`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from itertools import takewhile

from transforms.bodies import (
    BODY_NAMES,
    PARENT_BODY,
    Body,
    body_by_code,
    body_for_name,
    body_for_symbol,
    body_in_site_title,
    body_named_by,
    conference_body,
    conference_organ,
    subsidiary_named,
)
from transforms.chair_changes import is_chair_change_line
from transforms.dates import CLOCK_TIME, DATE_TEXT, MONTH_NAME, WEEKDAY, clock_time, month_number, parse_date
from transforms.masthead_fields import Masthead
from transforms.masthead_mending import mended_line, misread_title_number
from transforms.masthead_session import session_in, session_number
from transforms.numbers import ORDINAL, ORDINAL_WORD, ordinal_value
from transforms.parties_session import PARTIES_ENDINGS, parties_session_number
from transforms.presiding import (
    BARE_LABEL,
    FUSED_PRESIDING,
    LABEL_ENDING_A_LINE,
    LATER,
    OFFICE_AFTER_NAME,
    OFFICE_THEN_LATER,
    PRESIDING,
    chair_below_a_column_of_labels,
    chair_by_the_office_after_the_name,
    chair_listed_first,
    presiding_officer,
)
from transforms.printed_head import printed_head_fields, printed_head_rejoined
from transforms.record_symbol import (
    GENERIC_BODIES,
    SymbolsSeen,
    collect_symbol,
    derived_symbol,
    settle_assembly_session,
    settle_symbol,
)
from transforms.romance.masthead import RomanceFields, fill_from_romance, language_name, romance_fields

_MEETING = re.compile(
    # "OF TH E": a broken word; "Summary Records of the 1st Plenary Meeting", a printed volume's extract.
    # "of tbe", "of thc": a scan's lookalikes in the one word too short to be spelt by the masthead's vocabulary.
    rf"summary\s*records?\s*(?P<partial>\(partial\))?\s*\**\s*of\s*t[hb]\s?[ec]\s*"
    rf"(?:(?P<part>(?:first|second|third|fourth|fifth|sixth|seventh|eighth|public|closed)\s*part(?:\s*\((?:public|closed)\))?)\s*\**\s*of\s*the\s*)?"
    # A conference's "PLENARY MEETING"; a printed volume's extract, "of the 6th to 10th Meetings", its first.
    rf"(?P<n>{ORDINAL})(?:\s+to\s+{ORDINAL})?\s*(?:\(Chamber\s+[A-Z]\)\s*)?(?:plenary\s+)?meeting"
    # Older Council and Assembly mastheads: "18th meeting" (or "18th plenary meeting") alone, as the title.
    rf"|^(?P<bare>\d{{1,4}}(?:st|nd|rd|th))\s+(?:plenary\s+)?meeting\b"
    # The printed volumes (the Commission's Yearbook, a conference's Official Records) head each record with
    # its meeting alone, in words too, the date after it: "FORTY-FIRST MEETING", "Thursday, 10 April 1958".
    # In capitals: the States parties' "Ninth Meeting" is their session.
    rf"|^(?-i:(?=[A-Z][A-Z -]+\s+MEETING))(?P<words>{ORDINAL_WORD})\s+meeting"
    rf"(?=\s*$|\s+{WEEKDAY}\b)"
    # The printed Official Records, whose two columns interleave: "FOURTH COMMITTEE, 1373rd GENERAL MEETING ASSEMBLY",
    # "THIRD COMMITTEE, 1622nd GENERAL ASSEMBLY MEETING".
    r"|\b(?P<printed>\d{1,4}(?:st|nd|rd|th))\s+(?-i:(?:GENERAL\s+(?:ASSEMBLY\s+)?)?MEETING)\b"
    # A meeting outside the body's numbered series, such as the Palestine Conciliation Commission's with the
    # parties: "SUMMARY RECORD OF A MEETING BETWEEN THE CONCILIATION COMMISSION AND THE ARAB DELEGATIONS".
    r"|^(?P<unnumbered>summary\s+record\s+of\s+a\s+meeting)\b"
    # Its number in the committee's own series, in brackets below: "(NINETEENTH MEETING OF THE COMMITTEE)".
    rf"|^\((?P<series>{ORDINAL_WORD}|\d{{1,4}}(?:st|nd|rd|th))\s+meeting\s+of\s+the\s+(?:committee|commission)\)$"
    # A printed volume's running head: "Sixth meeting — 10 March 1958".
    rf"|^(?P<head>{ORDINAL_WORD})\s+meeting\s+[—–]\s+(?=\d)"
    # A page whose number was in a link it lost: "SUMMARY RECORD OF THE TH MEETING".
    r"|^(?P<lost>summary\s+record\s+of\s+the\s+(?:st|nd|rd|th)\s+meetings?)\b"
    # A scan's misread title in capitals: "PROVISIONAL SUMNI-ARY RECORD OF THE FORTY-SEVENTH MEETING", its
    # "RECORD OF THE" and its meeting in words still plain.
    rf"|(?-i:(?<![A-Za-z])(?<!VERBATIM\s)RECORD\s+OF\s+THE\s+(?=[A-Z][A-Z -]+\s+(?:PLENARY\s+)?MEETING\b))"
    rf"(?P<misread>{ORDINAL_WORD})\s+(?:plenary\s+)?meeting\b",
    re.IGNORECASE,
)
_HELD = re.compile(
    # "on" may be left out before a weekday: "Held at Lake Success, New York, Friday, 21 May 1948", and before the
    # date after a comma: "Held at Headquarters, New York, 20 August 1954"; "at" before the place, in the first
    # years' records: "held Lausanne on 2 May 1949".
    rf"^(?:Held|Reconvened)\s+(?:(?:at|via|by|in)\s+|(?-i:(?=[A-Z][a-z])))(?P<place>.+?)"
    rf"(?:,\s*|\s+)(?:on\s+(?:[A-Za-z]+day,?\s*)?|{WEEKDAY},?\s*|(?<=,\s)|(?<=,))"
    rf"(?P<date>{DATE_TEXT})"
    rf"(?:,?\s+at\s+(?P<time>{CLOCK_TIME}))?",
    re.IGNORECASE,
)
# A web rendition that dropped the year: "Held at the Palais Wilson, Geneva, on Wednesday, 23 October, at 3 p.m.".
_HELD_WITHOUT_YEAR = re.compile(
    rf"^(?:Held|Reconvened)\s+(?:at|in)\s+(?P<place>.+?),?\s+on\s+[A-Za-z]+day,?\s+(?P<day>\d{{1,2}})\s+"
    rf"(?P<month>{MONTH_NAME})(?:,?\s+at\s+(?P<time>{CLOCK_TIME}))?\.?$",
    re.IGNORECASE,
)
_BOILERPLATE = re.compile(
    r"^(?:United Nations|Nations Unies|Distr\.?\s*:?.*|GENERAL|General|Limited|Restricted|"
    r"Official Records|Economic and Social Council|General Assembly|Security Council|"
    r"International Covenant on .*|International Convention on .*|Convention on .*|"
    r"Convention against .*|Human Rights Council|\d{1,2} [A-Z][a-z]+ \d{4}|"
    r"[A-Z]{2,}/[A-Z0-9/.]+.*|Original\s*:.*|English|ENGLISH|Page \d+)$",
)
# A place of a few capitalised words: "Lake Success, New York", "Palais des Nations, Geneva".
_PLACE_BEFORE = r"(?-i:[A-Z][\w.'-]*(?:,?\s+(?:[A-Z][\w.'-]*|des|de|du)){1,5},?)"
_MEETING_BEFORE = r"(?:\d{1,4}(?:st|nd|rd|th)|[A-Z][A-Z -]+[A-Z])\s+MEETING"
_OTHER_COLUMN = r"(?-i:[A-Z][A-Z\-]{2,}\s+)"  # a word in capitals of the masthead's other column, read across
_WEEKDAY_DATE = re.compile(
    # A printed column's word may precede it ("ASSEMBLY Friday, 27 September 1963,"), or the place
    # ("Lake Success, New York Thursday, 13 May 1948, at 11:00 a.m."), and the place may follow it.
    # "held on" may go without the weekday ("held on 28 October 1985 at 3 p.m. New York"); a scan may read the
    # weekday's comma as a stop ("Friday. 7 November 1980") and garble the hour ("at 10,30", "at 10.4$ a.m.", "at 3"
    # with its "p.m." printed elsewhere).
    # A printed volume's heading may hold the meeting before it: "111th MEETING Tuesday, 26 June 1951, at 9.45 a.m.".
    # The other column's words may be two or three, in capitals: "FORTY-FIRST SESSION Tuesday, 11 November 1986".
    rf"^(?:held on\s+{_OTHER_COLUMN}{{0,3}}(?:[A-Z][a-z]+day[,.]?\s+)?"
    rf"|(?:[A-Z]{{3,}}\s+|{_OTHER_COLUMN}{{2,3}}|{_PLACE_BEFORE}\s+|{_MEETING_BEFORE}\s+)?"
    r"[A-Z][a-z]+day[,.]?\s+)"
    # "at a.m.": the hour's figures lost with a link.
    rf"(?P<date>{DATE_TEXT})\.?(?:,?\s+at\s+(?:{CLOCK_TIME}|[\d.,:$O]{{1,6}}(?:\s*[ap]\.\s?m\.)?|[ap]\.\s?m\.))?"
    r"(?:[.,]|\s+[A-Z][\w ,]*)?$",
    re.IGNORECASE,
)
_ISSUE_DATE = re.compile(rf"\d{{1,2}}\s+{MONTH_NAME}\s+\d{{4}}")
_AT_TIME = re.compile(rf"^at\s+(?P<time>{CLOCK_TIME})$", re.IGNORECASE)
_PLACES = frozenset({"New York", "Geneva", "Vienna", "Nairobi", "Headquarters, New York", "Palais des Nations, Geneva"})
_ORIGINAL = re.compile(r"Original\s*:\s*(?P<language>[^\W\d_]+)", re.IGNORECASE)


_CONTENTS = re.compile(r"contents?|sommaire|sumario|[íi]ndice", re.IGNORECASE)

# What a line was found to hold: the match of the field's pattern; for a "place" the place itself,
# for a "body" the body it names.
_Found = re.Match[str] | str | Body | RomanceFields


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
    symbols = SymbolsSeen()
    first_half: str | None = None
    parties_session: int | None = None  # "Ninth Meeting", "13ª reunión": how the States parties number sessions
    lines = printed_head_rejoined(lines)
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if "*" in line:
            line = line.strip("*").strip()
            if not line:
                continue
        if not in_contents:  # an agenda item of the contents needs no mending: it is no field
            line = mended_line(line)
        if ":" in line or ";" in line:  # a label: officers may run on
            line = _officers_run_on_read(masthead, line)
        if "(E)" in line and (run_on := _AFTER_JOB_NUMBER.search(line)) is not None:
            line = line[run_on.end() :]  # "... session.GE.06-43336 (E) 270706 020806Held at the Palais Wilson,"
        if not line:  # a rule of table pipes ("|||"), mended to nothing
            continue
        if first_half is not None:
            taken, first_half = _read_with_the_line_above(masthead, first_half, line)
            if taken:
                continue
        _note_symbol_and_issue_date(masthead, symbols, line, in_contents=in_contents)
        if _CONTENTS.fullmatch(line):
            in_contents = True
            continue
        if _read_line(masthead, line, in_contents=in_contents):
            in_contents, first_half = False, _held_cut_from(line) or _label_cut_from(line)
            continue
        # In the contents, only the chair's label starts a field: a printed volume sets the chair below them.
        if line[0] in _FIRST_HALF_INITIALS and (_presiding_label_alone(line) if in_contents else _starts_a_field(line)):
            first_half = line
        elif not in_contents and (label_cut := _label_cut_from(line)) is not None:
            first_half = label_cut
        elif line.endswith(("took the Chair.", "presided.")) or is_chair_change_line(line):  # a stand-in named above
            masthead.stand_in = line
        elif parties_session is None and line.endswith(PARTIES_ENDINGS):
            parties_session = parties_session_number(line)
        elif in_contents and not _is_boilerplate(line):
            masthead.contents.append(line)
    _read_across_lines(masthead, lines)
    settle_symbol(masthead, symbols)
    if masthead.derived_symbol and masthead.body in GENERIC_BODIES and _names_an_organ(lines):
        # "ECONOMIC AND SOCIAL COUNCIL" over a commission or committee whose name the scan garbled: the record is
        # that organ's, under a symbol of its own, not the Council's plenary's (E/SR.6).
        masthead.derived_symbol = None
    if masthead.session_number is None and (masthead.body or "").endswith("-SP"):
        masthead.session_number = parties_session
    return masthead.with_the_year_settled()


def _officers_run_on_read(masthead: Masthead, line: str) -> str:
    """Read the presiding officers run onto one line ("(Vice-Chairperson)later:Mr. X") or onto the held line; the
    rest of the line, to be read as a line of its own."""
    if ":" in line and (")" in line or "later" in line) and FUSED_PRESIDING.search(line) is not None:
        *officers, line = [part.strip() for part in FUSED_PRESIDING.split(line) if part.strip()]
        for officer in officers:
            _read_line(masthead, officer, in_contents=False)
    while ":" in line and any(cue in line for cue in _LATER_CUES) and (fused := OFFICE_THEN_LATER.match(line)):
        _read_line(masthead, line[: fused.start("cut")], in_contents=False)
        line = line[fused.end("cut") :]
    if ("m." in line or "noon" in line or "hours" in line) and (officer := _OFFICER_AFTER_HELD.search(line)):
        # "Held at ..., at 10.30 a.m. Chairman: Mr. X Ghana Rapporteur: ...": a scan ran the officers on, onto the
        # held line or its second half ("on Friday, 3 July 2009, at 10 a.m. Chairperson: Mr. X").
        _read_line(masthead, line[officer.end() :].strip(), in_contents=False)
        line = line[: officer.end()].rstrip()
    return line


def _note_symbol_and_issue_date(masthead: Masthead, symbols: SymbolsSeen, line: str, *, in_contents: bool) -> None:
    """What a line says beside its field: a symbol, and the issue date on a line of its own ("26 January 1950")."""
    if "/" in line:
        collect_symbol(line, symbols)
    elif not in_contents and masthead.issued is None and line[0].isdigit() and _ISSUE_DATE.fullmatch(line):
        masthead.issued = parse_date(line)


# Words one of which a line of two presiding officers holds: "later:", "más tarde:", "puis:".
_LATER_CUES = ("later", "tarde", "puis", "ensuite", "posteriormente")
# A title that ran on into the first words of the held line below it.
_HELD_CUT = re.compile(r"(?<=\s)(?:Held|held)\s+(?:at|in)$")
# The longest first two thirds of a field printed over three lines, its place broken after a comma.
_HELD_OVER_THREE_LINES = 160
# Held, held, Reconvened, Summary, Provisional, Chair..., Temporary, Acting.
_FIRST_HALF_INITIALS = frozenset("HhRSsPCcTAa")


# The presiding officer's label after the hour of a held line: where a scan ran the officers on.
_OFFICER_AFTER_HELD = re.compile(
    # "Chairpers o n:Ms. X": a label a conversion broke with spaces.
    r"(?:[ap]\.\s?m\.|noon|hours)\.?(?=\s+(?:Chair[a-z ]{0,10}?|President)\s*[:;]\s*\S)"
)
# A field run onto the job number that ends the correction notice printed above it.
_AFTER_JOB_NUMBER = re.compile(r"\(E\)[\d\s]*(?=Held at |UNITED NATIONS|United Nations)")


def _read_with_the_line_above(masthead: Masthead, first_half: str, line: str) -> tuple[bool, str | None]:
    """Read the line with the first half of a field above it: whether the line was taken so, and what waits for
    the line below still, two lines of a field printed over three ("Held at the Palais des Nations," / "Geneva,"
    / "on Monday, 3 July 1950, at 11 a.m.")."""
    if line[0] not in ":;" and _label_without_its_colon(first_half):
        return False, None  # "Mr. X (United States)" / "Chairman" / "Mr. Y (France)": an office after its name
    if first_half[-1] in ":;" and PRESIDING.match(line) is not None:
        # A label over a field of its own ("President:" over "Chairman: Mr. X"), or over the next label of a column
        # whose names follow ("Acting Chairman;" over "Chairman; (later)"): the label above names no one.
        return _read_line(masthead, line, in_contents=False), None
    whole = f"{first_half} {line}"
    if _read_line(masthead, whole, in_contents=False):
        return True, None
    if whole.endswith(",") and len(whole) < _HELD_OVER_THREE_LINES:
        return True, whole
    return False, None


def _held_cut_from(line: str) -> str | None:
    """The first words of a held line a title ran on into ("... of the 328th Meeting Held at" / "Headquarters on
    Monday, 13 June 1955"), to be read with the line below."""
    return cut.group(0) if line[-1] in "tn" and (cut := _HELD_CUT.search(line)) is not None else None


def _label_cut_from(line: str) -> str | None:
    """The chair's label a line of other fields ends with ("... at 10.30 a.m. Present : Chairman:" / "Mrs. X"),
    to be read with the officer on the line below."""
    return f"{label.group('label')}:" if line[-1] == ":" and (label := LABEL_ENDING_A_LINE.search(line)) else None


def _starts_a_field(line: str) -> bool:
    """A line that is no field but may be the first half of one printed over two lines."""
    return (
        line.startswith(("Held ", "Reconvened ", "HELD ", "RECONVENED ", "held "))  # "held at" under the title
        or (line[-1] in ":;" and BARE_LABEL.match(line) is not None)
        or _label_without_its_colon(line)
        or (line[0] in "SsP" and _TITLE_START.match(line) is not None)
        or (line[0] in "CcAa" and _ROMANCE_TITLE_START.match(line) is not None)
    )


def _presiding_label_alone(line: str) -> bool:
    """ "Chairman:" or "Chairman" (its colon on the officer's line) alone: no agenda item of the contents; two of the
    fields `_starts_a_field` looks for."""
    return len(line) < 16 and (_label_without_its_colon(line) or BARE_LABEL.match(line) is not None)


def _label_without_its_colon(line: str) -> bool:
    """ "Chairman" over ": Mr. X": a presiding label whose colon a conversion set on the officer's line."""
    return line[0] in "CP" and len(line) < 16 and BARE_LABEL.match(f"{line}:") is not None


_TITLE_START = re.compile(r"^(?:provisional\s+)?summary\s*record\s+of\s+the\b", re.IGNORECASE)
# "COMPTE RENDU ANALYTIQUE DE LA PREMIÈRE PARTIE (PUBLIQUE)*" over "DE LA 410e SÉANCE": a title without its meeting.
_ROMANCE_TITLE_START = re.compile(
    r"^(?:compte[\s-]*rendu\s*analytique|acta\s*resumida)\b(?!.*s[ée]ance|.*sesi[óo]n)", re.I
)


def _read_across_lines(masthead: Masthead, lines: list[str]) -> None:
    """What no one line says: a body's name broken over two, a chair named below a column of labels, a title a
    scan misread."""
    _body_named_across_lines(masthead, lines)
    named = masthead.chair is not None and masthead.chair.name is not None  # "Chairman: Members:" names no one
    chair = chair_below_a_column_of_labels(lines) if not named else None
    if chair is None and masthead.chair is None:  # a rendition that dropped the labels
        chair = chair_listed_first(lines) or chair_by_the_office_after_the_name(lines)
    if chair is not None:
        masthead.chair, masthead.presiding = chair, [chair]
    if not masthead.titled and (misread := misread_title_number(lines)) is not None:
        masthead.titled, masthead.meeting_number, masthead.number_in_words = True, misread, True


_SUBSIDIARY_WITHIN = 40  # the lines a site's header and the masthead take before a committee's name


def _body_named_across_lines(masthead: Masthead, lines: list[str]) -> None:
    """A body's name no one line holds: broken over two lines, or a conference's and its committee's apart."""
    if (masthead.body is None or masthead.body in GENERIC_BODIES) and (
        body := _body_named_over_two_lines(lines) or body_in_site_title(lines)
    ):
        masthead.body, masthead.body_name = body.code, body.name
    if masthead.body is not None and (committee := subsidiary_named(masthead.body, lines[:_SUBSIDIARY_WITHIN])):
        masthead.body, masthead.body_name = committee.code, committee.name
    # Above the contents only: a Sixth Committee's agenda may name the Conference on the Law of Treaties.
    above = list(takewhile(lambda line: not _CONTENTS.match(line.strip()), lines))
    if any("CONFERENCE" in line or "Conference" in line for line in above) and (
        conference := conference_body(" ".join(above))
    ):
        masthead.body, masthead.body_name = conference.code, conference.name


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


def body_from_documents(masthead: Masthead, cited: list[str], masthead_lines: list[str]) -> None:
    """A rendition that begins below the body's name: the body whose documents its agenda cites.

    "Twenty-ninth session / Summary record of the 628th meeting" says no body, but a meeting that
    considers CEDAW/C/2003/II/L.1 is the CEDAW's. The General Assembly's and the Council's
    documents are cited by every body, so they say nothing. A conference's document names the
    conference, and the masthead which of its organs met ("Summary Records of Meetings of the Second
    Committee" that cites A/CONF.97/6 or the First Committee's A/CONF.97/C.1/L.88 is A/CONF.97/C.2's).
    """
    for symbol in cited:
        body = body_for_symbol(symbol)
        if body is not None and body.code not in GENERIC_BODIES:
            if body.code.startswith("A/CONF."):
                body = conference_organ(body.code, masthead_lines) or body
            _adopt_body(masthead, body)
            return


_SESSION_OF_BODY = re.compile(
    rf"\bsession\s+of\s+the\s+(?P<name>{'|'.join(re.escape(name) for name in BODY_NAMES)})\b", re.IGNORECASE
)


# The article of each treaty under which its States parties report: an agenda item that names it names
# the body ("Consideration of reports submitted by States parties under article 18 of the Convention").
_REPORTING_ARTICLES = {
    ("convention", "18"): "CEDAW",
    ("covenant", "40"): "CCPR",
    ("convention", "19"): "CAT",
    ("convention", "44"): "CRC",
    ("convention", "9"): "CERD",
    ("covenant", "16"): "CESCR",
    ("convention", "73"): "CMW",
    ("convention", "35"): "CRPD",
    ("convention", "29"): "CED",
}
_REPORTS_UNDER = re.compile(
    r"reports?\s+submitted\s+by\s+States\s+parties\s+(?:under|in\s+accordance\s+with)\s+articles?\s+"
    r"(?P<article>\d+)(?:\s+and\s+\d+)?\s+of\s+the\s+(?P<treaty>Convention|Covenant)\b",
    re.IGNORECASE,
)


def body_from_reporting_article(masthead: Masthead, titles: list[str]) -> None:
    """A rendition without the body's name or documents, whose agenda names the treaty's reporting article."""
    for title in titles:
        if "States parties" in title and (found := _REPORTS_UNDER.search(title)):
            code = _REPORTING_ARTICLES.get((found.group("treaty").lower(), found.group("article")))
            if code is not None and (body := body_by_code(code)) is not None:
                _adopt_body(masthead, body)
            return


# A commission or committee named above the officers.
_ORGAN_WORD = re.compile(r"\b(?:COMMISSION|COMMITTEE|Commission|Committee)\b")
_ORGAN_WITHIN = 12  # lines


def _names_an_organ(lines: list[str]) -> bool:
    return any(_ORGAN_WORD.search(line) for line in lines[:_ORGAN_WITHIN])


def meeting_from_the_file(masthead: Masthead, metadata: Mapping[str, str]) -> None:
    """The meeting the file names ("UNPC 36th mtg." in a WordPress entry's title) where the page lost its number
    ("SUMMARY RECORD OF THE TH MEETING"), and the symbol the body's numbering gives it."""
    if masthead.meeting_number is not None or not (number := metadata.get("meeting_number", "")).isdigit():
        return
    masthead.meeting_number, masthead.titled = int(number), True
    if masthead.symbol is None and masthead.body:
        masthead.derived_symbol = derived_symbol(masthead)


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
        masthead.derived_symbol = derived_symbol(masthead)
    settle_assembly_session(masthead)


def _read_line(masthead: Masthead, line: str, *, in_contents: bool) -> bool:
    """Fill what this line says; True when it was a masthead field.

    While the title or the session is still to be read, a line above the contents with no field
    is read again with the words that old conversions broke apart joined.
    """
    if len(line) > 250 and not _OFFICER_RUN_ON.match(line):
        if not line.startswith(("Held ", "HELD ")):
            return False  # a footnote or notice, not a field; an officer's line may run on into the list of members
        line = line[:250]  # a scan's held line run on into the contents: "... at 3.30 p.m. Presentation of ..."
    fields = _fields_in(line)
    if not fields and not in_contents and (not masthead.titled or masthead.session_number is None):
        fields = _fields_in_broken(line)
    if not fields and masthead.chair is None and line.find(":", 0, 30) >= 0:
        fields = _broken_label(line)
    # Every field the line holds: the printed records put a date and a session on one line.
    filled = [_fill(masthead, kind, found) for kind, found in fields]
    return any(filled) or _is_boilerplate(line)


# An officer's line run on into the list of members: "Chairman: Mr. Leslie HALE Canada Mr. X Belgium ...".
_OFFICER_RUN_ON = re.compile(
    r"(?:(?:Present|PRESENT)\s*[:;]\s*)?(?:Chair(?:man|person|woman)?|President)\s*[:;]\s*(?:Mr|Mrs|Ms|Miss|Sir|Dr)\b"
)
_INSIDE_WORD_SPACE = re.compile(r"(?<=[A-Za-z]) (?=[a-z])")


def _broken_label(line: str) -> tuple[tuple[str, _Found], ...]:
    """ "Chairpers o n:Ms. Šimonović": the presiding label broken apart, the name as printed."""
    label, _, who = line.partition(":")
    presiding = PRESIDING.match(f"{_INSIDE_WORD_SPACE.sub('', label)}:{who}")
    return (("presiding", presiding),) if presiding else ()


@lru_cache(maxsize=16384)
def _fields_in_broken(line: str) -> tuple[tuple[str, _Found], ...]:
    """The title or session of a conversion that broke words apart ("Sixt y-third session", "m eeting").

    Tried only where no field was found and the line, its words joined, names a session or meeting.
    """
    if len(line) > 120 or " " not in line:
        return ()
    joined = _INSIDE_WORD_SPACE.sub("", line.lower() if line.isupper() else line)  # "OF TH E 409TH MEETING" too
    lowered = joined.casefold()
    if "session" not in lowered and "meeting" not in lowered:
        return ()
    return tuple((kind, found) for kind, found in _fields_in(joined) if kind in ("meeting", "session"))


_OFFICES_AFTER_A_NAME = ("chairman", "chairperson", "chairwoman", "president")


@lru_cache(maxsize=16384)  # headings, agenda items and notices recur record after record
def _fields_in(line: str) -> tuple[tuple[str, _Found], ...]:
    """The fields the line could be, in the order they are tried, with what matched.

    The same whatever the masthead has read before the line, so it is remembered; whether a field
    is taken (an hour only when none was read, a later chair only after a chair) is `_fill`'s call.
    """
    lowered = line.casefold()  # the cheap tests on it spare most lines the regexes
    candidates: tuple[tuple[str, _Found | None], ...] = (
        ("meeting", _MEETING.search(line) if "meeting" in lowered else None),
        ("held", _held(line) if lowered.startswith(("held", "reconvened")) else _held_in_title(line, lowered)),
        # Older mastheads: "held on" / "Monday, 25 October 1999".
        ("weekday date", _day_and_date(line, lowered)),
        ("hour", _AT_TIME.match(line) if lowered.startswith("at") else None),
        ("place", line if line in _PLACES else None),
        ("session", session_in(line, lowered) if "session" in lowered else None),
        ("presiding", PRESIDING.match(line) if ":" in line or ";" in line or ". " in line else None),
        ("presiding", OFFICE_AFTER_NAME.match(line) if lowered.endswith(_OFFICES_AFTER_A_NAME) else None),
        ("later", LATER.match(line) if "later" in lowered else None),
        ("original", _ORIGINAL.search(line) if "original" in lowered else None),
        ("body", body_named_by(line)),
        ("romance", printed_head_fields(line) if " records" in lowered else None),  # a printed head, "OÿciaI Records"
    )
    found = tuple((kind, found) for kind, found in candidates if found)
    if not found and (romance := romance_fields(line)) is not None:  # a French or Spanish masthead's line
        return (("romance", romance),)
    return found


def _day_and_date(line: str, lowered: str) -> re.Match[str] | None:
    """A date line ("Monday, 25 October 1999", "held on 28 October 1985"), or the date a library catalogue's
    title gives: "Summary record of the 46th meeting, 3rd Committee, held on Wednesday, 21 November 1984, ..."."""
    if " held on " in lowered:
        held_on = lowered.find(" held on ") + len(" held on ")
        return _DATE_AFTER_HELD_ON.match(line, held_on) if lowered.startswith("summary record") else None
    if " meeting — " in lowered or " meeting – " in lowered:  # a printed volume's running head
        return _RUNNING_HEAD_DATE.search(line)
    # "10 May 1949, at 10 a.m.": the hour tells it from an issue date.
    if line[:1].isdigit() and " at " in lowered and (at_hour := _DATE_AT_HOUR.match(line)) is not None:
        return at_hour
    return _WEEKDAY_DATE.match(line) if "day" in lowered or lowered.startswith("held on") else None


# The first years' date line without its weekday or place: "10 May 1949, at 10 a.m.".
_DATE_AT_HOUR = re.compile(rf"(?P<date>{DATE_TEXT}),?\s+at\s+(?P<time>{CLOCK_TIME})\.?$", re.IGNORECASE)
_RUNNING_HEAD_DATE = re.compile(rf"\bmeeting\s+[—–]\s+(?P<date>{DATE_TEXT})$", re.IGNORECASE)
_DATE_AFTER_HELD_ON = re.compile(rf"(?:[A-Z][a-z]+day,?\s+)?(?P<date>{DATE_TEXT})")


def _held(line: str) -> re.Match[str] | None:
    return _HELD.match(line) or _HELD_WITHOUT_YEAR.match(line)


def _held_in_title(line: str, lowered: str) -> re.Match[str] | None:
    """A web rendition's one-line title: "..., First Session: Summary Record of the Second Meeting Held at
    Lake Success, New York, on Tuesday, 17 January 1950, at 11 a.m."."""
    start = lowered.find(" held at ") if "summary record" in lowered else -1
    return _HELD.match(line[start + 1 :]) if start > 0 else None  # `^` holds at a string's start only


def _fill(masthead: Masthead, kind: str, found: _Found) -> bool:
    """Fill the field the line was found to be; False when the masthead does not take it."""
    if isinstance(found, Body):  # a "body"
        # The issuer ("Economic and Social Council") comes before the body itself; after that the
        # first body named is the record's, not one its contents or attendance list names. Below the
        # presiding officer, a body named is one the list of those present names ("Commission on the Status of
        # Women", an observer), even when the scan misread the record's own above.
        if masthead.chair is not None or (
            masthead.body is not None
            and masthead.body not in GENERIC_BODIES
            and PARENT_BODY.get(found.code) != masthead.body
        ):
            return False
        masthead.body, masthead.body_name = found.code, found.name
        return True
    if isinstance(found, str):  # a "place"
        masthead.place = masthead.place or found
        return True
    if isinstance(found, RomanceFields):
        return fill_from_romance(masthead, found)
    match kind:
        case "meeting":
            masthead.titled = True
            number = (
                found.group("n")
                or found.group("bare")
                or found.group("printed")
                or found.group("words")
                or found.group("misread")
                or found.group("head")
                or found.group("series")
            )
            masthead.meeting_number = ordinal_value(number) if number else None
            masthead.number_in_words = bool(number) and not number[0].isdigit()
            parts = [p for p in (found.group("partial"), found.group("part")) if p]
            if parts:
                masthead.meeting_part = " ".join(
                    p.lower().removeprefix("(").removesuffix(")") if p.startswith("(") else p.lower() for p in parts
                )
        case "held":
            masthead.place = found.group("place").strip().rstrip(",")
            if found.re is _HELD:
                masthead.meeting_date = parse_date(found.group("date"))
            else:  # the day and month only: the issue date gives the year
                masthead.day_without_year = (month_number(found.group("month")), int(found.group("day")))
            masthead.scheduled_at = clock_time(found.group("time")) if found.group("time") else None
        case "weekday date":
            masthead.meeting_date = masthead.meeting_date or parse_date(found.group("date"))
            if found.re is _DATE_AT_HOUR and masthead.scheduled_at is None:
                masthead.scheduled_at = clock_time(found.group("time"))
        case "hour":
            if masthead.scheduled_at is not None:
                return False
            masthead.scheduled_at = clock_time(found.group("time"))
        case "session":
            if masthead.session_number is not None:  # a Contents line may name another session
                return False
            masthead.session_number = session_number(found)
        case "presiding":
            officer = presiding_officer(found.group("label"), found.group("who"))
            masthead.presiding.append(officer)
            masthead.chair = masthead.chair or officer
        case "later":
            if masthead.chair is None:
                return False
            masthead.later_chairs.append(presiding_officer("later", found.group("who")))
        case "original":
            masthead.original_language = language_name(found.group("language"))
    return True


@lru_cache(maxsize=16384)
def _is_boilerplate(line: str) -> bool:
    return bool(_BOILERPLATE.match(line))

"""A verbatim record (S/PV..., A/../PV..): first-person speaker turns split into paragraphs."""

from __future__ import annotations

import re
from datetime import time
from typing import TypedDict

from transforms.affiliations import classify_parenthetical
from transforms.bodies import body_for_symbol
from transforms.countries import iso3_for_country
from transforms.dates import CLOCK_TIME, DATE_TEXT, clock_time, parse_date
from transforms.formulas import FORMULA
from transforms.numbers import ORDINAL, ordinal_value
from transforms.presiding import presiding_officer
from transforms.record import (
    PROCEDURAL_SPEAKER,
    AgendaItemRow,
    DocumentRefRow,
    MeetingRow,
    ParsedRecord,
    RecordRejected,
    SpeakerColumns,
    StatementRow,
)
from transforms.speaker_ids import speaker_id
from transforms.speaker_labels import TITLE_GENDER
from transforms.speaker_names import normalise_name
from transforms.symbols import document_symbols

_VERBATIM_SYMBOL = re.compile(r"\b(?:S/PV\.\d+|A/(?:ES-\d+/)?\d+/PV\.\d+|A/\d+/PV\.\d+)(?:/Resumption\s*\d+)?")
_TITLES = "|".join(re.escape(t) for t in sorted(TITLE_GENDER, key=len, reverse=True) if t != "H.E.")
_TURN = re.compile(
    # The offices in capitals too, as the first decades' Official Records print them: "The PRESIDENT:".
    r"^(?P<who>The (?:(?:Acting|ACTING|Temporary|TEMPORARY) )?(?:President|Chair|Chairperson|Chairman"
    r"|Secretary-General|Deputy Secretary-General|PRESIDENT|CHAIRMAN|SECRETARY-GENERAL)"
    r"|(?:H\.\s?E\.\s+)?(?:" + _TITLES + r")\.?\s+[A-ZÀ-Þ][^():]{0,80}?)"
    r"(?P<parens>(?:\s*\([^()]*(?:\([^()]*\)[^()]*)*\))*)\s*:\s*(?P<text>.*)$"
)
# A numbered paragraph on the first line, or after a line break: `(?m)^` said in two patterns, since
# one opening with the line break itself lets `re` skip to the next break instead of trying every place.
_NUMBERED_FIRST_LINE = re.compile(r"\s*\d{1,3}\.\s")
_NUMBERED_LATER_LINE = re.compile(r"\n\s*\d{1,3}\.\s")
_MEETING = re.compile(rf"\b(?P<n>{ORDINAL})\s+(?:plenary\s+)?meeting\b", re.IGNORECASE)
_SESSION_OR_YEAR = re.compile(rf"\b(?P<n>{ORDINAL})\s+(?:year|session)\b", re.IGNORECASE)
# "Tuesday, 9 July 2002, 10 a.m."; the first decades' Official Records, in capitals: "850th MEETING: 20 JULY 1960".
_WHEN = re.compile(rf"(?P<date>(?i:{DATE_TEXT}))(?:,\s*(?P<time>{CLOCK_TIME}))?")
# A name and a State set apart by a leader of dots, or by a tab or a run of spaces where a web rendition or a word
# processor's copy lost the leader: "Mr. Lavrov . . . . (Russian Federation)", "Bulgaria\tMr. Tafrov".
_DOT_LEADER = re.compile(r"^(?P<left>.+?)\s*(?:(?:\.\s*){3,}|\t\s*|[ ]{3,})(?P<right>\S.*)$")
# "President: Mr. Zhang Yishan (China)", the State in brackets right after the name; or the name alone.
_MASTHEAD_LINE_AT_MOST = 160  # a longer line is a speech's
_PRESIDENT_PLAIN = re.compile(r"^(?P<left>[A-Z][^()]{2,80}?)\s*(?P<right>\([^()]{3,80}\))?\.?\s*$")
_PROCEDURAL = re.compile(
    r"^(?:The agenda was adopted|The meeting (?:was suspended|was resumed|rose|was called to order)|"
    r"It was so decided|A vote was taken|A recorded vote was taken|In favour|Against|Abstaining|"
    r"The draft resolution .{0,120}was adopted|The result of the voting)",
    re.IGNORECASE,
)


class _President(TypedDict):
    """The President the masthead names, and their country."""

    name: str | None
    country: str | None


def looks_verbatim(text: str) -> bool:
    """A first-person record: a PV symbol up top, or speaker turns ending in a colon."""
    head = text[:3000]
    if "/PV." in head and _VERBATIM_SYMBOL.search(head):
        return True
    if _NUMBERED_FIRST_LINE.match(text) or _NUMBERED_LATER_LINE.search(text):
        return False
    return sum(1 for line in text.split("\n")[:400] if _TURN.match(line.strip())) >= 2


def parse_verbatim_record(text: str) -> ParsedRecord:
    lines = [line.strip() for line in text.split("\n")]
    start = next((i for i, line in enumerate(lines) if FORMULA.match(line) or _TURN.match(line)), None)
    if start is None:
        raise RecordRejected("parse", "no speaker turns found in a verbatim record")
    meeting, members, president = _masthead(lines[:start])
    rows, headings, formulas = _turns(lines[start:], members, president)
    if not rows:
        raise RecordRejected("parse", "no speaker turns found in a verbatim record")
    called: time | None = None
    rose: time | None = None
    for formula in formulas:
        if called is None and (m := re.search(rf"called to order at (?P<t>{CLOCK_TIME})", formula, re.I)):
            called = clock_time(m.group("t"))
        if m := re.search(rf"rose at (?P<t>{CLOCK_TIME})", formula, re.I):
            rose = clock_time(m.group("t"))
    meeting.update(
        {
            "called_to_order": called,
            "rose_at": rose,
            "suspensions": sum("suspended" in f.casefold() for f in formulas),
            "paragraph_count": len(rows),
            "numbering_inferred": False,
        }
    )
    meeting.pop("scheduled_at", None)
    agenda: list[AgendaItemRow] = [
        {"position": i, "level": 1, "title": title, "is_continued": "(continued)" in title, "first_paragraph": first}
        for i, (title, first) in enumerate(headings, start=1)
    ]
    refs: list[DocumentRefRow] = [
        {"paragraph": None, "agenda_position": item["position"], "symbol": symbol}
        for item in agenda
        for symbol in document_symbols(item["title"])
    ]
    refs += [
        {"paragraph": row["paragraph"], "agenda_position": row["agenda_position"], "symbol": symbol}
        for row in rows
        for symbol in document_symbols(row["text"])
    ]
    return ParsedRecord(meeting=meeting, agenda_items=agenda, document_refs=refs, statements=rows)


def _masthead(lines: list[str]) -> tuple[MeetingRow, dict[str, str], _President | None]:
    meeting: MeetingRow = {
        "record_type": "verbatim",
        "language": "en",
        "title": None,
        "meeting_part": None,
        "state_party": None,
        "state_party_name": None,
        "original_language": None,
    }
    members: dict[str, str] = {}
    president: _President | None = None
    in_agenda = False
    agenda_lines: list[str] = []
    for line in lines:
        if not line:
            continue
        if meeting.get("symbol") is None and (symbol := _VERBATIM_SYMBOL.search(line)):
            meeting["symbol"] = symbol.group(0)
            body = body_for_symbol(symbol.group(0))
            meeting["body"], meeting["body_name"] = (body.code, body.name) if body else (None, None)
        if meeting.get("meeting_number") is None and (m := _MEETING.search(line)):
            meeting["meeting_number"] = ordinal_value(m.group("n"))
        if meeting.get("session_number") is None and (m := _SESSION_OR_YEAR.search(line)) and len(line) < 40:
            meeting["session_number"] = ordinal_value(m.group("n"))
        if meeting.get("meeting_date") is None and (m := _WHEN.search(line)):
            meeting["meeting_date"] = parse_date(m.group("date"))
            meeting["scheduled_at"] = clock_time(m.group("time")) if m.group("time") else None
        if line in ("New York", "Geneva", "Headquarters, New York"):
            meeting["place"] = line
        labelled = re.sub(r"^(?:President|Members)\s*:\s*", "", line)
        leader = _DOT_LEADER.match(labelled) if len(line) < _MASTHEAD_LINE_AT_MOST else None
        if line.startswith("President") and leader is None and labelled != line and "chair_name" not in meeting:
            leader = _PRESIDENT_PLAIN.match(labelled)
        if line.startswith("President") and leader:
            officer = presiding_officer("President", leader.group("left"))
            country = (leader.group("right") or "").strip("() ")
            president = {"name": officer.name, "country": iso3_for_country(country)}
            meeting["chair_label"], meeting["chair_name"] = "President", officer.name
        elif leader:
            left, right = leader.group("left").strip(), leader.group("right").strip()
            country, person = (left, right) if iso3_for_country(left) else (right.strip("()"), left)
            if iso3 := iso3_for_country(country):
                members[presiding_officer("member", person).name or person] = iso3
        if line.casefold() == "agenda":
            in_agenda = True
        elif in_agenda:
            agenda_lines.append(line)
    meeting["title"] = " ".join(agenda_lines) or None
    if meeting.get("symbol") is None and (derived := _derived_symbol(lines, meeting)) is not None:
        meeting["derived_symbol"] = derived
    return meeting, members, president


def _derived_symbol(lines: list[str], meeting: MeetingRow) -> str | None:
    """The symbol a rendition that dropped it was issued under: the Council's and the Assembly's plenary numbering."""
    number, session = meeting.get("meeting_number"), meeting.get("session_number")
    organs = {line.casefold() for line in lines if len(line) < 30}
    if number is None:
        return None
    if "security council" in organs:
        return f"S/PV.{number}"
    if "general assembly" in organs:  # numbered afresh each session since the thirty-first
        return f"A/{session}/PV.{number}" if session and session >= 31 else f"A/PV.{number}"
    return None


def _turns(
    lines: list[str], members: dict[str, str], president: _President | None
) -> tuple[list[StatementRow], list[tuple[str, int]], list[str]]:
    rows: list[StatementRow] = []
    headings: list[tuple[str, int]] = []
    formulas: list[str] = []
    current: SpeakerColumns | None = None
    turn = 0
    for line in lines:
        if not line:
            continue
        if FORMULA.match(line):
            formulas.append(line)
            current = None
            continue
        if turn_match := _TURN.match(line):
            turn += 1
            current = _speaker(turn_match.group("who"), turn_match.group("parens"), members, president)
            _append(rows, current, turn_match.group("text"), turn, headings, continuation=False)
        elif _PROCEDURAL.match(line):
            turn += 1
            current = None
            _append(rows, PROCEDURAL_SPEAKER, line, turn, headings, continuation=False)
        elif (current is not None and re.search(r"[.:;?!”\"’)]$", line)) or (current is not None and len(line) > 100):
            _append(rows, current, line, turn, headings, continuation=True)
        else:
            headings.append((line, len(rows) + 1))
            current = None
    return rows, headings, formulas


def _append(
    rows: list[StatementRow],
    speaker: SpeakerColumns,
    text: str,
    turn: int,
    headings: list[tuple[str, int]],
    *,
    continuation: bool,
) -> None:
    if not text.strip():
        return
    rows.append(
        {
            **speaker,
            "paragraph": len(rows) + 1,
            "turn": turn,
            "is_continuation": continuation,
            "agenda_position": len(headings) or None,
            "text": text.strip(),
        }
    )


def _speaker(who: str, parens: str, members: dict[str, str], president: _President | None) -> SpeakerColumns:
    groups = [classify_parenthetical(g) for g in re.findall(r"\(([^()]*(?:\([^()]*\)[^()]*)*)\)", parens or "")]
    spoke_in = next((g.spoke_in for g in groups if g.spoke_in), None)
    affiliation = next((g for g in groups if g.role), None)
    label = (who + (parens or "")).strip()
    if who.startswith("The "):
        office = who[4:]
        folded = office.casefold()
        is_chair = any(word in folded for word in ("president", "chair")) and "secretary" not in folded
        # An Acting President is a Vice-President standing in: the record does not name them here.
        name = president["name"] if is_chair and president and not folded.startswith("acting") else None
        return {
            "speaker_label": label,
            "speaker_name": name,
            "speaker_title": None,
            "speaker_role": "chair" if is_chair else "secretariat",
            "affiliation": None,
            "country_iso3": None,
            "on_behalf_of": None,
            "spoke_in": spoke_in,
            "speaker_id": speaker_id(name, None),
        }
    title_match = re.match(r"^(?:H\.\s?E\.\s+)?(?P<title>[A-Za-z]+)\.?\s+(?P<name>.+)$", who)
    title = title_match.group("title") if title_match else None
    name = normalise_name(title_match.group("name").strip()) if title_match else who
    country = affiliation.country_iso3 if affiliation else members.get(name)
    # `affiliation` has a role (it was chosen for one), which the type of `Affiliation.role` cannot say.
    role = (affiliation.role if affiliation else None) or ("delegation" if country else "observer")
    return {
        "speaker_label": label,
        "speaker_name": name,
        "speaker_title": title,
        "speaker_role": role,
        "affiliation": affiliation.affiliation if affiliation else None,
        "country_iso3": country,
        "on_behalf_of": None,
        "spoke_in": spoke_in,
        "speaker_id": speaker_id(name, country),
    }

"""A summary record (third-person, numbered paragraphs) as one meeting's rows."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import time

from transforms.aliases import merge_misprints
from transforms.attendance import EXPERT_BODIES, attending_states, heads_the_list_of_those_present
from transforms.blocks import MAX_PARAGRAPH, Body, Paragraph, split_body
from transforms.chair_changes import chair_taken
from transforms.countries import iso3_for_country
from transforms.country_translations import LANGUAGES as TRANSLATED_LANGUAGES
from transforms.dates import CLOCK_TIME, clock_time
from transforms.delegation_table import DelegationAtTheTable, takes_places
from transforms.exchanges import VerbatimExchange, side_of
from transforms.formulas import FORMULA
from transforms.invitations import answers_the_call, called_as_rapporteur
from transforms.masthead import (
    body_from_documents,
    body_from_opening,
    body_from_reporting_article,
    meeting_from_the_file,
    read_masthead,
)
from transforms.masthead_fields import Masthead
from transforms.masthead_mending import figures_read_again
from transforms.presiding import Presiding, chair_among_the_columns
from transforms.record import (
    PROCEDURAL_SPEAKER,
    AgendaItemRow,
    DocumentRefRow,
    MeetingRow,
    ParsedRecord,
    RecordRejected,
    StatementRow,
)
from transforms.record_symbol import GENERIC_BODIES, symbol_below_the_masthead
from transforms.romance.formulas import ROMANCE_PROCEDURAL, formula_times, is_romance_formula, romance_state_party
from transforms.speaker_ids import name_key, speaker_id
from transforms.speaker_labels import MANDATES, SPECIAL_RAPPORTEURS
from transforms.speakers import Attribution, attribute, attribute_cut, left_the_table
from transforms.symbols import document_symbols
from transforms.volume_pages import adopt_cover, meeting_pages, volume_cover

# Paragraphs that report what happened rather than what someone said.
_PROCEDURAL = re.compile(
    r"^(?:At the invitation of the (?:Chair|President)"
    r"|The (?:members of the )?delegations? of [^.]{2,80}? (?:took|withdrew|resumed|left)"
    r"|The (?:meeting|Committee|Commission|Council|Subcommittee) (?:was suspended|was resumed|rose|observed|stood|"
    r"resumed|continued|decided|adopted|approved|accepted|agreed|took note|proceeded)"
    r"|It was so (?:decided|agreed)"
    r"|The (?:draft|agenda|provisional agenda|decision|report|programme|recommendation|resolution)\b[^.]{0,200}? "
    r"(?:was|were) (?:adopted|approved|withdrawn)"
    r"|A (?:recorded )?vote was taken|In favour:|Against:|Abstaining:"
    r"|The public part of the meeting|The closed part of the meeting"
    r"|The discussion covered in the summary record"
    r"|The (?:new |newly elected )?members of the (?:Committee|Subcommittee) (?:made|took)\b)",
    re.IGNORECASE,
)
# Events reported in a short paragraph: elections and solemn declarations.
_PROCEDURAL_EVENT = re.compile(
    r"\b(?:was|were) (?:elected|re-elected|appointed) (?:\w+ )?"
    r"(?:(?:Vice-)?Chair(?:person|man|woman)?s?|Rapporteurs?|(?:Vice-)?Presidents?|officers?)\b"
    r"|\bmade the solemn declaration"
    r"|^(?:Paragraphs?|Articles?|Sections?|Chapters?|Rules?|The draft [\w ]+|Draft [\w ]+)\b[^.]{0,120}?"
    r"\b(?:was|were) (?:adopted|approved|accepted|deleted|withdrawn|rejected)\b[^.]{0,40}\.?$"
    # Any one short sentence that reports an adoption: "The summary, thus amended, was adopted.",
    # "The draft annual report of the Committee (CAT/C/60/R.1), as a whole, was adopted."
    r"|^[A-Z](?:[^.]|\.(?=\w)){0,160}?\b(?:was|were) (?:adopted|approved|accepted|deleted|withdrawn|rejected)\b"
    r"(?:[^.]|\.(?=\w)){0,60}\.$",
    re.IGNORECASE,
)
# Every opening of `_PROCEDURAL` and `FORMULA` starts with A, I or T; ignoring case, Python's `re`
# also lets "İ" and "ı" stand for "i". Most paragraphs start otherwise, and both regexes are slow to say no.
_PROCEDURAL_INITIALS = frozenset("AaIiTtİı")
# The words each kind of event must name: an election or declaration anywhere in the paragraph; an
# adoption, or the like, only in the alternative anchored at its start.
_ELECTION_WORDS = ("elected", "appointed", "solemn")
_ADOPTION_WORDS = ("adopted", "approved", "accepted", "deleted", "withdrawn", "rejected")
# How far below the masthead a scan's page head is looked for, when the masthead lost its symbol: past page one.
_PAGE_HEADS_WITHIN = 12_000
_MASTHEAD_LINES = 30  # the lines, at most, a masthead and the site lines above it hold
# A scan's stray stop or underline before the hour: "at .10.50 a.m.", "at_4.20 p.m", "at. 5.40 p.m."; a misprint's
# "called to order to 10.10 a.m.".
_CALLED_TO_ORDER = re.compile(
    r"(?:called\s*(?:the\s*meeting\s*)?to\s*order\s*(?:at|to(?=\s*\d))"
    rf"|(?:opened(?:\s*the\s*meeting)?|declared\s*the\s*meeting\s*open|began|commenced|reconvened)\s*at)"
    rf"[\s_]*\.?\s*(?P<time>{CLOCK_TIME})",
    re.IGNORECASE,
)
# A record of a part that began after a closed one: "The public part of the meeting was resumed at 4 p.m."
_RESUMED = re.compile(rf"resumed\s*(?:in\s+public\s+)?at\s*(?P<time>{CLOCK_TIME})", re.IGNORECASE)
_ROSE = re.compile(rf"(?:\brose|\bended|was\s+closed)\s+at\s+(?P<time>{CLOCK_TIME})", re.IGNORECASE)
_SUSPENDED = re.compile(r"\bsuspended\s+at\b", re.IGNORECASE)
_STATE_PARTY = re.compile(
    r"(?:(?:initial|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"combined [\w\s-]+?|\w+ to \w+|\d+\w*)\s+)?(?:periodic\s+)?reports?\s+of\s+(?P<country>.+?)"
    r"(?:\s+\(continued\)|\s*\(|\s+under\b|\s+on\b|$)",
    re.IGNORECASE,
)

_REPORT_OF = re.compile(r"reports?\s+of\s")


def parse_summary_record(text: str, metadata: Mapping[str, str], language: str = "en") -> ParsedRecord:
    """Rows for one summary record in `language`; `RecordRejected` when it has no paragraphs to read."""
    cover = volume_cover(text)
    pages = meeting_pages(text, cover) if cover else None
    if pages is None:
        body = split_body(text)
    else:  # a meeting printed in a volume: its own pages, or only its cover where the text reaches none of them
        text = pages.text
        body = split_body(text) if pages.reaches_the_meeting else Body(preamble=text.split("\n"))
        body.problems[:0] = pages.notes
    masthead = read_masthead(body.preamble)
    if masthead.chair is None:
        masthead.chair = chair_among_the_columns(text.split("\n", _COLUMN_LINES)[:_COLUMN_LINES], body.preamble)
        masthead.presiding = [masthead.chair] if masthead.chair else masthead.presiding
    if cover is not None:
        adopt_cover(masthead, cover)
    meeting_from_the_file(masthead, metadata)
    if not _reads_like_a_record(body, masthead):
        raise RecordRejected("parse", "not a meeting record: no masthead, opening line or speaker found")
    if body.beyond_the_last_number:
        raise RecordRejected(
            "parse",
            f"more than {MAX_PARAGRAPH:,} paragraphs, the most a record may number: not loaded in part",
        )
    symbol_below_the_masthead(masthead, text, _PAGE_HEADS_WITHIN, metadata.get("running_head"))
    agenda = _agenda_rows(body, masthead)
    document_refs = _document_ref_rows(agenda, body)
    if masthead.body is None or masthead.body in GENERIC_BODIES:  # the issuer only ("Economic and Social Council")
        body_from_documents(masthead, [row["symbol"] for row in document_refs], _above_the_opening(body.preamble))
    if masthead.body is None:
        body_from_reporting_article(masthead, [row["title"] for row in agenda])
    if masthead.body is None:
        body_from_opening(masthead, [paragraph.text for paragraph in body.paragraphs[:3]])
    meeting = _meeting_row(masthead, body, metadata)
    state_party_name, state_party = _state_party(agenda)
    statements = _statement_rows(body, masthead, state_party, in_romance=language in TRANSLATED_LANGUAGES)
    aliases = merge_misprints(statements)
    record = ParsedRecord(
        meeting=meeting,
        agenda_items=agenda,
        document_refs=document_refs,
        statements=statements,
        footnotes=[{"marker": None, "text": note} for note in body.footnotes],
        speaker_aliases=aliases,
        problems=list(body.problems),
    )
    record.meeting["state_party_name"], record.meeting["state_party"] = state_party_name, state_party
    return record


# How far into a printed page, its columns read across, the chair's line may fall below the first paragraph.
_COLUMN_LINES = 40


def _above_the_opening(preamble: list[str]) -> list[str]:
    """The masthead's lines: the preamble's first few, above the line that opens the meeting and the agenda's
    headings below it (where "Report of the First Committee" names another organ than the one meeting)."""
    lines = []
    for line in preamble[:_MASTHEAD_LINES]:
        if _CALLED_TO_ORDER.search(line):
            break
        lines.append(line)
    return lines


def _reads_like_a_record(body: Body, masthead: Masthead) -> bool:
    """Numbered paragraphs, a title, symbol or opening line that says it is a record, or someone speaking.

    A short public part of two paragraphs is a record too, and so is one whose end was lost
    before its first paragraph; a text with none of these is not.
    """
    if not body.paragraphs:  # only a masthead that titles the record, or gives its symbol and date: the quality
        # gate holds it back
        return (
            masthead.titled
            or ("/SR." in (masthead.symbol or "") and masthead.meeting_date is not None)
            or (masthead.place is not None and masthead.meeting_date is not None)
        )
    return (
        not body.numbering_inferred
        or masthead.titled
        or "/SR." in (masthead.symbol or "")  # a summary record's own symbol above its text, however damaged
        or (masthead.place is not None and masthead.meeting_date is not None)  # "held at Damascus on 21 February"
        or (masthead.chair is not None and masthead.chair.name is not None)  # "Chairman: Mr. X": who presided
        or bool(body.formulas)
        or any(heads_the_list_of_those_present(line) for line in body.preamble)  # only a meeting's record has one
        or any(attribute(paragraph.text) for paragraph in body.paragraphs)
    )


def _meeting_row(masthead: Masthead, body: Body, metadata: Mapping[str, str]) -> MeetingRow:
    called, rose, suspensions = _times(body.formulas)
    return {
        "symbol": masthead.symbol,
        "derived_symbol": masthead.derived_symbol,
        "body": masthead.body,
        "body_name": masthead.body_name,
        "session_number": masthead.session_number,
        "meeting_number": masthead.meeting_number,
        "meeting_part": masthead.meeting_part,
        "record_type": "summary",
        "title": None,
        "meeting_date": masthead.meeting_date,
        "place": masthead.place,
        "chair_label": masthead.chair.label if masthead.chair else None,
        "chair_name": masthead.chair.name if masthead.chair else None,
        "called_to_order": called,  # the masthead's hour is when it was scheduled, not when it began
        "rose_at": rose,
        "suspensions": suspensions,
        "original_language": masthead.original_language,
        "language": "en",
        "paragraph_count": len(body.paragraphs),
        "numbering_inferred": body.numbering_inferred,
    }


def _times(formulas: list[str]) -> tuple[time | None, time | None, int]:
    # A French or Spanish record; its first formula may be a change of Chair ("M. X prend la présidence"), where a
    # printed volume's page prints no opening line.
    if any(is_romance_formula(formula) for formula in formulas):
        return formula_times(formulas)
    called: time | None = None
    rose: time | None = None
    suspensions = 0
    for index, formula in enumerate(formulas):
        # The first formula may say a part resumed after a closed one; a scan may misread a digit.
        if called is None and (
            match := _CALLED_TO_ORDER.search(formula)
            or (index == 0 and _RESUMED.search(formula))
            or _CALLED_TO_ORDER.search(figures_read_again(formula))
        ):
            called = clock_time(match.group("time"))
        if match := _ROSE.search(formula):
            rose = clock_time(match.group("time"))
        suspensions += bool(_SUSPENDED.search(formula))
    return called, rose, suspensions


def _agenda_rows(body: Body, masthead: Masthead) -> list[AgendaItemRow]:
    headings = body.headings or [(title, None) for title in masthead.contents]
    rows: list[AgendaItemRow] = []
    for position, (title, first_paragraph) in enumerate(headings, start=1):
        continued = bool(re.search(r"\(continued\)", title, re.IGNORECASE))
        rows.append(
            {
                "position": position,
                "level": 2
                if re.match(r"^(?:[A-Z][a-z]+ )?(?:periodic |initial |combined )?report", title, re.IGNORECASE)
                else 1,
                "title": title,
                "is_continued": continued,
                "first_paragraph": first_paragraph,
            }
        )
    return rows


def _document_ref_rows(agenda: list[AgendaItemRow], body: Body) -> list[DocumentRefRow]:
    rows: list[DocumentRefRow] = []
    for item in agenda:
        rows.extend(
            {"paragraph": None, "agenda_position": item["position"], "symbol": symbol}
            for symbol in document_symbols(item["title"])
        )
    for paragraph in body.paragraphs:
        if "/" not in paragraph.text:  # most paragraphs cite no document
            continue
        rows.extend(
            {"paragraph": paragraph.number, "agenda_position": paragraph.heading_position, "symbol": symbol}
            for symbol in document_symbols(paragraph.text)
        )
    return rows


def _state_party(agenda: list[AgendaItemRow]) -> tuple[str | None, str | None]:
    for item in agenda:
        if not _REPORT_OF.search(item["title"].lower()):  # the regex needs it, and is slow to find it missing
            continue
        title = re.sub(r"\s*\([^()]*/[^()]*\)\s*$", "", item["title"])
        match = _STATE_PARTY.search(title)
        if match:
            name = match.group("country").strip()
            iso3 = iso3_for_country(name)
            if iso3:
                return name, iso3
    return romance_state_party([item["title"] for item in agenda])


def _statement_rows(
    body: Body, masthead: Masthead, state_party: str | None = None, *, in_romance: bool = False
) -> list[StatementRow]:
    chair = masthead.chair
    rows: list[StatementRow] = []
    previous: StatementRow | None = None
    turn = 0
    last = body.paragraphs[-1] if body.paragraphs else None
    attending = attending_states(body.preamble) if masthead.body not in EXPERT_BODIES else None
    table = DelegationAtTheTable(state_party, attending)
    # The first decades' mastheads give the officers' given names ("Chairman: Mrs. Eleanor Roosevelt"), which
    # their paragraphs leave out ("Mrs. ROOSEVELT stated"). Since then the masthead prints the name as the
    # paragraphs do, and a member whose name ends the Chair's ("Ms. Muñoz", "Ms. Negrín Muñoz") is someone else.
    by_surname = masthead.meeting_date is not None and masthead.meeting_date.year < 1990
    several_officers = len(masthead.presiding) > 1  # most mastheads name one
    rapporteurs: dict[str, set[str]] = {}  # a rapporteur's office, folded, and who has been heard in it
    called: str | None = None  # whom the Chair has just called on as the Rapporteur (`transforms.invitations`)
    exchange = VerbatimExchange()  # questions and answers printed word for word (`transforms.exchanges`)
    last_speaker: Attribution | None = None
    changes = [(1, masthead.stand_in), *body.chair_changes] if masthead.stand_in else list(body.chair_changes)
    for paragraph in body.paragraphs:
        text = paragraph.text
        while changes and changes[0][0] <= paragraph.number:
            chair = chair_taken(changes.pop(0)[1]) or chair
        # "Por invitación de la Presidencia, el Sr. X (Chile) toma asiento": a speaker named, who does not speak.
        procedural = in_romance and ROMANCE_PROCEDURAL.match(text) is not None
        attribution = None if procedural else attribute(text, in_romance=in_romance)
        if attribution is None and not procedural and "- " in text[:_OPENING_AT_MOST]:
            attribution = _attribute_word_rejoined(text, in_romance=in_romance)
        if attribution is None:
            cut_at_the_end = paragraph is last and body.cut_short
            attribution, procedural = _unnamed_paragraph(
                text, cut_at_the_end, procedural, table=table, exchange=exchange, last_speaker=last_speaker
            )
        else:
            exchange.end()
        if attribution is not None:
            attribution = _who_presides_or_sits(attribution, chair, table, text, by_surname=by_surname)
            if called is not None:
                attribution, called = answers_the_call(attribution, called), None
            attribution = _as_heard_before(attribution, masthead.body, rapporteurs, table)
        takes_chair = chair_taken(text)
        if takes_chair:
            chair = takes_chair
            attribution = None
        if attribution is not None:
            last_speaker = attribution
        if attribution is not None and several_officers and takes_chair is None:
            presiding = _presiding_by_office(attribution, masthead, chair)
        else:
            presiding = chair
        may_go_on = not (takes_chair or procedural)
        row, continues = _paragraph_row(attribution, presiding, previous, text, may_go_on=may_go_on)
        if not continues:
            turn += 1
        rows.append(previous := _placed(row, paragraph, turn, continues=continues))
        if row["speaker_role"] == "chair" and (calls := called_as_rapporteur(text)) is not None:
            called = calls
    return rows


def _unnamed_paragraph(
    text: str,
    cut_at_the_end: bool,
    procedural: bool,
    *,
    table: DelegationAtTheTable,
    exchange: VerbatimExchange,
    last_speaker: Attribution | None,
) -> tuple[Attribution | None, bool]:
    """Who speaks a paragraph that opens with no speaker's name, where the record still says, and whether it is
    procedural; it seats the delegates a seating paragraph names."""
    if cut_at_the_end:
        return attribute_cut(text), procedural  # "Mr. HENKIN", the excerpt's end: seated like any other
    if takes_places(text):
        table.seat(text)
        return None, procedural
    if procedural or exchange.announces(text):  # "A verbatim account of the questions put by ... follows."
        return None, True
    if (side := side_of(text)) is not None:  # "Question: ...", "Answer: ..."
        return exchange.speaker(side, last_speaker, table.seated_alone()), False
    return None, False


def _placed(row: StatementRow, paragraph: Paragraph, turn: int, *, continues: bool) -> StatementRow:
    """The row with the paragraph's own columns set."""
    row["paragraph"] = paragraph.number
    row["turn"] = turn
    row["is_continuation"] = continues
    row["agenda_position"] = paragraph.heading_position
    row["text"] = paragraph.text
    return row


# A word a scan broke over a blank line, its halves joined with a space when the paragraph was made whole ("Ms. X,
# noting that ..., wond- ered whether"): closed up where it hides the verb of a turn's opening.
_WORD_BROKEN = re.compile(r"(?<=[a-z])- (?=[a-z])")
_OPENING_AT_MOST = 400


def _attribute_word_rejoined(text: str, *, in_romance: bool) -> Attribution | None:
    opening = _WORD_BROKEN.sub("", text[:_OPENING_AT_MOST])
    return (
        attribute(opening + text[_OPENING_AT_MOST:], in_romance=in_romance)
        if opening != text[:_OPENING_AT_MOST]
        else None
    )


def _paragraph_row(
    attribution: Attribution | None,
    presiding: Presiding | None,
    previous: StatementRow | None,
    text: str,
    *,
    may_go_on: bool,
) -> tuple[StatementRow, bool]:
    """The paragraph's row, its own columns still placeholders, and whether it goes on the turn before: the speaker
    it names, or the speaker before it where it names none and is no procedure, or a procedural row."""
    if attribution is not None:
        return _speaker_row(attribution, presiding), False
    if may_go_on and previous is not None and previous["speaker_role"] != "procedural" and not _is_procedural(text):
        return previous.copy(), True  # the speaker's columns; the paragraph's own are set by the caller
    return _PROCEDURAL_ROW.copy(), False


def _who_presides_or_sits(
    attribution: Attribution, chair: Presiding | None, table: DelegationAtTheTable, text: str, *, by_surname: bool
) -> Attribution:
    """A speaker named without a State, as the State seated or listed present, or as the one presiding."""
    if attribution.role == "member":
        attribution = table.delegate(attribution, text)
        if chair is not None and _is_presiding(attribution, chair, by_surname=by_surname):
            # "Ms. X said that she would chair the meeting"; named as the masthead names her, so that
            # "The CHAIRMAN" and "Mrs. ROOSEVELT" are one speaker.
            return attribution._replace(role="chair", name=chair.name, country_iso3=None)
    elif attribution.role in _MAY_PRESIDE and chair is not None and _is_presiding(attribution, chair):
        return attribution._replace(role="chair")  # an official of the Office, Temporary Chair
    elif attribution.role == "delegation" and attribution.name is None and attribution.country_iso3 is None:
        return table.by_office(attribution)
    return attribution


# Bodies whose Special Rapporteurs are their own members, each on a topic or a study: "Mr. AGO (Special Rapporteur)" and
# "The SPECIAL RAPPORTEUR" of the International Law Commission speak as its rapporteurs, not as the Council's guests.
_OWN_SPECIAL_RAPPORTEURS = frozenset({"ILC", "SUBCOM"})
_MAY_HOLD_A_MANDATE = frozenset({"rapporteur", "observer"})


def _as_a_members_mandate(attribution: Attribution) -> Attribution:
    mandate = attribution.office or attribution.affiliation or ""
    if not mandate.casefold().startswith(SPECIAL_RAPPORTEURS) or attribution.country_iso3:
        return attribution
    return attribution._replace(role="rapporteur", office=mandate, affiliation=None)


def _as_heard_before(
    attribution: Attribution, body: str | None, rapporteurs: dict[str, set[str]], table: DelegationAtTheTable
) -> Attribution:
    """A rapporteur or mandate holder named as heard before; a delegate heard with the State, or a guest with the
    office, noted for later."""
    if attribution.role in _MAY_HOLD_A_MANDATE:
        attribution = _rapporteur_as_named_before(attribution, body, rapporteurs)
    table.hear(attribution)
    return attribution


def _rapporteur_as_named_before(
    attribution: Attribution, body: str | None, rapporteurs: dict[str, set[str]]
) -> Attribution:
    """ "The SPECIAL RAPPORTEUR", "The Country Rapporteur", "The Special Rapporteur on the right to food": named as
    the one person heard in that office or mandate before ("Mr. GAJA (Special Rapporteur)"), as "The CHAIRMAN" is
    named by the masthead."""
    if body in _OWN_SPECIAL_RAPPORTEURS and attribution.role == "observer":
        attribution = _as_a_members_mandate(attribution)
    office = (attribution.office or attribution.affiliation or "").casefold()
    if not office or not (attribution.role == "rapporteur" or office.startswith(MANDATES)):
        return attribution
    if " for " in office and (for_a_state := _FOR_A_STATE.match(office)) and iso3_for_country(for_a_state["state"]):
        office = for_a_state["office"]  # "country rapporteur for ireland": the country rapporteur, heard as such
    heard = rapporteurs.setdefault(office, set())
    if attribution.name:
        heard.add(attribution.name)
    elif len(heard) == 1:
        return attribution._replace(name=next(iter(heard)))
    return attribution


_FOR_A_STATE = re.compile(r"^(?P<office>.*?rapporteur)\s+for\s+(?:the\s+)?(?P<state>.+)$")
# Who, named with their office, may be the masthead's presiding officer: a Temporary Chair from the Office.
_MAY_PRESIDE = frozenset({"secretariat", "observer"})


def _presiding_by_office(attribution: Attribution, masthead: Masthead, chair: Presiding | None) -> Presiding | None:
    """Who "The Temporary Chair" or "The Co-Chairperson (Committee against Torture)" is, by the masthead.

    A masthead may name a Temporary Chair who opens the session and the Chair elected after, or
    two Co-Chairpersons. While the masthead's officers preside (nobody has taken the Chair since),
    the office named, and a parenthesis that tells two of one office apart, say which of them speaks.
    """
    if attribution.role != "chair" or len(masthead.presiding) < 2 or chair is not masthead.chair:
        return chair
    office = (attribution.office or "").casefold()
    same_office = [officer for officer in masthead.presiding if officer.label.casefold() == office]
    if len(same_office) > 1:
        same_office = [o for o in same_office if o.office and o.office in attribution.label] or same_office
    return same_office[0] if same_office else chair


def _is_presiding(attribution: Attribution, chair: Presiding, *, by_surname: bool = False) -> bool:
    """Whether a member named without an office is the one presiding, as an acting Chair is named; `by_surname`
    where the masthead gives given names the paragraphs leave out."""
    if not (chair.name and attribution.name):
        return False
    named, presiding = name_key(attribution.name), name_key(chair.name)
    return named == presiding or (by_surname and presiding.endswith(f" {named}"))


def _is_procedural(text: str) -> bool:
    if text[:1] in _PROCEDURAL_INITIALS and (_PROCEDURAL.match(text) or FORMULA.match(text)):
        return True
    if left_the_table(text):  # "Mr. Smith (Canada) withdrew.", "M. X (Canada) se retire."
        return True
    if len(text) >= 400:
        return False
    # Every event names one of these words; most paragraphs name none, and the regex is slow to say so.
    lowered = text.lower()
    if "solemn" not in lowered and "was " not in lowered and "were " not in lowered:  # every event says one
        return False
    if any(word in lowered for word in _ELECTION_WORDS):
        return bool(_PROCEDURAL_EVENT.search(text))
    # Otherwise only the alternative anchored at the start can match: tried there, not searched for.
    return any(word in lowered for word in _ADOPTION_WORDS) and bool(_PROCEDURAL_EVENT.match(text))


# The rows `_statement_rows` starts a paragraph's row from hold the paragraph's own columns too, as
# placeholders it overwrites: so every row is a whole `StatementRow` from the start, copied and
# set as before (a row rebuilt around the speaker's columns, `{**speaker, ...}`, costs twice as much).
_PROCEDURAL_ROW: StatementRow = {
    **PROCEDURAL_SPEAKER,
    "paragraph": 0,
    "turn": 0,
    "is_continuation": False,
    "agenda_position": None,
    "text": "",
}


def _presides_in_that_office(chair: Presiding, attribution: Attribution) -> bool:
    """Whether "The VICE-CHAIRMAN" is the one presiding: only where a Vice-Chair presides, as "Chairperson: Ms. X
    (Vice-Chairperson)" or "Mr. X, Vice-Chairman, took the Chair" say; "The CHAIRMAN" is whoever presides."""
    if not (attribution.office or "").casefold().startswith("vice"):
        return True
    return any("vice" in (part or "").casefold() for part in (chair.label, chair.office))


def _speaker_row(attribution: Attribution, chair: Presiding | None) -> StatementRow:
    """A row with the speaker's columns; the paragraph's are placeholders."""
    name = attribution.name
    if (
        attribution.role == "chair"
        and name is None
        and chair is not None
        and _presides_in_that_office(chair, attribution)
    ):
        name = chair.name
    return {
        "speaker_label": attribution.label,
        "speaker_name": name,
        "speaker_title": attribution.title,
        "speaker_role": attribution.role,
        "affiliation": attribution.affiliation,
        "country_iso3": attribution.country_iso3,
        "on_behalf_of": attribution.on_behalf_of,
        "spoke_in": attribution.spoke_in,
        "speaker_id": speaker_id(name, attribution.country_iso3),
        "paragraph": 0,
        "turn": 0,
        "is_continuation": False,
        "agenda_position": None,
        "text": "",
    }

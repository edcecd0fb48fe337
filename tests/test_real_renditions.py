"""Traits of the UN's own renditions, each written out here in our own words, read as a careful reader would.

The catalogue of traits and how often each occurs in real records is `tests/fixtures/real/README.md`;
whole records reproducing them are the `written-*` fixtures. These tests hold the single behaviours.
"""

from __future__ import annotations

import io
import re
import textwrap
from datetime import date, time

import polars as pl
import pytest

from flows.sources import RawRecord
from transforms.dates import clock_time
from transforms.extract.reflow import unflattened
from transforms.masthead import read_masthead
from transforms.masthead_mending import figures_read_again
from transforms.parse import ParsedBatch, parse_documents

MASTHEAD = [
    "Committee on the Rights of the Child",
    "Sixty-first session",
    "Summary record of the 1697th meeting",
    "Held at the Palais Wilson, Geneva, on Friday, 28 September 2012, at 10 a.m.",
    "Chairperson: Ms. Aidoo",
]
OPENING = "The meeting was called to order at 10.05 a.m."
PARAGRAPH = "Mr. Kotrane asked whether the Committee would meet in three chambers in 2013."


def parse(text: str | bytes, filename: str = "record.txt", metadata: dict[str, str] | None = None) -> ParsedBatch:
    content = text.encode("utf-8") if isinstance(text, str) else text
    return parse_documents([RawRecord(f"file:///{filename}", content, filename, metadata=metadata or {})])


def only_meeting(batch: ParsedBatch) -> dict[str, object]:
    assert batch.rejects == []
    assert batch.frames["meetings"].height == 1
    return batch.frames["meetings"].row(0, named=True)


def speakers(batch: ParsedBatch) -> list[tuple[object, ...]]:
    return batch.frames["statements"].select("speaker_name", "speaker_role", "country_iso3").rows()


# ---------------------------------------------------------------- records that are short, cut or unnumbered


def test_a_public_part_of_two_unnumbered_paragraphs_is_a_record() -> None:
    text = "\n\n".join([*MASTHEAD, OPENING, "The Chairperson declared the session closed.", PARAGRAPH])
    batch = parse(text)
    assert only_meeting(batch)["paragraph_count"] == 2
    assert speakers(batch) == [("Aidoo", "chair", None), ("Kotrane", "member", None)]


def test_a_record_cut_before_its_first_paragraph_loads_its_masthead() -> None:
    meeting = only_meeting(parse("\n".join([*MASTHEAD, OPENING])))
    assert (meeting["symbol"], meeting["meeting_date"], meeting["paragraph_count"]) == (
        "CRC/C/SR.1697",
        date(2012, 9, 28),
        0,
    )


def test_text_with_no_masthead_opening_line_or_speaker_is_still_refused() -> None:
    batch = parse("Committee against Torture\nSome notes on the session, to be typed up.\n")
    assert [(reject.stage, reject.reason) for reject in batch.rejects] == [
        ("parse", "not a meeting record: no masthead, opening line or speaker found")
    ]


def test_a_scan_whose_masthead_names_only_who_presided_is_a_record() -> None:
    """A printed fascicle a scan damaged past reading its title, date and symbol ("THIRD COMMITTBE, !641st MEETIXG
    Iÿriday"): the officer's line says it is a meeting's record, and its paragraph is read, the verb a scan glued to
    "that" too. A masthead that names no one is no such evidence."""
    damaged = "Official Records THIRD COMMITTBE, !641st MEETIXG Fridav, 3 May 1968, at 1O.S a.m. NEW Y0RK"
    turn = "Mr. OKAFOR (Ghana), explaining the vote of his delegation, saidthat it had voted in favour of the text."
    batch = parse("\n".join([damaged, "Chairman: Mr. Erik LINDQVIST (Sweden).", turn]))
    assert only_meeting(batch)["chair_name"] == "Erik Lindqvist"
    assert speakers(batch) == [("Okafor", "delegation", "GHA")]
    unnamed = parse("\n".join([damaged, "Chairman: Mrs.", turn.replace("saidthat", "voted so")]))
    assert [reject.reason for reject in unnamed.rejects] == [
        "not a meeting record: no masthead, opening line or speaker found"
    ]


def test_a_title_a_scan_set_on_a_line_of_its_own_is_read_with_the_name_below() -> None:
    lines = ["SUMMARY RECORD OF THE ONE THOUSAND AND NINETIETH MEETING", "Held on Monday, 6 April 1970, at 3 p.m."]
    lines += ["Chairman:", "Mr. Kofi MENSAH", "Ghana", "QUESTION OF THE RIGHTS OF MIGRANT WORKERS (agenda item 5)"]
    lines += ["Mr.", "LINDQVIST (Sweden) expressed the concern of his Government for the workers", "concerned."]
    assert speakers(parse("\n".join(lines))) == [("Lindqvist", "delegation", "SWE")]


def test_a_last_paragraph_cut_in_mid_sentence_is_a_paragraph_not_a_heading() -> None:
    cut = "The Chairperson said that the Committee would review its working methods at the next session in the"
    batch = parse("\n".join([*MASTHEAD, OPENING, cut]))
    meeting = only_meeting(batch)
    assert speakers(batch) == [("Aidoo", "chair", None)]
    assert meeting["rose_at"] is None  # the quality gate warns: the end may be missing


def test_unnumbered_paragraphs_wrapped_at_a_pages_width_are_read_whole() -> None:
    """A text extraction of an unnumbered record keeps the page's line ends: the Chair's opening line has no verb
    yet ("The CHAIRMAN, after giving members time to read the preamble and definition of"), the next opens with a
    quotation mark or a capital ("\"refugee\" adopted by the Council ..."); the turn and its paragraph are read
    whole, blank lines between paragraphs, and the delegate's turn after it is a turn of its own."""
    body = [
        "Proposed draft convention relating to the status of refugees (E/1618,",
        "E/AC.32/2 and E/AC.32/L.40)",
        "",
        "The CHAIRMAN, after giving members time to read the preamble and definition of",
        '"refugee" adopted by the Council for submission to the General Assembly, called',
        "attention to the comments of Governments on the draft and invited the Committee",
        "to take them up in order.",
        "",
        "Mr. HALVORSEN (Norway) said that his Government had no objection to the",
        "Council's text, which his delegation would support in the Assembly as it stood.",
    ]
    batch = parse("\n".join([*MASTHEAD, "", *body]))
    rows = batch.frames["statements"].select("speaker_name", "speaker_role", "country_iso3", "text").rows()
    assert [row[:3] for row in rows] == [("Aidoo", "chair", None), ("Halvorsen", "delegation", "NOR")]
    assert rows[0][3].endswith("invited the Committee to take them up in order.")
    assert rows[1][3].endswith("support in the Assembly as it stood.")


@pytest.mark.parametrize(
    "foot", [[], ["GE.16-12345 (E) 120516 130516", "*1612345*"], ["2"]], ids=["no-foot", "job-number", "page-number"]
)
@pytest.mark.parametrize("wrapped", [False, True], ids=["a-paragraph-a-line", "wrapped-at-78"])
def test_a_paragraph_a_page_cut_goes_on_past_the_running_head(wrapped: bool, foot: list[str]) -> None:
    """A text extraction of a whole unnumbered record prints the next page's head (the symbol over "page 2")
    between blank lines, wherever the page ended, and the page's foot above it (its job number and barcode, or its
    number): in mid-sentence, before a delegate's verb, the turn goes on past them; a paragraph that ended before
    the page did stays a paragraph of its own."""
    cut = [
        "At the invitation of the Chairperson, the delegation of Norway took places at the Committee table.",
        "Mr. Halvorsen (Norway), introducing the second periodic report of his country",
        "(CRC/C/NOR/2), said that the new children's code had entered into force the year before. It gave every"
        " child the right to be heard in any proceedings that concerned him or her, and set up an ombudsman with"
        " powers to visit any place where children were held. The Government had also raised the age of criminal"
        " responsibility, and would report to the Committee on the results within two years.",
        "The Chairperson thanked the delegation.",
        "Mr. Kotrane said that the report was late.",
    ]
    head = ["", *foot, "", "CRC/C/SR.1697", "page 2", ""]
    # A wrapped page ends on a full line: the page is cut after the turn's first line, before its verb.
    turn = textwrap.wrap(f"{cut[1]} {cut[2]}", 78) if wrapped else cut[1:3]
    ends = [textwrap.wrap(line, 78) if wrapped else [line] for line in (cut[0], cut[3], cut[4])]
    lines = [*ends[0], "", turn[0], *head, *turn[1:], "", *ends[1], *head, *ends[2]]
    batch = parse("\n".join([*MASTHEAD, "", OPENING, "", *lines]))
    rows = batch.frames["statements"].select("speaker_name", "speaker_role", "country_iso3", "text").rows()
    assert [row[:3] for row in rows] == [
        (None, "procedural", None),
        ("Halvorsen", "delegation", "NOR"),
        ("Aidoo", "chair", None),
        ("Kotrane", "member", None),
    ]
    assert rows[1][3] == f"{cut[1]} {cut[2]}"


def test_a_continuation_a_page_cut_mid_sentence_under_a_head_with_no_blank_lines_stays_a_paragraph() -> None:
    """A page's head taken out from between two lines of a paragraph printed a line each ("... It would be" / head /
    "useful to know ..."): the paragraph above the cut holds a sentence's end, so it is prose, not an agenda heading;
    it continues the speaker's turn, and the line below goes on it, not on the paragraph before."""
    lines = [
        "Mr. Tanabe said that the plan had been adopted in 1997. It would be useful to know its results.",
        "He would also welcome information on land rights. It would be",
        "CRC/C/SR.1697 page 2",
        "useful to know how many persons had benefited from those measures.",
        "Mr. Kotrane said that the report was late.",
    ]
    # A scan's space before the stop, after a figure: "... compared with 135 in 2001 . The budget allocated to the".
    spaced = [*lines[:1], "He would also welcome figures for 2001 . The budget allocated to the", *lines[2:]]
    # No sentence's end above the cut, one below it: "... had benefited from those" / head / "measures. According".
    below = [
        *lines[:1],
        "It would be useful to know how many indigenous peoples had benefited from those",
        lines[2],
        "measures. According to information before the Committee, 356 cases had been reported.",
        lines[4],
    ]
    for paragraphs in (lines, spaced, below):
        batch = parse("\n".join([*MASTHEAD, OPENING, *paragraphs]))
        rows = batch.frames["statements"].select("speaker_name", "is_continuation", "text").rows()
        assert rows == [
            ("Tanabe", False, paragraphs[0]),
            ("Tanabe", True, f"{paragraphs[1]} {paragraphs[3]}".replace(" . ", ". ")),  # the stop closed up
            ("Kotrane", False, paragraphs[4]),
        ]


def test_a_turn_a_page_cut_on_a_figure_before_its_verb_keeps_its_speaker() -> None:
    """A page's head between a member's name and the verb, the page cut after a figure ("... compared with 71,408" /
    head / "in 2001, wondered whether ..."): the turn is the member's, not a heading over the paragraph before's."""
    lines = [
        "Ms. Vongsay asked whether the plan had been adopted.",
        "Ms. MENDES, noting that in 2006, 20,002 complaints had been registered, compared with 71,408",
        "E/C.12/2008/SR.54 page 8",
        "in 2001, wondered whether an independent mechanism monitored the minimum wage.",
        "Mr. Kotrane said that the report was late.",
    ]
    batch = parse("\n".join([*MASTHEAD, OPENING, *lines]))
    rows = batch.frames["statements"].select("speaker_name", "is_continuation", "text").rows()
    assert rows == [
        ("Vongsay", False, lines[0]),
        ("Mendes", False, f"{lines[1]} {lines[3]}"),
        ("Kotrane", False, lines[4]),
    ]


def test_a_paragraph_a_page_cut_after_a_comma_goes_on_before_a_name() -> None:
    """A page that ends on a comma ends no paragraph, whatever word opens the next page: "In accordance with rule 48
    (1) (a) of the rules of procedure," / page head / "Ms. X withdrew during the consideration ..." is one procedural
    paragraph, not a turn of Ms. X."""
    lines = [
        "In accordance with rule 48 (1) (a) of the Committee's rules of procedure,",
        "",
        "GE.16-12345 (E)",
        "",
        "CRC/C/SR.1697",
        "page 2",
        "",
        "Ms. Lindqvist withdrew during the consideration of the report of Norway.",
        "",
        "At the invitation of the Chairperson, the delegation of Norway took places at the Committee table.",
        "",
        "Mr. Halvorsen (Norway) said that the new children's code had entered into force.",
    ]
    batch = parse("\n".join([*MASTHEAD, "", OPENING, "", *lines]))
    rows = batch.frames["statements"].select("speaker_name", "speaker_role", "country_iso3", "text").rows()
    assert [row[:3] for row in rows] == [
        (None, "procedural", None), (None, "procedural", None), ("Halvorsen", "delegation", "NOR"),
    ]  # fmt: skip
    assert rows[0][3] == f"{lines[0]} {lines[7]}"


@pytest.mark.parametrize(
    "page",
    [["CRC/C/SR.1697"], ["2", "", "CRC/C/SR.1697"], ["CRC/C/SR.1697", "", "3"], ["GE.12-46317", "", "CRC/C/SR.1697"]],
    ids=["symbol", "number-then-symbol", "symbol-then-number", "job-number-then-symbol"],
)
def test_a_recent_records_pages_headed_by_its_symbol_alone_leave_the_paragraph_they_cut(page: list[str]) -> None:
    """Since the 2000s a record heads its pages with its symbol alone and numbers them on a line of their own; a
    text extraction prints both wherever a page ends. The symbol that the masthead and the pages' heads print alone
    is page furniture after its first line: the paragraph goes on past it."""
    lines = [
        "CRC/C/SR.1697",
        *MASTHEAD,
        "",
        OPENING,
        "",
        "Mr. Halvorsen (Norway), introducing the second periodic report of his country",
        "",
        *page,
        "",
        "(CRC/C/NOR/2), said that the new code had entered into force.",
        "",
        "Mr. Kotrane said that the report was late.",
    ]
    batch = parse("\n".join(lines))
    rows = batch.frames["statements"].select("speaker_name", "country_iso3", "text").rows()
    assert [row[:2] for row in rows] == [("Halvorsen", "NOR"), ("Kotrane", None)]
    assert rows[0][2].endswith("of his country (CRC/C/NOR/2), said that the new code had entered into force.")
    assert only_meeting(batch)["symbol"] == "CRC/C/SR.1697"


ATTENDANCE = [("President", "Okafor", "Nigeria"), ("Members", "Lindqvist", "Sweden"), ("", "Moreau", "France")]


def test_a_wrapped_record_with_long_lines_of_leader_dots_is_still_unwrapped() -> None:
    """A text extraction wraps a record at its column's width, but prints a line of the attendance with its
    leader dots ("President: Mr. X . . . . (State)") whole and long: such lines do not make
    the record a web page's, whose paragraphs are each a line. A sentence that ends at a wrapped line's end goes
    on in the paragraph, and so does the paragraph's next line, cut mid-sentence."""
    wrapped = [
        "1. Mr. HALVORSEN (Norway) said that his delegation welcomed the",
        "report of the Secretary-General on children in armed conflict.",
        "That report, which was in keeping with the goals agreed at the",
        "Summit, called for the release of children from armed groups",
        "and for their return to their families and communities, and his",
        "delegation supported every one of its recommendations on them.",
        "2. Mr. KOTRANE said that the Committee would take up the report",
        "of the Secretary-General at its next meeting, and asked whether",
        "the delegation could send its replies in writing before then.",
    ]
    leaders = "\n".join(f"{office}: Mr. {name} " + ". " * 40 + f"({state})" for office, name, state in ATTENDANCE)
    more = [  # a whole record's wrapped lines, which say the width however long the line of leader dots
        f"{number}. Mr. KOTRANE said that the Committee would take up the report at its" for number in range(3, 15)
    ]
    text = "\n".join([*MASTHEAD[:4], leaders, OPENING, *wrapped, *more])
    rows = parse(text).frames["statements"].select("text").rows()
    assert [text for (text,) in rows[:2]] == [
        " ".join(wrapped[:6]).removeprefix("1. "),
        " ".join(wrapped[6:]).removeprefix("2. "),
    ]


def test_a_numbered_paragraphs_sentences_a_conversion_broke_apart_stay_in_it() -> None:
    """A conversion may break a numbered paragraph where a sentence ends ("... to the fisheries of the region." /
    "The new plan, which ..."): the next number follows on, so the prose between is the paragraph's, not text left
    over. The body's decision and a notice on corrections are no speaker's words, and stay out of the paragraph."""
    lines = [
        *MASTHEAD,
        OPENING,
        "1. Mr. HALVORSEN (Norway) said that his Government had doubled its aid to the fisheries of the region.",
        "The new plan, which the Parliament adopted in March, would extend that aid to the northern islands as well.",
        "2. Mr. Kotrane said that the commentary to article 13 should be shortened.",
        "The commentary to article 13, as amended, was adopted by the Committee without a vote.",
        "3. Ms. Aidoo said that the Committee would resume its work in the afternoon.",
        "Corrections will be issued after the end of the session, in a separate corrigendum.",
    ]
    batch = parse("\n".join(lines))
    rows = batch.frames["statements"].select("speaker_name", "text").rows()
    assert [name for name, _ in rows] == ["Halvorsen", "Kotrane", "Aidoo"]
    assert rows[0][1].endswith(
        "to the fisheries of the region. The new plan, which the Parliament adopted in March, would extend that aid to"
        " the northern islands as well."
    )
    assert rows[1][1].endswith("should be shortened.")
    assert rows[2][1].endswith("in the afternoon.")


def test_a_year_a_wrap_set_at_a_lines_start_is_no_paragraph_number() -> None:
    """An unnumbered record wrapped at a page's width may set a year, with the stop after it, at a line's start
    ("... 796 cases had been reported in" / "2016. It would be useful ..."): no record's first paragraph is
    numbered 2016, so the paragraphs stay unnumbered and each turn is read."""
    body = [
        OPENING,
        "",
        "Mr. Kotrane asked whether the measures taken had been evaluated. According to",
        "the figures before the Committee, 796 cases of that kind had been reported in",
        "2016. It would be useful to know how many children had benefited from the new",
        "services.",
        "",
        "Ms. Aidoo said that the Committee would return to the question at its next meeting.",
    ]
    batch = parse("\n".join([*MASTHEAD, "", *body]))
    rows = batch.frames["statements"].select("paragraph", "speaker_name", "speaker_role").rows()
    assert rows == [(1, "Kotrane", "member"), (2, "Aidoo", "chair")]


def test_a_clause_that_lost_its_closing_bracket_and_comma_still_leads_to_the_verb() -> None:
    opening = "Ms. OKAFOR (Ghana), introducing the combined reports (CEDAW/C/GHA/6-7 said that Ghana had done much."
    assert speakers(parse("\n".join([*MASTHEAD, OPENING, opening]))) == [("Okafor", "delegation", "GHA")]
    sentence = "Ms. OKAFOR (Ghana), introducing the reports. The Committee said that it agreed."
    assert speakers(parse("\n".join([*MASTHEAD, OPENING, sentence]))) == [(None, "procedural", None)]


def test_a_scans_speck_between_the_state_and_the_verb() -> None:
    opening = "Mr. OKAFOR (Ghana) 'asked for clarification regarding the meaning of the words."
    assert speakers(parse("\n".join([*MASTHEAD, OPENING, opening]))) == [("Okafor", "delegation", "GHA")]


def test_a_last_paragraph_cut_after_its_speaker_keeps_the_speaker() -> None:
    batch = parse("\n".join([*MASTHEAD, OPENING, PARAGRAPH, "Ms. GONZÁLEZ (Mexico), introd"]))
    assert speakers(batch)[-1] == ("González", "delegation", "MEX")


def test_a_last_paragraph_cut_inside_the_country_keeps_a_country_only_one_state_begins_with() -> None:
    batch = parse("\n".join([*MASTHEAD, OPENING, PARAGRAPH, "Mr. BEN SALAH (Tuni"]))
    assert speakers(batch)[-1] == ("Ben Salah", "delegation", "TUN")
    ambiguous = parse("\n".join([*MASTHEAD, OPENING, PARAGRAPH, "Mr. OKAFOR (Nige"]))  # Niger or Nigeria
    assert speakers(ambiguous)[-1] == ("Kotrane", "member", None)


def test_a_last_paragraph_cut_inside_an_office_keeps_the_office_when_what_is_left_names_it() -> None:
    cut = "Ms. KING (Assistant Secretary-General and Special Adviser on Gender Iss"
    assert speakers(parse("\n".join([*MASTHEAD, OPENING, PARAGRAPH, cut])))[-1] == ("King", "secretariat", None)
    unsaid = parse("\n".join([*MASTHEAD, OPENING, PARAGRAPH, "Ms. KING (Senior Adv"]))  # who: not said yet
    assert speakers(unsaid)[-1] == ("Kotrane", "member", None)


@pytest.mark.parametrize(
    ("cut", "read"),
    [
        ("Ms. KING (Amnesty Internatio", ("King", "observer", None)),
        ("Mr. LAMBERT (International League of Jurists and Droits Plus, Fond", ("Lambert", "observer", None)),
        ("Mr. ORTEGA (Centre for Civil Rights - ", ("Ortega", "observer", None)),
        ("Ms. ARNOLD (Indian Law Resource Cent", ("Kotrane", "member", None)),  # no whole word says who yet
    ],
)
def test_a_last_paragraph_cut_inside_an_organizations_name_keeps_its_guest(
    cut: str, read: tuple[str, str, None]
) -> None:
    assert speakers(parse("\n".join([*MASTHEAD, OPENING, PARAGRAPH, cut])))[-1] == read


def test_a_paragraph_that_lost_its_number_where_the_numbers_leave_room() -> None:
    lines = [*MASTHEAD, OPENING, "Ms. Aidoo (Rapporteur) said that she had 12 amendments.", "2.It was so decided."]
    assert speakers(parse("\n".join(lines))) == [("Aidoo", "rapporteur", None), (None, "procedural", None)]


# ---------------------------------------------------------------- symbols


def test_the_states_parties_number_their_sessions_as_meetings() -> None:
    masthead = [
        "CAT/SP/SR.7",
        "MEETING OF THE STATES PARTIES TO THE CONVENTION AGAINST",
        "TORTURE AND OTHER CRUEL, INHUMAN OR DEGRADING TREATMENT OR PUNISHMENT",
        "Fifth Meeting",
        "SUMMARY RECORD OF THE 7th MEETING",
        "Held at the Palais des Nations, Geneva, on Tuesday, 29 November 1995, at 10 a.m.",
        "Chairman: Mr. Kotrane (Tunisia)",
    ]
    meeting = only_meeting(parse("\n".join([*masthead, OPENING, PARAGRAPH])))
    assert (meeting["body"], meeting["session_number"], meeting["meeting_number"]) == ("CAT-SP", 5, 7)
    other = ["Committee on the Rights of the Child", "Fifth Meeting", *MASTHEAD[2:]]  # a heading, no session
    assert only_meeting(parse("\n".join([*other, OPENING, PARAGRAPH])))["session_number"] is None


@pytest.mark.parametrize(("line", "session"), [("13ª reunión", 13), ("Decimotercera reunión", 13),
                                               ("Treizième réunion", 13), ("27 e réunion", 27)])  # fmt: skip
def test_the_states_parties_sessions_in_french_and_spanish(line: str, session: int) -> None:
    masthead = [
        "Naciones Unidas", "CAT/SP/SR.16", "Reunión de los Estados partes en la Convención contra la Tortura",
        line, "Acta resumida de la 16ª sesión",
        "Celebrada en el Palacio de las Naciones, Ginebra, el martes 18 de octubre de 2011, a las 10.00 horas",
        "Presidente: Sr. Seilenthal (Estonia)", "Se declara abierta la sesión a las 10.25 horas.",
        "1.\tEl Presidente dice que la reunión ha comenzado.",
    ]  # fmt: skip
    meeting = only_meeting(parse("\n".join(masthead)))
    assert (meeting["body"], meeting["session_number"], meeting["meeting_number"]) == ("CAT-SP", session, 16)


def test_a_rendition_without_its_symbol_is_keyed_by_the_derived_one_and_says_so() -> None:
    meeting = only_meeting(parse("\n".join([*MASTHEAD, OPENING, PARAGRAPH])))
    assert (meeting["meeting_id"], meeting["symbol"], meeting["symbol_derived"]) == (
        "CRC/C/SR.1697",
        "CRC/C/SR.1697",
        True,
    )


@pytest.mark.parametrize(
    ("filename", "metadata", "expected"),
    [
        ("CRC_C_SR.1697-EN.txt", {}, "CRC/C/SR.1697"),
        ("record.txt", {"symbol": "CRC/C/SR.1697/Add.1"}, "CRC/C/SR.1697/Add.1"),
    ],
)
def test_a_symbol_from_the_file_name_or_the_catalogue_wins_over_the_derived_one(
    filename: str, metadata: dict[str, str], expected: str
) -> None:
    meeting = only_meeting(parse("\n".join([*MASTHEAD, OPENING, PARAGRAPH]), filename, metadata))
    assert (meeting["symbol"], meeting["symbol_derived"]) == (expected, False)


@pytest.mark.parametrize(
    ("lines", "symbol"),
    [
        (["Commission on Human Rights", "Thirty-seventh session", "Summary record of the 1635th meeting",
          "Held at the Palais des Nations, Geneva, on Tuesday, 10 March 1981, at 3 p.m."], "E/CN.4/SR.1635"),
        (["Commission on Human Rights", "Fiftieth session", "Summary record of the 55th meeting",
          "Held at the Palais des Nations, Geneva, on Friday, 4 March 1994, at 10 a.m."], "E/CN.4/1994/SR.55"),
        (["Committee on the Rights of Persons with Disabilities", "Fifth session", "Summary record of the 3rd meeting",
          "Held at the Palais Wilson, Geneva, on Tuesday, 12 April 2011, at 3 p.m."], "CRPD/C/5/SR.3"),
        (["Committee on Economic, Social and Cultural Rights", "Sixty-ninth session",
          "Summary record (partial)* of the 2 7 th meeting**",
          "Held via videoconference on Friday, 5 March 2021, at 5.30 p.m. Central European Time"], "E/C.12/2021/SR.27"),
        (["Third Committee", "Summary record of the 11th meeting",
          "Held at Headquarters, New York, on Tuesday, 13 October 2009, at 3 p.m."], "A/C.3/64/SR.11"),
        (["Committee on the Protection of the Rights of All", "Migrant Workers and Members of Their Families",
          "Thirty-sixth session", "Summary record of the 519th meeting"], "CMW/C/SR.519"),
    ],
)  # fmt: skip
def test_the_derived_symbol_follows_the_bodys_numbering_of_the_time(lines: list[str], symbol: str) -> None:
    assert read_masthead(lines).derived_symbol == symbol


def test_a_symbol_run_into_the_issue_date_gives_its_digits_back_to_the_day() -> None:
    masthead = read_masthead(["CCPR/C/SR.2136/Add.117 November 2003", "SUMMARY RECORD OF THE 2136th MEETING"])
    assert masthead.symbol == "CCPR/C/SR.2136/Add.1"
    masthead = read_masthead(["CAT/C/SR.10517 November 2011", "Summary record of the 1051st meeting"])
    assert masthead.symbol == "CAT/C/SR.1051"
    # Inside a line that opens with something else, in French or Spanish.
    masthead = read_masthead(["Distr.GÉNÉRALE CAT/C/SR.55816 mai 2003 Original: FRANÇAIS", "Trentième session"])
    assert masthead.symbol == "CAT/C/SR.558"
    masthead = read_masthead(["Distr. GENERAL CAT/C/SR.55816 de mayo de 2003", "30º período de sesiones"])
    assert masthead.symbol == "CAT/C/SR.558"
    # A day printed as an ordinal ("1º de septiembre"); no day has a leading zero ("609 de mayo" is SR.60).
    assert read_masthead(["CMW/C/SR.1061º de septiembre de 2009"]).symbol == "CMW/C/SR.106"
    assert read_masthead(["CMW/C/SR.609 de mayo de 2008"]).symbol == "CMW/C/SR.60"


def test_a_footnote_naming_the_other_part_is_not_the_records_symbol() -> None:
    footnote = "* The summary record of the second part (closed) of the meeting appears as document CAT/C/SR.842/Add.1."
    first = read_masthead([footnote, "SUMMARY RECORD OF THE FIRST PART (PUBLIC)* OF THE 842nd MEETING"])
    assert first.symbol == "CAT/C/SR.842"
    footnote = "* The summary record of the first part of the meeting appears as document CEDAW/C/SR.425."
    second = read_masthead([footnote, "Summary record (partial) of the second part* of the 425th meeting"])
    assert second.symbol == "CEDAW/C/SR.425/Add.1"
    printed = read_masthead(["CAT/C/SR.842", footnote])
    assert printed.symbol == "CAT/C/SR.842"


# ---------------------------------------------------------------- mastheads broken or run together


def test_held_at_broken_by_blank_lines_and_run_together() -> None:
    masthead = read_masthead(["Held at the Palais Wilson, Geneva,", "", "", "on Friday, 27 July 2001, at 10 a.m."])
    assert (masthead.place, masthead.meeting_date, masthead.scheduled_at) == (
        "the Palais Wilson, Geneva",
        date(2001, 7, 27),
        time(10, 0),
    )
    masthead = read_masthead(["Held at the Palais Wilson, Geneva,on Monday, 7 March 1994, at 3 p.m."])
    assert masthead.meeting_date == date(1994, 3, 7)
    # The mimeographed records print "held at" in lower case under the title, over two lines.
    masthead = read_masthead(["held at the Palais des Nations, Geneva,", "on Monday, 3 March 1975, at 10.50 a.m."])
    assert (masthead.place, masthead.meeting_date) == ("the Palais des Nations, Geneva", date(1975, 3, 3))
    # In capitals, as some mastheads print every line.
    masthead = read_masthead(["HELD AT THE PALAIS DES NATIONS, GENEVA,", "ON FRIDAY, 23 MARCH 2007, AT 10 A.M."])
    assert (masthead.meeting_date, masthead.scheduled_at) == (date(2007, 3, 23), time(10, 0))


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Held at Lake Success, New York, Friday, 21 May 1948 at 10.30 a.m.", date(1948, 5, 21)),  # no "on"
        ("Lake Success, New York Thursday, 20 May 1948, at 2.30 p.m.", date(1948, 5, 20)),  # the place before
        ("Palais des Nations, Geneva Monday, 7 March 1994", date(1994, 3, 7)),
        ("Held at the Palais des Nations, Geneva, on Thursday, 7 February I985, at 10 a.m.", date(1985, 2, 7)),
        ("Held at Headquarters, New York, on Monday, 3 May l976, at 3 p.m.", date(1976, 5, 3)),  # a year's 1 misread
    ],
)
def test_a_scans_date_line_with_its_place_around_it(line: str, day: date) -> None:
    assert read_masthead([line]).meeting_date == day
    assert read_masthead(["The Committee met on Thursday, 13 May 1948."]).meeting_date is None  # a sentence


def test_a_scans_masthead_with_semicolons_for_colons_ends_at_its_officers_not_at_its_date_line() -> None:
    text = "\n".join(
        [
            "Summary record of the 31st meeting : Commission on Human Rights, Drafting Committee",
            "United Nations Nations Unies",
            "Lake Success, New York Thursday, 13 May 1948, at 11:00 a.m.",
            "Chairman; Mrs. Franklin D. ROOSEVELT United States of America",
            "Rapporteur; Mr. Charles MALIK Lebanon",
            "The CHAIRMAN proposed that the Committee should take up the draft on freedom of movement next.",
            "Mr. WILSON (United Kingdom) said that his delegation would submit a shorter text the following day.",
        ]
    )
    batch = parse(text)
    meeting = only_meeting(batch)
    assert (meeting["meeting_date"], meeting["chair_name"]) == (date(1948, 5, 13), "Franklin D. Roosevelt")
    assert speakers(batch) == [("Franklin D. Roosevelt", "chair", None), ("Wilson", "delegation", "GBR")]


@pytest.mark.parametrize(
    ("item", "body", "symbol"),
    [
        (
            "Consideration of reports submitted by States parties under article 18 of the Convention",
            "CEDAW",
            "CEDAW/C/SR.616",
        ),
        (
            "Consideration of reports submitted by States parties under article 40 of the Covenant",
            "CCPR",
            "CCPR/C/SR.616",
        ),
        (
            "Reports submitted by States parties in accordance with articles 16 and 17 of the Covenant",
            "CESCR",
            "E/C.12/2003/SR.616",
        ),
    ],
)
def test_an_agenda_that_names_the_treatys_reporting_article_names_the_body(item: str, body: str, symbol: str) -> None:
    text = "\n\n".join(
        [
            "Twenty-eighth session",
            "Summary record of the 616th meeting",
            "Held at Headquarters, New York, on Monday, 7 July 2003, at 10 a.m.",
            "Chairperson:Ms. Aidoo",
            "The meeting was called to order at 10.05 a.m.",
            f"{item} (continued)",
            PARAGRAPH,
        ]
    )
    meeting = only_meeting(parse(text))
    assert (meeting["body"], meeting["symbol"], meeting["symbol_derived"]) == (body, symbol, True)


def test_a_one_line_title_that_names_session_meeting_place_and_date() -> None:
    title = (
        "Special Committee on Migration Questions, Second Session: Summary Record of the Thirty-First "
        "Meeting Held at Lake Success, New York, on Wednesday, 8 March 1950, at 10.30 a.m."
    )
    masthead = read_masthead([title, "", "Chairman: Mr. Ortiz (Chile)"])
    assert (masthead.session_number, masthead.meeting_number, masthead.meeting_date, masthead.scheduled_at) == (
        2,
        31,
        date(1950, 3, 8),
        time(10, 30),
    )
    assert masthead.place == "Lake Success, New York"
    # A long sentence that mentions a session and a place is no title.
    note = "The Committee recalled that at its second session, held at Lake Success, on 8 March 1950, it had met there."
    assert read_masthead([note]).session_number is None


@pytest.mark.parametrize(
    ("lines", "name", "office"),
    [
        (["Chairperson:Mr. Taghizade"], "Taghizade", None),
        (["Chairperson: Ms. LEE (Vice-Chairperson)"], "Lee", "Vice-Chairperson"),
        (["Chairman:", "Mr. van der MEULEN", "(Belgium)"], "van der Meulen", None),
        (["President: Mr. Hoscheit (Vice-President) ........................ (Luxembourg)"], "Hoscheit",
         "Vice-President"),
        (["President:Mrs. Muñoz (Bolivia (Plurinational State of))"], "Muñoz", "Bolivia (Plurinational State of)"),
        (["Chairpers o n:Ms. Šimonović"], "Šimonović", None),
        (["Chairman; Mr. KABORE (Burkina Faso)"], "Kabore", "Burkina Faso"),
    ],
)  # fmt: skip
def test_presiding_officers_however_printed(lines: list[str], name: str, office: str | None) -> None:
    chair = read_masthead(lines).chair
    assert chair is not None
    assert (chair.name, chair.office) == (name, office)


def test_two_presiding_officers_on_one_line_and_a_later_one() -> None:
    masthead = read_masthead(["Temporary Chair: Mr. Walker (Director)Chair: Mr. Abdel-Moneim", "later:Ms. Winter"])
    assert [(officer.label, officer.name) for officer in masthead.presiding] == [
        ("Temporary Chair", "Walker"),
        ("Chair", "Abdel-Moneim"),
    ]
    assert [officer.name for officer in masthead.later_chairs] == ["Winter"]
    # The next officer after a space, the first one's office in brackets.
    spaced = read_masthead(["Temporary Chair:Mr. Calixto (Vice-Chair) Chair:Mr. Amadou"])
    assert [(officer.label, officer.name) for officer in spaced.presiding] == [
        ("Temporary Chair", "Calixto"),
        ("Chair", "Amadou"),
    ]


@pytest.mark.parametrize(
    ("lines", "session", "meeting", "part"),
    [
        (["Ninety-nin th session", "Summary record of the 2771 st meeting"], 99, 2771, None),
        (["Forty- seventh session", "Summary record ( p artial )* of th e 452nd meeting"], 47, 452, "partial"),
        (["Sixt y-third session", "Summary record of the 1823rd m eeting"], 63, 1823, None),
        (["Fiftyfifth session", "Summaryrecord(partial)* ofthe1614thmeeting"], 55, 1614, "partial"),
        (["Fifty-fourth session", "Summary record of the 1507th (Chamber A) meeting"], 54, 1507, None),
        (["SUMMARY RECORD OF THE FIRST PART (PUBLIC)*", "OF THE 854th MEETING"], None, 854, "first part (public)"),
        (["Substantive session of 2008", "Summary record of the 38th meeting"], 2008, 38, None),
        (["120 t h session", "Summary record of the 192 4th meeting"], 120, 1924, None),
        # The same in a masthead printed in capitals.
        (["120 T H SESSION", "SUMMARY RECORD OF THE 1228 TH MEETING"], 120, 1228, None),
        # A figure a scan misread as well as broke: "I228 th Meeting".
        (["Forty-fourth session", "Summary Record of the Second Part (Public)* of the I228 th Meeting"], 44, 1228,
         "second part (public)"),
        (["NINETY-NIN TH SESSION", "SUMMARY RECORD ( P ARTIAL )* OF THE 2771 ST MEETING"], 99, 2771, "partial"),
        (["FIFTY-SECO ND SESSION", "2771 ST MEETING"], 52, 2771, None),
        (["TWENTY-S EVENTH SESSION", "SUMMARY RECORD ( P ARTIAL )* OF TH E 409TH MEETING**"], 27, 409, "partial"),
        # Meetings numbered in words, past the thousandth too.
        (["Eighth Session", "SUMMARY RECORD OF THE THREE HUNDRED AND TWELFTH MEETING"], 8, 312, None),
        (["Twenty-third Session", "SUMMARY RECORD OF THE ONE THOUSAND AND FORTY-FIRST MEETING"], 23, 1041, None),
        (["Summary record of the one thousand one hundred and fifth meeting"], None, 1105, None),
    ],
)  # fmt: skip
def test_titles_and_sessions_broken_by_old_conversions(
    lines: list[str], session: int | None, meeting: int, part: str | None
) -> None:
    masthead = read_masthead(lines)
    assert (masthead.session_number, masthead.meeting_number, masthead.meeting_part) == (session, meeting, part)


def test_a_scans_misread_figures_in_the_symbol_and_in_a_date_line_that_no_title_precedes() -> None:
    """A scan's l and O for 1 and 0: "CRPD/C/6/SR.lO" is the tenth meeting's symbol; and a site's extract whose
    masthead begins at its date line ("Lake Success, New York Thursday, 2O May 1948, at 2.3O p.m.") reads that
    line as the date, not as the first paragraph, so the officers below it are read too."""
    masthead = read_masthead(
        ["United Nations", "CRPD/C/6/SR.lO", "Distr.: General", "Summary record of the 10th meeting"]
    )
    assert (masthead.symbol, masthead.meeting_number) == ("CRPD/C/6/SR.10", 10)
    extract = [
        "Document Type Summary Record",
        "Extracted Text",
        "Second Session",
        "Lake Success, New York Thursday, 2O May 1948, at 2.3O p.m.",
        "",
        "Chairman: Mrs. Ingrid HALVORSEN Norway",
        "",
        "The CHAIRMAN opened the discussion on article 3 of the draft declaration.",
        "Mr. DUVAL (France) said that the article should be shortened.",
    ]
    meeting = only_meeting(parse("\n".join(extract)))
    assert (meeting["meeting_date"], meeting["chair_name"]) == (date(1948, 5, 20), "Ingrid Halvorsen")


def test_a_field_run_onto_the_job_number_of_the_notice_above_it() -> None:
    notice = (
        "This record is subject to correction.Corrections should be sent to the Editing Section.GE.06-43336 (E) 270706"
    )
    masthead = read_masthead(
        [f"{notice} 020806Held at the Palais Wilson, Geneva,", "on Wednesday, 26 July 2006, at 11 a.m."]
    )
    assert (masthead.place, masthead.meeting_date) == ("the Palais Wilson, Geneva", date(2006, 7, 26))


def test_the_first_session_named_is_the_records_not_one_in_the_contents() -> None:
    lines = ["Twenty-fourth session", "CONTENTS", "ACTION BY THE GENERAL ASSEMBLY AT ITS FIFTY-FOURTH SESSION"]
    assert read_masthead(lines).session_number == 24


@pytest.mark.parametrize(
    ("printed", "expected"),
    [("10.05 a.m.", time(10, 5)), ("4.35 p.m .", time(16, 35)), ("10 a . m .", time(10, 0)),
     ("10. 20 a .m.", time(10, 20)), ("12 . 20 p.m.", time(12, 20)), ("10 AM", time(10, 0)), ("noon", time(12, 0)),
     ("5.45. p.m.", time(17, 45)), ("2.45 p..m.", time(14, 45)), ("10.-10 a.m.", time(10, 10))],
)  # fmt: skip
def test_clock_times_with_slipped_spaces(printed: str, expected: time) -> None:
    assert clock_time(printed) == expected


@pytest.mark.parametrize(
    "opening",
    [
        "The second part of the meeting (public) was called to order at 12.10 p.m.",
        "The second part (public) of the meeting was called to order at 12.10 p.m.",
        "The second part (public) of the meeting began at 12.10 p.m.",
        "The discussion covered in the summary record began at 12.10 p.m.",
        "The public part of the meeting was called to order at 12.10 p.m.",
        "The public meeting was called to order at 12.10 p.m.",
        "The meeting was reconvened at 12.10 p.m.",
        "The meeting commenced at 12.10 p.m.",
        "Themeetingwascalledtoorderat12.10p.m.",
        "The public part of the meeting was called to order at 1 2.10 p.m.".replace("1 2", "12"),
    ],
)
def test_opening_lines_in_other_words(opening: str) -> None:
    assert only_meeting(parse("\n".join([*MASTHEAD, opening, PARAGRAPH])))["called_to_order"] == time(12, 10)


@pytest.mark.parametrize(
    ("opening", "called"),
    [
        ("The CHAIRMAN called the meeting to order at 12.10 p.m.", time(12, 10)),
        ("The Chairman called the meeting to order.", None),
        ("The Acting Chairman declared the meeting open.", None),
        ("The CHAIRMAN declared the meeting open at 12.10 p.m.", time(12, 10)),
        ("The CHAIRMAN opened the meeting at 12.10 p.m.", time(12, 10)),
    ],
)
def test_an_older_records_chair_opening_the_meeting_is_the_opening_line_not_a_turn(
    opening: str, called: time | None
) -> None:
    batch = parse("\n\n".join([*MASTHEAD, opening, PARAGRAPH]))
    assert only_meeting(batch)["called_to_order"] == called
    assert speakers(batch) == [("Kotrane", "member", None)]


def test_a_chair_who_opens_the_meeting_and_goes_on_speaking_has_the_turn() -> None:
    opening = "The CHAIRMAN called the meeting to order and said that the Committee had two items before it."
    assert speakers(parse("\n\n".join([*MASTHEAD, opening, PARAGRAPH]))) == [
        ("Aidoo", "chair", None),
        ("Kotrane", "member", None),
    ]


def test_a_record_of_a_part_resumed_after_a_closed_one() -> None:
    batch = parse("\n".join([*MASTHEAD, "The public part of the meeting was resumed at 4.05 p.m.", PARAGRAPH]))
    assert only_meeting(batch)["called_to_order"] == time(16, 5)


@pytest.mark.parametrize(
    ("line", "chair", "later"),
    [
        ("Chairperson: Ms. Aidoo later: Mr. Kotrane later: Ms. Lee", "Aidoo", ["Kotrane", "Lee"]),
        ("Presidente: Sr. Doek  más tarde: Sra. Lee", "Doek", ["Lee"]),
        ("Président: M. BHAGWATI puis: M. AMOR", "Bhagwati", ["Amor"]),
        ("Presidencia: Sr. Grossman", "Grossman", []),
    ],
)
def test_later_chairs_on_the_chairs_line_after_a_space(line: str, chair: str, later: list[str]) -> None:
    masthead = read_masthead([line])
    assert masthead.chair is not None
    assert masthead.chair.name == chair
    assert [officer.name for officer in masthead.later_chairs] == later


# ---------------------------------------------------------------- typography and flattened renditions


def test_typographic_characters_inside_names_read_as_plain_ones() -> None:
    paragraph = (
        "Ms.\u00a0Kyung\u2011wha KaNG (Acting High Commissioner for Human Rights) said that the Gov\u00adern"
        "\u00adment\u200b had replied."
    )
    batch = parse("\n".join([*MASTHEAD, OPENING, paragraph]))
    assert speakers(batch) == [("Kyung-wha Kang", "secretariat", None)]
    assert "Government had replied" in batch.frames["statements"]["text"][0]


def test_an_html_rendition_with_entities_for_those_characters() -> None:
    html = (
        "<html><body>" + "".join(f"<p>{line}</p>" for line in [*MASTHEAD, OPENING]) +
        "<p>Ms.&nbsp;Kyung&#8209;wha Kang (Acting High Commissioner for Human Rights) said that the"
        " Gov&shy;ernment had replied.</p></body></html>"
    )  # fmt: skip
    batch = parse(html, "record.html")
    assert speakers(batch) == [("Kyung-wha Kang", "secretariat", None)]


def test_a_word_rendition_with_no_break_characters() -> None:
    import docx

    document = docx.Document()
    for line in [*MASTHEAD, OPENING, "Mr.\u00a0Abdel\u2011Rahman (Egypt) said that the Group would submit a draft."]:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    assert speakers(parse(buffer.getvalue(), "record.docx")) == [("Abdel-Rahman", "delegation", "EGY")]


def test_a_flattened_rendition_is_broken_at_its_fields_and_running_numbers() -> None:
    flat = (
        "United Nations A/C.6/65/SR.27 Distr.: General 3 December 2010 Original: English General Assembly "
        "Sixty-fifth session Official Records Sixth Committee Summary record of the 27th meeting Held at "
        "Headquarters, New York, on Friday, 5 November 2010, at 3 p.m. Chairperson: Ms. Picco . . . . . . . . "
        "(Monaco) Contents Agenda item 77: Report of the Commission (continued) The meeting was called to order "
        "at 3.05 p.m. Agenda item 77: Report of the Commission (continued) (A/65/17) 1. Mr. Rossi (Italy) said "
        "that 25 States had ratified the convention in 2 years. 3. That figure was not a paragraph. 2. The "
        "Chairperson thanked him. The meeting rose at 4.10 p.m."
    )
    lines = unflattened(flat).split("\n")
    assert lines[:4] == ["United Nations", "A/C.6/65/SR.27", "Distr.: General 3 December 2010", "Original: English"]
    assert "Held at Headquarters, New York, on Friday, 5 November 2010, at 3 p.m." in lines
    assert "Chairperson: Ms. Picco (Monaco)" in lines
    assert lines[-3:] == [
        "1. Mr. Rossi (Italy) said that 25 States had ratified the convention in 2 years. 3. That figure was not a "
        "paragraph.",
        "2. The Chairperson thanked him.",
        "The meeting rose at 4.10 p.m.",
    ]
    meeting = only_meeting(parse(flat))
    assert (meeting["symbol"], meeting["chair_name"], meeting["rose_at"]) == ("A/C.6/65/SR.27", "Picco", time(16, 10))
    # A scan's run with its spaces doubled is broken the same way.
    assert unflattened(flat.replace(" ", "  ")).split("\n") == lines


def test_a_body_named_over_two_lines_below_its_issuer_and_an_officer_whose_office_broke() -> None:
    lines = [
        "General Assembly", "Committee on the Exercise of the Inalienable Rights", "of the Palestinian People",
        "Summary record of the 98th meeting",
        "Held at Headquarters, New York, on Monday, 9 January 1984, at 10.30 a.m.",
        "Temporary Chairman: Mr. BUFFUM (Under-Secretary-General", "for Political and General Assembly Affairs)",
        "The meeting was called to order at 10.40 a.m.", "The TEMPORARY CHAIRMAN declared the session open.",
    ]  # fmt: skip
    batch = parse("\n".join(lines))
    meeting = only_meeting(batch)
    assert (meeting["body"], meeting["symbol"], meeting["chair_name"]) == ("CEIRPP", "A/AC.183/SR.98", "Buffum")
    assert speakers(batch) == [("Buffum", "chair", None)]


def test_a_presiding_officer_with_a_state_printed_after_the_name_without_brackets() -> None:
    lines = [*MASTHEAD[:-1], "Chairman: Mrs, Franklin D. Roosevelt United States of America", OPENING, PARAGRAPH]
    assert only_meeting(parse("\n".join(lines)))["chair_name"] == "Franklin D. Roosevelt"


def test_a_paragraph_of_a_record_without_numbers_that_opens_with_a_rank() -> None:
    lines = [*MASTHEAD, OPENING, "U THANT (Burma) said that his delegation would vote for the draft", PARAGRAPH]
    assert speakers(parse("\n".join(lines))) == [("Thant", "delegation", "MMR"), ("Kotrane", "member", None)]


def test_turns_a_mimeographed_record_ran_into_one_paragraph_are_read_apart() -> None:
    """The first decades' records without paragraph numbers, whose text layer lost the breaks between turns:
    a sentence's end, then a speaker in capitals with a verb, starts a turn; a sentence that names a speaker
    does not."""
    lines = [
        *MASTHEAD[:-1], "Chairman: Mr. MALIK (Lebanon)",
        "The CHAIRMAN asked the members to take up the article on asylum. Mr. CASSIN (France) stated that his",
        "delegation attached great importance to the article. Mr. WILSON (United Kingdom) could not agree to the",
        "wording proposed; Mr. CASSIN's amendment went further than existing law. Mr. HOARE had been elected",
        "at the previous meeting. The CHAIRMAN suggested that the article be referred to the working group.",
        "Mr. PAVLOV (Union of Soviet Socialist Republics) objected to that procedure.",
    ]  # fmt: skip
    batch = parse("\n".join(lines))
    assert speakers(batch) == [
        ("Malik", "chair", None), ("Cassin", "delegation", "FRA"), ("Wilson", "delegation", "GBR"),
        ("Malik", "chair", None), ("Pavlov", "delegation", "SUN"),
    ]  # fmt: skip
    statements = batch.frames["statements"].sort("paragraph")
    assert (
        statements["text"][1]
        == "Mr. CASSIN (France) stated that his delegation attached great importance to the article."
    )
    assert statements["text"][2].endswith("Mr. HOARE had been elected at the previous meeting.")


@pytest.mark.parametrize(
    ("heading", "turn"),
    [("Opening address by the Secretary-General", "The SECRETARY-GENERAL declared open the first meeting."),
     ("Draft concluding observations on the report of Peru", "The Chairperson said that the draft was ready."),
     ("REPORT BY THE CHAIRMAN ON THE SEMINAR OF MARCH 1995", "The CHAIRMAN reported that it had gone well.")],
)  # fmt: skip
def test_an_officer_after_a_heading_with_no_stop_between_opens_a_turn(heading: str, turn: str) -> None:
    from transforms.turns_in_line import turns_apart

    assert turns_apart(f"{heading} {turn}") == [heading, turn]
    prose = "He recalled that at its previous session the Chairperson said that the draft was ready for adoption."
    assert turns_apart(prose) == [prose]  # "the", not "The": inside a sentence


def test_a_paragraphs_number_is_no_sentence_a_turn_follows() -> None:
    from transforms.turns_in_line import turns_apart

    line = "12. The CHAIRMAN said that the Committee would resume its debate on the draft on the following day."
    assert turns_apart(line) == [line]
    assert turns_apart(f"It was so decided. {line[4:]}") == ["It was so decided.", line[4:]]
    # Any title the pattern takes, and a question's end, are looked at too.
    lord = "Lord CARADON (United Kingdom) said that his delegation would abstain in the vote."
    assert turns_apart(f"Was that the case? {lord}") == ["Was that the case?", lord]


def test_a_sentence_naming_a_speaker_in_title_case_stays_in_its_paragraph() -> None:
    paragraph = (
        "Mr. Kotrane asked whether the Committee would meet in three chambers. Ms. Aidoo said that it would, "
        "and he thanked her for the answer given at the previous meeting."
    )
    batch = parse("\n".join([*MASTHEAD, paragraph]))
    assert speakers(batch) == [("Kotrane", "member", None)]


def test_a_numbered_heading_over_a_wrapped_opening_is_a_heading_even_when_it_starts_like_a_title() -> None:
    lines = [
        *MASTHEAD, "1. Draft Declaration submitted by the Working Group (Document E/CN.4/AC.1/W.1)",
        "The CHAIRMAN told the members that the text would be read out", "article by article.",
        "Mr. KORETSKY (Union of Soviet Socialist Republics) said that he agreed.",
    ]  # fmt: skip
    batch = parse("\n".join(lines))
    assert speakers(batch) == [("Aidoo", "chair", None), ("Koretsky", "delegation", "SUN")]


def test_a_presiding_officer_whose_colon_was_lost() -> None:
    lines = [*MASTHEAD[:-1], "Chairman Mr. CHARRY (Colombia)", OPENING, PARAGRAPH]
    assert only_meeting(parse("\n".join(lines)))["chair_name"] == "Charry"


def test_a_masthead_ruled_with_table_pipes_is_read() -> None:
    meeting = only_meeting(parse("\n".join(["|||", *MASTHEAD, "||", OPENING, PARAGRAPH])))
    assert (meeting["symbol"], meeting["chair_name"]) == ("CRC/C/SR.1697", "Aidoo")


def test_numbered_agenda_items_over_unnumbered_paragraphs_are_headings() -> None:
    lines = [
        "Third Committee", "Held at Lake Success, New York", "Monday, 29 September 1947, at 3 p.m.",
        "Temporary Chairman: Mr. O. MARTINS (Brazil)", "1. Election of Chairman",
        "Mr. SOTO (Chile) nominated Mr. Lund for the chairmanship.", "Mr. BRAY (Canada) supported the nomination.",
        "Mr. Lund was elected Chairman by acclamation and took the Chair.",
        "The CHAIRMAN thanked the Committee.", "2. Election of Vice-Chairman",
        "Mr. ROY (India) nominated Mr. Lim.", "Mr. Lim was elected Vice-Chairman by acclamation.",
    ]  # fmt: skip
    batch = parse("\n".join(lines))
    assert speakers(batch) == [
        ("Soto", "delegation", "CHL"),
        ("Bray", "delegation", "CAN"),
        (None, "procedural", None),
        ("Lund", "chair", None),
        ("Roy", "delegation", "IND"),
        (None, "procedural", None),
    ]
    assert only_meeting(batch)["meeting_date"] == date(1947, 9, 29)
    assert batch.frames["agenda_items"]["title"].to_list() == [
        "1. Election of Chairman",
        "2. Election of Vice-Chairman",
    ]


FLAT_MASTHEAD = (
    "UNITED NATIONS E Economic and Social Council Distr. GENERAL E/CN.4/1989/SR.40 2 March 1989 ENGLISH "
    "COMMISSION ON HUMAN RIGHTS Forty-fifth session SUMMARY RECORD OF THE 40th MEETING Held at the Palais des "
    "Nations, Geneva, on Monday, 27 February 1989, at 10 a.m. Chairman: Mr. ERMACORA (Austria) CONTENTS "
    "Question of the realization of economic rights (continued) The meeting was called to order at 10.15 a.m. "
)


def test_a_flattened_scan_whose_first_paragraph_follows_a_heading_and_whose_numbers_lost_their_dots() -> None:
    flat = FLAT_MASTHEAD + (
        "QUESTION OF THE REALIZATION OF ECONOMIC RIGHTS (agenda item 8) (continued) (E/CN.4/1989/12) 1. The "
        "CHAIRMAN invited the Commission to resume its debate. Draft resolution E/CN.4/1989/L.9 2 Mr. SENE "
        "(Senegal) said that his delegation supported the draft. 3. Mrs. KOLB (Austria) said that it was timely."
    )
    assert speakers(parse(flat)) == [
        ("Ermacora", "chair", None),
        ("Sene", "delegation", "SEN"),
        ("Kolb", "delegation", "AUT"),
    ]


def test_a_flattened_rendition_without_paragraph_numbers_is_broken_at_each_speaker() -> None:
    flat = FLAT_MASTHEAD + (
        "QUESTION OF THE REALIZATION OF ECONOMIC RIGHTS (agenda item 8) (continued) (E/CN.4/1989/12) "
        "Mr. SENE (Senegal), after recalling the Commission's earlier resolutions, said that the draft deserved "
        "support. His delegation would vote for it. The CHAIRMAN thanked him. Mrs. Kolb (Austria) said that "
        "Mr. SENE had been right, and that her delegation agreed."
    )
    batch = parse(flat)
    assert speakers(batch) == [
        ("Sene", "delegation", "SEN"),
        ("Ermacora", "chair", None),
        ("Kolb", "delegation", "AUT"),
    ]
    assert only_meeting(batch)["called_to_order"] == time(10, 15)


def test_a_flattened_body_run_onto_its_opening_formula_and_the_chair_after_a_heading() -> None:
    """The opening formula, the agenda's headings and the Chair's turn on one line with no stop between the last
    heading and "The CHAIRMAN": the formula is read apart, and the Chair's turn from where "The" opens it."""
    flat = FLAT_MASTHEAD.replace(" The meeting was called to order at 10.15 a.m. ", " ") + (
        "This record is subject to correction. 89-10234 (E) "
        "The meeting was called to order at 10.15 a.m. ADOPTION OF THE AGENDA The agenda was adopted. REPORT BY "
        "THE CHAIRMAN ON THE SEMINAR HELD AT GENEVA FROM 2 TO 4 FEBRUARY 1989 The CHAIRMAN reported that the "
        "seminar had been well attended. Mr. SENE (Senegal) said that his delegation welcomed the report."
    )
    batch = parse(flat)
    assert speakers(batch) == [("Ermacora", "chair", None), ("Sene", "delegation", "SEN")]
    assert only_meeting(batch)["called_to_order"] == time(10, 15)


def test_a_flattened_masthead_that_lost_its_labels_names_the_chair_after_the_hour() -> None:
    flat = (
        "Ad Hoc Committee on Refugees, First Session: Summary Record of the Ninth Meeting Held at Lake Success, "
        "New York, on Monday, 23 January 1950, at 3 p.m. Mr. Kofi MENSAH Sir Oliver HALE United Kingdom Canada "
        "Secretary of the Committee 1. The CHAIRMAN opened the discussion of article 2. 2. Sir Oliver HALE "
        "(United Kingdom) said that he supported the text."
    )
    assert only_meeting(parse(flat))["chair_name"] == "Kofi Mensah"


MODERN_UNNUMBERED = [
    "United Nations Convention on the Elimination of All Forms of Discrimination against Women",
    "Committee on the Elimination of Discrimination against Women",
    "Eighty-first session",
    "Summary record of the 2050th meeting",
    "Held at the Palais des Nations, Geneva, on Friday, 6 March 2020, at 3 p.m.",
    "Chair person:Ms. Okafor",
    "Contents",
    "Adoption of the report of the Committee on its eighty-first session",
    "Closure of the session",
    "The discussion covered in the summary record began at 3.40 p.m.",
    "Adoption of the report of the Committee on its eighty-first session",
    "Ms. Holm (Rapporteur) introduced the draft report, which was before the Committee in document L.1.",
    "The Chair said that she took it that the Committee wished to adopt the report as a whole.",
    "It was so decided.",
    "Ms. Tanaka said that the report reflected the work of a busy session.",
    "Closure of the session",
    "The Chair said that the Committee had considered eight reports of States parties.",
]


@pytest.mark.parametrize("joined_by", ["\n", " "])
def test_a_modern_unnumbered_record_reads_the_same_run_onto_one_line(joined_by: str) -> None:
    """Headings in title case, mixed-case names and "The Chair" run into one line: each turn still opens where
    a name and its verb follow a sentence or a heading; the chair ends before the contents."""
    batch = parse(joined_by.join(MODERN_UNNUMBERED))
    meeting = only_meeting(batch)
    assert (meeting["meeting_number"], meeting["meeting_date"]) == (2050, date(2020, 3, 6))
    assert (meeting["called_to_order"], meeting["chair_name"]) == (time(15, 40), "Okafor")
    assert speakers(batch) == [
        ("Holm", "rapporteur", None),
        ("Okafor", "chair", None),
        (None, "procedural", None),  # "It was so decided.": a paragraph of its own, run on or not
        ("Tanaka", "member", None),
        ("Okafor", "chair", None),
    ]
    # A name inside a sentence opens no turn, whatever follows it.
    for sentence in ("The Chair thanked Ms. Holm (Rapporteur) for her work.", "The Chair said, as Ms. Holm said, no."):
        assert len(speakers(parse(joined_by.join([*MODERN_UNNUMBERED[:-1], sentence])))) == 5


def test_a_run_whose_first_paragraph_lost_its_number_and_whose_hour_is_spaced() -> None:
    """ "called to order at 12 . 20 p.m.", then a heading run into the first paragraph, which lost its "1.", and
    "2.The Chair" glued: the run is broken from "2." on, and the first paragraph is read as an unnumbered one."""
    flat = " ".join(
        [
            *MODERN_UNNUMBERED[:6],
            "Adoption of the report of the Committee on its eighty-first session",
            "The meeting was called to order at 12 . 20 p.m.",
            "Adoption of the report of the Committee on its eighty-first session (CEDAW/C/2020/I/L.1).",
            "Ms. Holm (Rapporteur) introduced the draft report, which was before the Committee in document L.1.",
            "2.The Chair said that she took it that the Committee wished to adopt the report as a whole.",
            "3.It was so decided.",
            "4.Ms. Tanaka said that the report reflected the work of a busy session.",
        ]
    )
    batch = parse(flat)
    assert only_meeting(batch)["called_to_order"] == time(12, 20)
    assert speakers(batch) == [
        ("Holm", "rapporteur", None),
        ("Okafor", "chair", None),
        (None, "procedural", None),
        ("Tanaka", "member", None),
    ]


def test_an_excerpts_short_masthead_run_is_broken_at_its_fields() -> None:
    """An excerpt cut right below a flattened masthead leaves a line shorter than a flattened record's."""
    flat = (
        "Human Rights Council Second session SUMMARY RECORD OF THE 1st MEETING Held at the Palais des Nations, "
        "Geneva, on Monday, 18 September 2006, at 10 a.m. President: Mr. OKAFOR (Nigeria) CONTENTS ADOPTION OF THE"
        " AGENDA The meeting was called to order at 10.15 a.m. ADOPTION OF THE AGENDA (agenda item 1) /... 26. Mr."
        " HOLM (Denmark) said that the agenda could be adopted. /... 27. Ms. TANAKA (Japan) agreed."
    )
    assert len(flat.split("/...", maxsplit=1)[0]) < 600
    batch = parse(flat)
    meeting = only_meeting(batch)
    assert (meeting["meeting_number"], meeting["meeting_date"], meeting["chair_name"]) == (
        1,
        date(2006, 9, 18),
        "Okafor",
    )
    assert speakers(batch) == [("Holm", "delegation", "DNK"), ("Tanaka", "delegation", "JPN")]
    doubled = parse(flat.replace(" ", "  "))  # a scan's run with its spaces doubled reads the same
    assert (speakers(doubled), only_meeting(doubled)["chair_name"]) == (speakers(batch), "Okafor")


FRENCH_NUMBERED = [
    "NATIONS UNIES", "CCPR", "Distr. GÉNÉRALE", "CCPR/C/SR.2500", "15 novembre 2007", "Original: FRANÇAIS",
    "COMITÉ DES DROITS DE L’HOMME", "Quatre-vingt-onzième session",
    "COMPTE-RENDU ANALYTIQUE DE LA 2500e SÉANCE",
    "tenue au Palais Wilson, à Genève, le mardi 23 octobre 2007, à 15 heures",
    "Présidente :Mme Okafor", "SOMMAIRE", "EXAMEN DES RAPPORTS PRÉSENTÉS PAR LES ÉTATS PARTIES (suite)",
    "La séance est ouverte à 15 h 10.", "EXAMEN DES RAPPORTS PRÉSENTÉS PAR LES ÉTATS PARTIES (suite)",
    "1.Sur l’invitation de la Présidente, la délégation reprend place à la table du Comité.",
    "2.La PRÉSIDENTE invite la délégation à répondre aux questions posées à la séance précédente.",
    "3.M. DUPONT (France) dit que la loi de 2005 a été modifiée.", "Paragraphe 34",
    "4.Mme Holm propose de supprimer les crochets.", "5.La Présidente dit qu’elle croit comprendre que le Comité"
    " souhaite adopter le paragraphe ainsi modifié.", "6.Il en est ainsi décidé.",
]  # fmt: skip
SPANISH_EXCERPT = [
    "Distr. GENERAL", "CRC/C/SR.560", "9 de junio de 1999", "ESPAÑOL", "COMITÉ DE LOS DERECHOS DEL NIÑO",
    "21º período de sesiones", "ACTA RESUMIDA DE LA 560ª SESIÓN",
    "celebrada en el Palacio de las Naciones, Ginebra, el viernes 4 de junio de 1999, a las 10.30 horas",
    "Presidenta: Sra. OKAFOR", "SUMARIO", "CLAUSURA DEL PERÍODO DE SESIONES",
    "El debate abarcado por el acta resumida se inicia a las 11.30 horas.", "CLAUSURA DEL PERÍODO DE SESIONES",
    "1. La PRESIDENTA dice que el Comité ha examinado nueve informes durante el período de sesiones y que",
]  # fmt: skip


@pytest.mark.parametrize("joined_by", ["\n", " "])
def test_french_and_spanish_records_read_the_same_run_onto_one_line(joined_by: str) -> None:
    """A French record's numbers glued to their speakers ("2.La PRÉSIDENTE"), names in mixed case, a heading
    ("Paragraphe 34") run into a turn; a Spanish excerpt cut in its first paragraph, opening with the part the
    record covers: run onto one line, they read as they do line by line."""
    french = parse(joined_by.join(FRENCH_NUMBERED))
    meeting = only_meeting(french)
    assert (meeting["meeting_date"], meeting["called_to_order"], meeting["chair_name"]) == (
        date(2007, 10, 23),
        time(15, 10),
        "Okafor",
    )
    assert speakers(french) == [
        (None, "procedural", None),
        ("Okafor", "chair", None),
        ("Dupont", "delegation", "FRA"),
        ("Holm", "member", None),
        ("Okafor", "chair", None),
        (None, "procedural", None),
    ]
    public_part = [line.replace("La séance", "La deuxième partie (publique) de la séance") for line in FRENCH_NUMBERED]
    assert speakers(parse(joined_by.join(public_part))) == speakers(french)
    # Words a conversion broke ("Co mpte rendu", "S OMMAIRE", "L a séance") and the part that "commence à".
    broken = [
        line.replace("COMPTE-RENDU", "CO MPTE-RENDU").replace("SOMMAIRE", "S OMMAIRE") for line in FRENCH_NUMBERED
    ]
    for opening in (
        "L a séance est ouverte à 15 h 10.",
        "La deuxième partie (publique) de la séance commence à 15 h 10.",
    ):
        lines = [opening if line.startswith("La séance est ouverte") else line for line in broken]
        assert speakers(parse(joined_by.join(lines))) == speakers(french)
        assert only_meeting(parse(joined_by.join(lines)))["called_to_order"] == time(15, 10)
    # Spanish in mixed case, numbers glued to the article ("1.La Sra. Holm"), the label broken ("President a").
    mixed = [
        *SPANISH_EXCERPT[:7],
        "celebrada en la Sede, Nueva York, el viernes 1 de febrero de 2008, a las 12.00 horas",
        "President a :Sra. Okafor", "Sumario", "Aprobación del informe",
        "Se declara abierta la sesión a las 12.25 horas.", "Aprobación del informe del Comité (CEDAW/C/2008/I/L.1)",
        "1.La Sra. Holm (Relatora) presenta el documento L.1.",
        "2.La Presidenta dice que el Comité desea aprobar el documento.", "3.Así queda acordado.",
    ]  # fmt: skip
    assert speakers(parse(joined_by.join(mixed))) == [
        ("Holm", "rapporteur", None),
        ("Okafor", "chair", None),
        (None, "procedural", None),
    ]
    spanish = parse(joined_by.join(SPANISH_EXCERPT))
    assert only_meeting(spanish)["called_to_order"] == time(11, 30)
    assert speakers(spanish) == [("Okafor", "chair", None)]


def test_a_flattened_second_part_reconvened_under_its_footnote() -> None:
    """A run whose job number stands before "Held at", whose second part was "Reconvened at", whose chair has no
    State and runs into the agenda, and whose footnote on the first part comes before the opening line."""
    flat = (
        "United Nations CEDAW/C/SR.430/Add.1 Distr.: General 9 July 1999 GE.99-41234 (E) Twenty-first session "
        "Summary record (partial) of the second part* of the 430th meeting Reconvened at Headquarters, New York, on "
        "Wednesday, 9 June 1999, at 3 p.m. Chairperson:Ms. Okafor Consideration of reports submitted by States "
        "parties under article 18 of the Convention (continued) * The summary record of the first part of the "
        "meeting appears as document CEDAW/C/SR.430. The meeting was reconvened at 3.15 p.m. 1. The Chairperson "
        "invited the members of the delegation to take places at the Committee table. 2. Ms. Holm said that the "
        "report was a frank one. " + "She asked how many women sat in the Parliament. " * 8
    )
    meeting = only_meeting(parse(flat))
    assert (meeting["symbol"], meeting["meeting_date"], meeting["called_to_order"]) == (
        "CEDAW/C/SR.430/Add.1",
        date(1999, 6, 9),
        time(15, 15),
    )
    assert meeting["chair_name"] == "Okafor"
    assert speakers(parse(flat)) == [("Okafor", "chair", None), ("Holm", "member", None)]


def test_the_attendance_run_onto_the_chairs_line_is_no_part_of_the_chair() -> None:
    flat = (
        "Ad Hoc Committee on Statelessness, First Session: Summary Record of the Ninth Meeting Held at Lake "
        "Success, New York, on Monday, 23 January 1950, at 11 a.m. Chairman: Mr. OKAFOR Nigeria Members: Mr. "
        "HOLM Denmark Mr. TANAKA Japan Secretariat: Mr. RUIZ The meeting was called to order at 11.10 a.m. "
        + "Mr. HOLM (Denmark) said that the text could stand. "
        * 12
    )
    assert only_meeting(parse(flat))["chair_name"] == "Okafor"


def test_the_official_records_printed_layout_run_onto_one_line_below_a_site_header() -> None:
    flat = (
        "Human Rights Travaux\n\nA/C.3/SR.371\n\nGeneral Assembly, 6th session : 3rd Committee, 371st meeting\n\n"
        "Document Type Summary Record\n\nExtracted Text\n\n"
        "United Nations GENERAL ASSEMBLY SIXTH SESSION Official Records THIRD COMMITTEE 371st MEETING Tuesday, "
        "18 December 1951, at 10,30 a.m. Palais de Chaillot, Paris CONTENTS Page Draft covenant on human rights "
        "(A/1883, E/2057 and Add.1) (continued) 205 Chairman : Mrs. Luisa VEGA (Chile). 205 Draft covenant on "
        "human rights (A/1883, E/2057 and Add.1) (continued) [Item 29]* 1. Mr. MORAES (Brazil) said that the "
        "draft article on self-determination deserved the support of 30 delegations. 2. He hoped that the vote "
        "would be taken soon, since the Committee had spent eleven meetings on the article and the sponsors had "
        "agreed on a text that met most of the objections raised in the general debate. 3. Mr. HOLM (Denmark) "
        "said that his delegation would abstain."
    )
    batch = parse(flat)
    meeting = only_meeting(batch)
    assert (
        meeting["symbol"], meeting["body"], meeting["session_number"], meeting["meeting_number"],
        meeting["meeting_date"], meeting["chair_name"],
    ) == ("A/C.3/SR.371", "A/C.3", 6, 371, date(1951, 12, 18), "Luisa Vega")  # fmt: skip
    assert speakers(batch) == [
        ("Moraes", "delegation", "BRA"),
        ("Moraes", "delegation", "BRA"),
        ("Holm", "delegation", "DNK"),
    ]


@pytest.mark.parametrize(
    ("printed", "session"),
    [("A/C.3/SR.1214", 18), ("A/C.3/37/SR.64", 37)],
)
def test_a_main_committee_record_is_of_the_assembly_session_its_symbol_or_date_says(printed: str, session: int) -> None:
    lines = [
        "United Nations", "GENERAL ASSEMBLY", "Official Records", printed, "THIRD COMMITTEE",
        "SUMMARY RECORD OF THE MEETING", "ASSEMBLY Friday, 27 September 1963,", "Chairman: Mr. DIAZ (Chile)",
        "1. Mr. HOLM (Denmark) said that his delegation would abstain.",
    ]  # fmt: skip
    meeting = only_meeting(parse("\n".join(lines)))
    assert (meeting["body"], meeting["session_number"], meeting["meeting_date"]) == (
        "A/C.3",
        session,
        date(1963, 9, 27),
    )


@pytest.mark.parametrize(
    ("head", "fields"),
    [
        # A scan's text layer reads the printed head's columns across, in whatever order they fall.
        (
            "United Nations FIFTH COMMITTEE, 812th GENERAL MEETING ASSEMBLY Monday, 3 March 1961, at 3.15 p.m. "
            "FIFTEENTH SESSION Official Records • NEW YORK",
            ("A/C.5/SR.812", "A/C.5", 15, 812, date(1961, 3, 3)),
        ),
        (
            "UNITED NATIONS 911th Meeting TRUSTEESHIP COUNCIL Tuesday, 9 June 1958, Twenty-second Session "
            "at 2.30 p.m. OFFICIAL RECORDS NEW YORK",
            ("T/SR.911", "T", 22, 911, date(1958, 6, 9)),
        ),
        # From the Assembly's thirty-first session (1976) its committees' symbols carry the session.
        (
            "SECOND COMMITTEE, 40th MEETING Friday, 5 November 1976, at 10.30 a.m. THIRTY-FIRST SESSION "
            "Official Records",
            ("A/C.2/31/SR.40", "A/C.2", 31, 40, date(1976, 11, 5)),
        ),
        # A scan misread a letter of "MEETING", lost the ligature of "Official" and a word of the date: the
        # symbol's form is the session's year (the twenty-third, 1968: no session in it yet).
        (
            "FIFTH COMMITTEE, 1628th GENERAL MEETqNG ASSEMBLY Wednesday, 4 1968, TWENTY-THIRD SESSION "
            "at 11.10 a.m. OÿciaI Records NEW YORK",
            ("A/C.5/SR.1628", "A/C.5", 23, 1628, None),
        ),
    ],
)
def test_the_printed_official_records_head_run_into_one_line(head: str, fields: tuple[object, ...]) -> None:
    turns = ("Mr. HOLM (Denmark) said that his delegation would abstain on the draft.", "The CHAIRMAN thanked him.")
    paragraphs = [f"{n}. {turns[n % 2 == 0]}" for n in range(1, 19)]
    contents = "CONTENTS Agenda item 12: Draft resolution (continued) Chairman: Mr. Karl LINDQVIST (Sweden)."
    # On a line of its own, and flattened with the contents and the paragraphs (a line over 600 characters).
    for text in ("\n".join([head, *paragraphs]), " ".join([head, contents, *paragraphs])):
        meeting = only_meeting(parse(text))
        assert meeting["symbol_derived"] is True
        assert (
            meeting["symbol"],
            meeting["body"],
            meeting["session_number"],
            meeting["meeting_number"],
            meeting["meeting_date"],
        ) == fields


@pytest.mark.parametrize("name", ["OKAFOR", "Okafor"])
def test_a_numbered_turn_the_columns_ran_into_a_long_line_starts_its_own_paragraph(name: str) -> None:
    """A printed page's columns read across put the first turn in the middle of the contents' line; its name in
    capitals, or in title case as a web rendition retypes it."""
    contents = " ".join(["Examination of annual reports (continued) • • • 212 Hearing of petitioners • • 214"] * 6)
    lines = [
        "UNITED NATIONS 731st Meeting TRUSTEESHIP COUNCIL Monday, 2 June 1958, Twenty-second Session at 3 p.m. "
        "OFFICIAL RECORDS NEW YORK",
        f"CONTENTS {contents} 1. Mr. {name} (Nigeria), Chairman of the Visiting Mission, stated that the mission"
        f" had visited every district. {contents}",
        "2. The PRESIDENT thanked him.",
    ]
    batch = parse("\n".join(lines))
    assert only_meeting(batch)["symbol"] == "T/SR.731"
    assert speakers(batch) == [("Okafor", "observer", None), (None, "chair", None)]


def test_scan_noise_that_reads_like_a_sentence_above_the_title_is_not_the_body() -> None:
    lines = [
        "CU =4 4 Et CU Q id). i1dS Q A'Ut,011 2i2Qj~i _ _._;.....", "United Nations", "THIRD COMMITTEE",
        "SUMMARY RECORD OF THE 64th MEETING", "Chairman: Mr. CALERO RODRIGUES (Brazil)", "CONTENTS",
        "AGENDA ITEM 12: REPORT OF THE ECONOMIC AND SOCIAL COUNCIL (continued)",
        "Mr. HOLM (Denmark) said that his delegation would abstain.",
    ]  # fmt: skip
    batch = parse("\n".join(lines))
    meeting = only_meeting(batch)
    assert (meeting["meeting_number"], meeting["chair_name"]) == (64, "Calero Rodrigues")
    assert speakers(batch) == [("Holm", "delegation", "DNK")]


def test_text_with_long_lines_but_no_masthead_in_them_is_left_as_it_is() -> None:
    long_paragraph = "1.\tMr. Rossi (Italy) said that " + "the report was welcome and " * 40 + "timely."
    text = "\n".join([*MASTHEAD, OPENING, long_paragraph])
    assert unflattened(text) == text


# ---------------------------------------------------------------- speakers


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("A representative of Kazakhstan, replying to questions, said that a new code had entered into force.",
         (None, "delegation", "KAZ")),
        # Ranks and honorifics in place of "Mr.": before a name in capitals, or in title case with the State after.
        ("U Kyaw Tint Swe (Myanmar) said that his Government had released 200 prisoners.",
         ("Kyaw Tint Swe", "delegation", "MMR")),
        ("Daw Mya Sein (Burma) said that her delegation would vote for the draft.", ("Mya Sein", "delegation", "MMR")),
        ("Alhaji SULE KOLO (Nigeria) said that his delegation would vote for the draft.",
         ("Sule Kolo", "delegation", "NGA")),
        ("Sayed Mohamed AHMED (Sudan) said that his delegation would vote for the draft.",
         ("Mohamed Ahmed", "delegation", "SDN")),
        ("Tan Sri ZAITON (Malaysia) said that his delegation would abstain.", ("Zaiton", "delegation", "MYS")),
        ("Dato' ZAINAL ABIDIN (Malaysia) said that it would abstain.", ("Zainal Abidin", "delegation", "MYS")),
        ("Maître KATIKA (Cameroon) said that his delegation would abstain.", ("Katika", "delegation", "CMR")),
        ("Senator AUSTIN (United States of America) said that the Charter was clear.", ("Austin", "delegation", "USA")),
        ("The Rev. Michael SCOTT said that the people of the Territory wished to be heard.",
         ("Michael Scott", "member", None)),
        # An Arabic article joined to a name in capitals, in lower case.
        ("Mr. el-KHOURI (Syria) said that his delegation would vote against the draft.",
         ("el-Khouri", "delegation", "SYR")),
        # An observer State's delegate, unnamed, and an organization's observer.
        ("The observer for Switzerland said that his Government had ratified the Optional Protocol.",
         (None, "delegation", "CHE")),
        ("The observer for the Holy See, speaking on the right of reply, said that the figures were wrong.",
         (None, "delegation", "VAT")),
        ("The observer for the International Labour Organization said that the convention had 180 parties.",
         (None, "observer", None)),
        ("Mr. WILLE (Observer, Norway) said that his Government supported the draft.", ("Wille", "delegation", "NOR")),
        ("Mr. TERZI (Observer, Palestine Liberation Organization) said that the plan was rejected.",
         ("Terzi", "observer", None)),
        ("After consultations, the CHAIRMAN announced that the rapporteurs had been appointed.",
         ("Aidoo", "chair", None)),
        ("In reply to a question from Mr. WIERUSZEWSKI, the CHAIRPERSON said that the report was supplementary.",
         ("Aidoo", "chair", None)),
        ("Mr. SHAKYA (Nepal) replying to a number of points raised by members, said that laws had been reviewed.",
         ("Shakya", "delegation", "NPL")),
        ("Mr.KÄLIN specified that the report had not been submitted under article 40.", ("Kälin", "member", None)),
        ("The CHAIRMAN Invited the members to take up the next draft resolution.", ("Aidoo", "chair", None)),
        ("The CHAIRMAN told the Committee that the list of speakers was closed.", ("Aidoo", "chair", None)),
        ("Ms. Šimonović , Rapporteur, presented the draft conclusions.", ("Šimonović", "rapporteur", None)),
        ("Mr. MEANS (United States of America said that the amendments deserved study (A/5459).",
         ("Means", "delegation", "USA")),
        ("Mr. MWALE (United Republic of Tanzania). speaking for the sponsors, said that the text stood.",
         ("Mwale", "delegation", "TZA")),
        ("Mr- TORNUDD (Finland) said that his Government supported the programme.", ("Tornudd", "delegation", "FIN")),
        ("Mr, HALVORSEN (Norway) said that his Government supported the programme.",
         ("Halvorsen", "delegation", "NOR")),
        ("Begum NAZIR (Pakistan) said that her delegation would vote for the draft.", ("Nazir", "delegation", "PAK")),
        ("Mr. TRAN (Republic of Viet-Nam) said that his delegation would abstain.", ("Tran", "delegation", "VNM")),
        ("Mr. PETROV (Union of Soviet Socialist Republics) saw no need for a further meeting.",
         ("Petrov", "delegation", "SUN")),
        ("Ms. Peláez N arváez proposed that the Committee hold a day of general discussion.",
         ("Peláez Narváez", "member", None)),
        ("Ms.  R ao (India) replied that the new law applied in every state.", ("Rao", "delegation", "IND")),
        ("The C hairperson, speaking as a member of the Committee, asked about juvenile courts.",
         ("Aidoo", "chair", None)),
        ("The Chair person thanked the delegation for its replies.", ("Aidoo", "chair", None)),
        ("Ms. Šimonovi ć, speaking on behalf of the group of Eastern European States, nominated Ms. Neubauer.",
         ("Šimonović", "member", None)),
        ("THE TEMPORARY CHAIRMAN proposed that the Committee elect its officers before anything else.",
         ("Aidoo", "chair", None)),
        ("Mr. MARIÑO MENÉNDEZ, Special Rapporteur on Follow-up, gave an account of the letters sent to States.",
         ("Mariño Menéndez", "rapporteur", None)),
        ("Ms. Aidoo said that, as Vice-Chairperson, she would chair the meeting that morning.",
         ("Aidoo", "chair", None)),
        ("Mr. CAMILLERI (Malta), Rapporteur, presenting the annex, said that it listed the meetings held.",
         ("Camilleri", "rapporteur", None)),
        ("Ms . Crickley said that she would amend paragraph 6.", ("Crickley", "member", None)),
        ("Mr. Ja`afari (Observer for the Syrian Arab Republic) said that he endorsed the views of Lebanon.",
         ("Ja`afari", "delegation", "SYR")),
        ("Ms. JILANI (Special Representative of the Secretary-General on human rights defenders), …",
         ("Jilani", "observer", None)),
        ("Mr. KHAN (Pakistan), speaking on behalf of the Organization of the Islamic Conference (OIC), ...",
         ("Khan", "delegation", "PAK")),
        ("Mr. GAHAM (Representative of the Secretary-General, Temporary Chairman) declared the session open.",
         ("Gaham", "chair", None)),
        ("The SECRETARY-GENERAL said that it was always a pleasure to address the Commission.",
         (None, "secretariat", None)),
        ("The Chairpersonsaid that the report would be adopted at the next meeting.", ("Aidoo", "chair", None)),
        ("Mr. ANDO, Special Rapporteur for follow-up on Views, introduced the progress report.",
         ("Ando", "rapporteur", None)),
        ("Mr. HALINEN (Special Rapporteur), in presenting his report, said that access had been refused.",
         ("Halinen", "observer", None)),
        ("Mr. van BOVEN, Mr. WOLFRUM and Mr. DIACONU endorsed the proposal of the Country Rapporteur.",
         ("van Boven", "member", None)),
        ("Mr. Ramos (Spain), Ms. Lungu (Republic of Moldova) and Mr. Ostrovan said that they would reply in writing.",
         ("Ramos", "delegation", "ESP")),
    ],
)  # fmt: skip
def test_speaker_openings_of_real_renditions(paragraph: str, speaker: tuple[object, ...]) -> None:
    assert speakers(parse("\n".join([*MASTHEAD, OPENING, paragraph]))) == [speaker]


def test_procedural_paragraphs_of_real_renditions() -> None:
    paragraphs = [
        "The Chairperson invited the Committee to adopt the draft report.",
        "The draft annual report of the Committee (CAT/C/60/R.1), as a whole, was adopted.",
        "It was so decided.",
        "The summary, thus amended, was adopted.",
        "Mr. Guidetti (Switzerland) and Mrs. Araujo (Portugal) continued to act as tellers.",
        "Mr. Guidetti (Switzerland) withdrew.",  # left the table: no words of his
    ]
    batch = parse("\n".join([*MASTHEAD, OPENING, *paragraphs]))
    assert [role for _, role, _ in speakers(batch)] == ["chair", *["procedural"] * 5]


def test_a_withdrawal_run_on_after_the_chairs_last_words_is_a_paragraph_of_its_own() -> None:
    """Where a rendition without numbers runs the delegation's withdrawal on after the Chair's last words, the Chair's
    turn keeps its speaker and the withdrawal is the procedural paragraph it was; where the numbers say it is one
    paragraph, it stays one, and is the Chair's."""
    paragraphs = [
        "Ms. Okafor (Botswana) said that the plan would be evaluated in 2026.",
        "The CHAIRMAN thanked the delegation. Mr. TLOU (Botswana) and the other members of the delegation withdrew.",
    ]
    batch = parse("\n".join([*MASTHEAD, OPENING, *paragraphs]))
    assert speakers(batch) == [("Okafor", "delegation", "BWA"), ("Aidoo", "chair", None), (None, "procedural", None)]
    numbered = parse("\n".join([*MASTHEAD, OPENING, *(f"{n}. {text}" for n, text in enumerate(paragraphs, 1))]))
    assert speakers(numbered) == [("Okafor", "delegation", "BWA"), ("Aidoo", "chair", None)]


def test_a_withdrawal_with_the_next_items_heading_run_on_is_procedural() -> None:
    """A run onto one line puts the next item's heading after the delegation's withdrawal ("... withdrew.
    Organizational and other matters"): still no one's words, not the Chair's going on."""
    paragraphs = [
        "1. The Chair thanked the delegation.",
        "2. Mrs. Strand (Lithuania) and the other members of the delegation withdrew. Organizational and other matters",
        "3. Ms. Lee (Secretary of the Committee) said that the programme of work would be circulated.",
    ]
    batch = parse("\n".join([*MASTHEAD, OPENING, *paragraphs]))
    assert [role for _, role, _ in speakers(batch)] == ["chair", "procedural", "secretariat"]


def test_the_office_named_says_which_of_two_presiding_officers_speaks() -> None:
    masthead = [
        *MASTHEAD[:4],
        "Temporary Chair: Mr. Walker (Representative of the Secretary-General)",
        "Chair: Ms. Aidoo",
    ]
    paragraphs = [
        "The Temporary Chair declared the session open.",
        "Ms. Aidoo was elected Chair by acclamation.",
        "The Chair thanked the members for their confidence.",
    ]
    batch = parse("\n".join([*masthead, OPENING, *paragraphs]))
    assert only_meeting(batch)["chair_name"] == "Walker"
    assert speakers(batch) == [("Walker", "chair", None), (None, "procedural", None), ("Aidoo", "chair", None)]


def test_a_stand_in_chair_named_on_an_unnumbered_line() -> None:
    lines = [
        *MASTHEAD,
        OPENING,
        "In the absence of Ms. Aidoo, Mr. Kotrane (Vice-Chairperson), Vice-Chairperson, took the Chair.",
        "Organizational matters",
        "1.\tThe Chairperson said that the list of speakers was closed.",
    ]
    assert speakers(parse("\n".join(lines))) == [("Kotrane", "chair", None)]


def test_a_stand_in_named_after_the_office_presides() -> None:
    lines = [
        *MASTHEAD,
        OPENING,
        "1.\tThe Vice-Chairperson, Mr. Kotrane, took the Chair.",
        "2.\tThe Chairperson said that the list of speakers was closed.",
    ]
    assert speakers(parse("\n".join(lines))) == [(None, "procedural", None), ("Kotrane", "chair", None)]


def test_quoted_rule_text_stays_inside_the_chairs_paragraph() -> None:
    lines = [
        *MASTHEAD,
        OPENING,
        "1.\tThe Chairperson said that the Bureau proposed an amendment to rule 64. The proposed text read:",
        "“1. The Committee may invite specialized agencies to submit reports.",
        "2. Such reports shall be considered in public.”",
        "2.\tMr. Kotrane supported the proposal.",
    ]
    statements = parse("\n".join(lines)).frames["statements"]
    assert statements.select("paragraph", "speaker_name").rows() == [(1, "Aidoo"), (2, "Kotrane")]
    assert statements.filter(pl.col("paragraph") == 1)["text"][0].endswith("considered in public.”")


@pytest.mark.parametrize("flattened", [True, False])
def test_a_printed_page_that_begins_with_the_end_of_the_previous_meeting(flattened: bool) -> None:
    tail = [
        "General Assembly—Fifth Session—Third Committee",
        "41. Mr. ROY (Haiti) said that his delegation would vote for the amendment as it stood.",
        "42. The CHAIRMAN put the amendment to the vote. The meeting rose at 6.15 p.m.",
    ]
    record = [
        "United Nations GENERAL ASSEMBLY FIFTH SESSION Official Records THIRD COMMITTEE 291st MEETING",
        "Monday, 9 October 1950, at 3 p.m. Lake Success, New York",
        "Chairman : Mr. Charles MALIK (Lebanon).",
        "Draft covenant on human rights (continued)",
        "1. Mr. KURAL (Turkey) said that his Government had studied the draft with great care and would "
        "offer its comments on each article in turn, beginning with the article on the right to life.",
        "2. The CHAIRMAN thanked him and said that the list of speakers on the article was now closed, "
        "since every delegation that had asked to speak had been entered on it in the order of its request.",
    ]
    text = " ".join(tail + record) if flattened else "\n".join(tail + record)
    batch = parse(text)
    meeting = only_meeting(batch)
    assert (meeting["meeting_number"], meeting["meeting_date"]) == (291, date(1950, 10, 9))
    assert speakers(batch) == [("Kural", "delegation", "TUR"), ("Charles Malik", "chair", None)]


@pytest.mark.parametrize(
    ("heading", "held", "body", "symbol"),
    [
        (["COMMISSION ON HUMAN RIGHTS", "SUB-COMMISSION ON THE PROMOTION AND PROTECTION OF HUMAN RIGHTS",
          "Fifty-third session", "SUMMARY RECORD OF THE 12th MEETING"],
         "Held at the Palais des Nations, Geneva, on Tuesday, 7 August 2001, at 10 a.m.",
         "SUBCOM", "E/CN.4/Sub.2/2001/SR.12"),
        (["Commission on Human Rights", "Drafting Committee on an International Bill of Human Rights",
          "Second session", "Summary record of the 38th meeting"],
         "Held at Lake Success, New York, on Monday, 10 May 1948, at 2.30 p.m.",
         "CHR-DC", "E/CN.4/AC.1/SR.38"),
    ],
)  # fmt: skip
def test_a_subsidiary_named_below_its_commission_is_the_records_body(
    heading: list[str], held: str, body: str, symbol: str
) -> None:
    text = "\n".join([*heading, held, "Chairman: Mr. Kotrane", OPENING, PARAGRAPH])
    meeting = only_meeting(parse(text))
    assert (meeting["body"], meeting["symbol"], meeting["symbol_derived"]) == (body, symbol, True)


@pytest.mark.parametrize(
    ("title", "body", "symbol"),
    [
        ("Ad Hoc Committee on Statelessness and Related Problems, First Session: Summary Record of the Ninth "
         "Meeting Held at Lake Success, New York, on Monday, 23 January 1950, at 11 a.m.", "E/AC.32", "E/AC.32/SR.9"),
        ("United Nations Special Committee on Palestine, Summary Record of the Seventh Meeting Held at the YMCA "
         "Building, Jerusalem, on Friday, 20 June 1947, at 10 a.m.", "UNSCOP", "A/AC.13/SR.7"),
        ("Conciliation Commission for Palestine, Summary Record of the Twelfth Meeting Held at Lausanne, on "
         "Tuesday, 3 May 1949, at 4 p.m.", "UNCCP", "A/AC.25/SR.12"),
    ],
)  # fmt: skip
def test_the_early_committees_on_palestine_and_statelessness_are_bodies_of_their_own(
    title: str, body: str, symbol: str
) -> None:
    meeting = only_meeting(parse("\n".join([title, "Chairman: Mr. Kotrane", OPENING, PARAGRAPH])))
    assert (meeting["body"], meeting["symbol"]) == (body, symbol)


def test_a_scans_full_stop_for_the_space_before_the_year() -> None:
    lines = [*MASTHEAD[:3], "Wednesday, 3 October.2012., at 10.40 a.m.", MASTHEAD[4], OPENING, PARAGRAPH]
    assert only_meeting(parse("\n".join(lines)))["meeting_date"] == date(2012, 10, 3)


def test_a_text_announced_but_left_out_does_not_swallow_the_next_speakers_paragraph() -> None:
    lines = [
        *MASTHEAD,
        OPENING,
        "1.\tMr. Kotrane (Country Rapporteur) read out the Committee's conclusions on the report, as follows:",
        "2.\tThe Chairperson said that the conclusions would be sent to the delegation that afternoon.",
        "3. Its reply would be considered at the next session.",
    ]
    statements = parse("\n".join(lines)).frames["statements"]
    assert statements.select("paragraph", "speaker_name", "speaker_role").rows() == [
        (1, "Kotrane", "rapporteur"),
        (2, "Aidoo", "chair"),
        (3, "Aidoo", "chair"),
    ]


def test_an_old_stand_in_who_presided_run_onto_one_line_with_a_title_case_heading() -> None:
    flat = (
        "United Nations GENERAL ASSEMBLY FIFTH SESSION Official Records THIRD COMMITTEE 290th MEETING Friday, "
        "6 October 1950, at 3 p.m. Lake Success, New York CONTENTS Page Greetings to the Committee 41 "
        "Chairman : Mr. Charles MALIK (Lebanon). In the absence of the Chairman, Mr. Kural {Turkey), "
        "Vice-Chairman, presided. Greetings to the Committee 1. The Chairman conveyed the good wishes of a "
        "visiting delegation of students. 2. He proposed that the Committee reply in writing. 3. Mr. ROY "
        "(Haiti) agreed with that proposal, and added that the students had followed the work of the Committee "
        "closely and with care over the whole of the session, and that a written reply would please them."
    )
    batch = parse(flat)
    assert batch.frames["statements"]["paragraph"].to_list() == [1, 2, 3]
    assert speakers(batch) == [("Kural", "chair", None), ("Kural", "chair", None), ("Roy", "delegation", "HTI")]


def test_a_list_read_out_in_a_record_that_numbers_no_paragraph_stays_in_the_speakers_turn() -> None:
    lines = [
        "Held at Lake Success, New York, on Monday, 9 June 1947, at 2.30 p.m.",
        "Chairman: Mrs. Eleanor Roosevelt (United States of America)",
        "The CHAIRMAN opened the discussion of the draft report.",
        "Mr. HARRY (Australia) said that three papers would be annexed, that is to say, in this order:",
        "E/CN.4/AC.1/SR.3 Page 2",
        "1. The outline prepared by the Secretariat;",
        "2. The proposals of the United Kingdom;",
        "3. The comments of the United States.",
        "He hoped that the Committee would agree to annex all three.",
        "Mr. CASSIN (France) agreed.",
    ]
    statements = parse("\n".join(lines)).frames["statements"]
    turns = statements.select("speaker_name", "country_iso3").unique(maintain_order=True).rows()
    assert turns == [("Eleanor Roosevelt", None), ("Harry", "AUS"), ("Cassin", "FRA")]
    assert not statements["text"].str.contains("Page 2").any()  # the running header is page furniture


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Viscount ASHBY (United Kingdom) said that the item deserved a place on the agenda.",
         ("Ashby", "delegation", "GBR")),
        ("Baroness ELLES (United Kingdom) introduced the draft.", ("Elles", "delegation", "GBR")),
        ("Count GRAZIANI (Italy) said that his delegation would abstain.", ("Graziani", "delegation", "ITA")),
    ],
)  # fmt: skip
def test_speakers_with_titles_of_nobility(opening: str, speaker: tuple[object, ...]) -> None:
    assert speakers(parse("\n".join([*MASTHEAD, OPENING, opening]))) == [speaker]


# ---------------------------------------------------------------- the generator teaches every trait


def test_generated_renditions_show_the_traits_and_parse_as_generated() -> None:
    """The generator's renditions carry the real records' traits, and each masthead reads as generated."""
    from tests.corpus import generate_expected_records

    records = list(generate_expected_records(400, seed=20261205))
    texts = {record.name: record.text for record in records}
    traits = {
        "no symbol": [n for n, r in zip(texts, records, strict=True) if r.expected["meeting"]["symbol"]
                      and r.expected["meeting"]["symbol"] not in texts[n]],
        "unnumbered": [n for r in records if r.expected.get("numbering") == "missing" for n in [r.name]],
        "end lost": [r.name for r in records if r.expected["meeting"]["rose_at"] is None],
        "typography": [n for n, t in texts.items() if "\u00a0" in t or "\u2011" in t],
        "broken words": [n for n, t in texts.items() if "( p artial )" in t or "- " in t.split("Contents")[0]],
        "site header": [n for n, t in texts.items() if "(Summary Record)" in t],
        "title in two": [n for n, t in texts.items() if "\nOF THE " in t],
        "notice first": [n for n, t in texts.items() if t.startswith("This record is subject")],
        "office before the stand-in": [n for n, t in texts.items() if re.search(r"\nThe Vice-\w+, [^,]+, took the", t)],
        "comma run on": [n for n, t in texts.items() if re.search(r"\b(?:said|that|Committee),[a-z]", t)],
        "spaces doubled": [n for n, t in texts.items() if re.search(r"(?m)^\d+\.\t\S+  \S", t)],
        "space before stops": [n for n, t in texts.items() if re.search(r"\w \. \w", t)],
        "numbers misread": [n for n, t in texts.items() if re.search(r"(?m)^l[\dlO]?\.", t)],
        "figures misread": [n for n, t in texts.items() if re.search(r"\b(?:l9|I9)\d\d\b|\bl9[\dlO]{2}\b", t)],
        "numbers alone": [n for n, t in texts.items() if re.search(r"(?m)^\d{1,3}\.$", t)],
        "turns run together": [n for n, t in texts.items() if re.search(r"\. Mr\. [A-Z]{3,}[^\n]{0,80}\) said", t)],
        "clause before the speaker": [n for n, t in texts.items() if "questions raised, M" in t or "order, M" in t],
        "held in lower case": [n for n, t in texts.items() if "\nheld at " in t],
        "views in auxiliaries": [n for n, t in texts.items() if re.search(r"\) (?:was of the opinion|could not) ", t)],
    }  # fmt: skip
    assert all(traits.values()), {name: len(found) for name, found in traits.items()}
    batch = parse_documents([RawRecord(f"file:///{r.name}", r.text.encode(), r.name) for r in records])
    assert batch.rejects == []
    meetings = {row["source_uri"]: row for row in batch.frames["meetings"].iter_rows(named=True)}
    wrong = []
    for record in records:
        row = meetings[f"file:///{record.name}"]
        for key in ("symbol", "session_number", "meeting_number", "meeting_date", "called_to_order", "chair_name"):
            want, got = record.expected["meeting"][key], row[key]
            got = got.isoformat()[:5] if isinstance(got, time) else got.isoformat() if isinstance(got, date) else got
            if want is not None and got != want:
                wrong.append((record.name, key, got, want))
    assert wrong == []


def test_generated_printed_volume_heads_read_as_generated() -> None:
    """The generator sets one old General Assembly committee record in seven under the printed volume's head, its
    columns read across onto one line, or broken before "Official Records" in half of them: each masthead and
    each speaker reads as generated."""
    from tests.corpus import generate_expected_records

    records = [r for r in generate_expected_records(3000, seed=20261209) if "GENERAL MEETING ASSEMBLY" in r.text]
    assert len(records) >= 8
    assert sum("SESSION\n\nOfficial Records" in r.text for r in records) >= 3
    batch = parse_documents([RawRecord(f"file:///{r.name}", r.text.encode(), r.name) for r in records])
    assert batch.rejects == []
    meetings = {row["source_uri"]: row for row in batch.frames["meetings"].iter_rows(named=True)}
    for record in records:
        row = meetings[f"file:///{record.name}"]
        for key in ("symbol", "session_number", "meeting_number", "meeting_date", "called_to_order", "chair_name"):
            want, got = record.expected["meeting"][key], row[key]
            got = got.isoformat()[:5] if isinstance(got, time) else got.isoformat() if isinstance(got, date) else got
            assert want is None or got == want, (record.name, key)
        read = batch.frames["statements"].filter(pl.col("meeting_id") == row["meeting_id"])
        fields = ("paragraph", "speaker_name", "speaker_role", "country_iso3")
        assert read.select(fields).rows() == [tuple(s[k] for k in fields) for s in record.expected["statements"]]


def test_generated_attendance_lists_seat_the_delegates_the_paragraphs_print_bare() -> None:
    """The generator's lists of those present (old General Assembly committees): each delegate the list names
    is printed without a State in the paragraphs, and the parser gives back the State and role labelled."""
    from tests.corpus import generate_expected_records

    records = [r for r in generate_expected_records(500, seed=20261206) if "\nMembers:\n" in r.text]
    assert len(records) >= 3
    batch = parse_documents([RawRecord(f"file:///{r.name}", r.text.encode(), r.name) for r in records])
    meetings = {row["source_uri"]: row["meeting_id"] for row in batch.frames["meetings"].iter_rows(named=True)}
    statements = batch.frames["statements"]
    bare = 0
    for record in records:
        got = statements.filter(pl.col("meeting_id") == meetings[f"file:///{record.name}"]).sort("paragraph")
        want = [(s["speaker_role"], s["country_iso3"]) for s in record.expected["statements"]]
        assert got.select("speaker_role", "country_iso3").rows() == want, record.name
        bare += len(re.findall(r"(?m)^\d+\.\s*(?:Mr|Mrs|Ms|Miss)\. [A-Z]+ said", record.text))
    assert bare > 0


# ---------------------------------------------------------------- who speaks, when the label leaves it to context


def test_an_opening_whose_first_letter_a_conversion_set_apart_is_the_chair() -> None:
    lines = [*MASTHEAD, OPENING, "1.Ms. Ortiz (Rapporteur) presented the draft report.", "2.T he Chair said so."]
    assert speakers(parse("\n".join(lines)))[1] == ("Aidoo", "chair", None)


@pytest.mark.parametrize(
    ("opening", "role", "country"),
    [
        # The presiding officer of another organ presents its report: not this meeting's chair.
        ("Mr. Nowak (Austria), President of the Trade and Development Board, said that", "observer", None),
        # A group of the body's own members: a delegate of a Main Committee who chairs it speaks for his State.
        ("Mr. Nowak (Austria), Chair of the working group on the draft, said that", "delegation", "AUT"),
        ("Mr. Nowak, Chairperson of the Committee, said that", "chair", None),
        # A scan read "Austrla": one letter off one State's name, and only one.
        ("Mr. Nowak (Austrla) said that", "delegation", "AUT"),
    ],
)
def test_offices_of_other_organs_and_misread_states(opening: str, role: str, country: str | None) -> None:
    from transforms.speakers import attribute

    found = attribute(opening + " the text had been agreed.")
    assert found is not None
    assert (found.role, found.country_iso3) == (role, country)


def test_a_speaker_who_speaks_of_his_delegation_sits_for_the_state_at_the_table() -> None:
    lines = [
        *MASTHEAD, OPENING,
        "1. At the invitation of the Chairperson, Ms. Varga (Hungary), Mr. Kis and Ms. Toth took places at the table.",
        "2. Mr. KIS said that his delegation was grateful for the dialogue.",
        "3. Mr. BALOGH thanked the Committee on behalf of his delegation.",
        "4. Mr. Kotrane asked about the budget.",
    ]  # fmt: skip
    assert speakers(parse("\n".join(lines)))[1:] == [
        ("Kis", "delegation", "HUN"),  # seated, with the country printed after the first name only
        ("Balogh", "delegation", "HUN"),  # not seated by name, but no member has a delegation
        ("Kotrane", "member", None),
    ]


def test_the_law_commissions_special_rapporteur_is_its_member_and_named_as_heard_before() -> None:
    """The Commission's Special Rapporteurs are its members, each on a topic; "The SPECIAL RAPPORTEUR" is the one
    heard before, as "The Country Rapporteur" of a committee is."""
    lines = [
        "International Law Commission", "Fifty-seventh session", "Summary record of the 2863rd meeting",
        "Held at the Palais des Nations, Geneva, on Tuesday, 2 August 2005, at 10 a.m.", "Chairman: Mr. Momtaz",
        OPENING,
        "1. Mr. GAJA (Special Rapporteur) said that the draft articles on responsibility were ready.",
        "2. Mr. PELLET said that the commentary to article 15 was too abstract.",
        "3. The SPECIAL RAPPORTEUR said that paragraph (6) would be illustrated by a case.",
    ]  # fmt: skip
    assert speakers(parse("\n".join(lines))) == [
        ("Gaja", "rapporteur", None), ("Pellet", "member", None), ("Gaja", "rapporteur", None),
    ]  # fmt: skip


def test_the_councils_mandate_holders_are_observers_whether_named_or_not() -> None:
    lines = [
        *MASTHEAD, OPENING,
        "1. Ms. Elver (Special Rapporteur on the right to food) said that 800 million people went hungry.",
        "2. The Special Rapporteur on the right to food said that her report covered 12 countries.",
        "3. The Independent Expert on the situation of human rights in Haiti said that 2 prisons had closed.",
        "4. Ms. Sandberg said that the Committee would consider the report.",
        "5. The Country Rapporteur asked whether the law applied to children in transit.",
        "6. Ms. Sandberg (Country Rapporteur) asked whether the law applied.",
        "7. The Country Rapporteur asked about the budget.",
        "8. The Special Rapporteur for follow-up on Views said that 12 replies were overdue.",  # the Committee's own
    ]  # fmt: skip
    assert speakers(parse("\n".join(lines))) == [
        ("Elver", "observer", None),
        ("Elver", "observer", None),  # the one heard in that mandate before
        (None, "observer", None),
        ("Sandberg", "member", None),
        (None, "rapporteur", None),  # no one heard in the office yet
        ("Sandberg", "rapporteur", None),
        ("Sandberg", "rapporteur", None),
        (None, "rapporteur", None),  # as "(Special Rapporteur for follow-up on Views)" after a name is read
    ]


def test_a_delegate_heard_with_the_state_speaks_for_it_when_printed_bare_again() -> None:
    lines = [
        *MASTHEAD, OPENING,
        "1. At the invitation of the Chairperson, the delegation of Colombia took places at the Committee table.",
        "2. Mr. Arrieta (Colombia) said that the report had been submitted on time.",
        "3. Ms. Sandoval asked whether the law applied to migrants in transit.",
        "4. Mr. Arrieta added that the law applied to everyone on the territory.",
        "5. Ms. Arrieta asked about the budget of the ombudsman's office.",
    ]  # fmt: skip
    assert speakers(parse("\n".join(lines)))[1:] == [
        ("Arrieta", "delegation", "COL"),
        ("Sandoval", "member", None),
        ("Arrieta", "delegation", "COL"),  # the delegate again, not a member of the Committee
        ("Arrieta", "member", None),  # another person: the title says a woman
    ]


def test_an_official_or_observer_heard_with_the_office_keeps_it_when_printed_bare_again() -> None:
    """The Office's official or an organization's observer, named with the office the first time ("Ms. Ana Li-mei
    Chen (Deputy High Commissioner for Human Rights)"), is printed bare when heard again, the full name or the
    surname: still the official, not a member of the Committee; "Mr. Chen" is another person."""
    lines = [
        *MASTHEAD, OPENING,
        "1. Ms. Ana Li-mei Chen (Deputy High Commissioner for Human Rights) declared open the session.",
        "2. Ms. Ana Li-mei Chen recalled the consultations under way to strengthen the treaty bodies.",
        "3. Mr. Okafor (International Commission of Jurists) said that the draft was welcome.",
        "4. Ms. Chen said that the consultations would go on in June.",
        "5. Mr. Okafor asked whether the draft would be published.",
        "6. Mr. Chen asked about the Committee's budget.",
    ]  # fmt: skip
    assert [(name, role) for name, role, _ in speakers(parse("\n".join(lines)))] == [
        ("Ana Li-mei Chen", "secretariat"),
        ("Ana Li-mei Chen", "secretariat"),
        ("Okafor", "observer"),
        ("Ana Li-mei Chen", "secretariat"),
        ("Okafor", "observer"),
        ("Chen", "member"),
    ]
    spanish = [
        "Naciones Unidas", "CMW/C/SR.156", "Comité de Protección de los Derechos de Todos los Trabajadores "
        "Migratorios y de sus Familiares", "14º período de sesiones", "Acta resumida de la 156ª sesión",
        "Celebrada en el Palais Wilson, Ginebra, el lunes 4 de abril de 2011, a las 10.00 horas",
        "Presidente: Sr. Okafor", "Se declara abierta la sesión a las 10.10 horas.",
        "1. La Sra. Ana Li-mei Chen (Alta Comisionada Adjunta para los Derechos Humanos) declara abierto el período.",
        "2. La Sra. Chen recuerda el proceso consultivo en curso.",
    ]  # fmt: skip
    assert [role for _, role, _ in speakers(parse("\n".join(spanish)))] == ["secretariat", "secretariat"]


def test_spaces_a_conversion_set_before_commas_and_stops_in_the_masthead_and_numbers() -> None:
    """ "celebrada en el Palais Wilson , Ginebra ," and "2 . El PRESIDENTE": no language sets those spaces."""
    lines = [
        "Naciones Unidas", "CAT/C/SR.809", "Comité contra la Tortura", "39º período de sesiones",
        "Acta resumida de la 809ª sesión", "celebrada en el Palais Wilson , Ginebra ,",
        "el viernes 23 de noviembre de 2007 , a las 10.00 horas", "Presidente : Sr . Mavrommatis",
        "Se declara abierta la sesión a las 10.10 horas .", "1 . El PRESIDENTE dice que el Comité continuará .",
        "2 . M . Dupont (Francia) dice que la ley existe .",
    ]  # fmt: skip
    meeting = only_meeting(parse("\n".join(lines)))
    assert (meeting["meeting_date"], meeting["chair_name"]) == (date(2007, 11, 23), "Mavrommatis")
    assert speakers(parse("\n".join(lines))) == [("Mavrommatis", "chair", None), ("Dupont", "delegation", "FRA")]


def test_a_spanish_held_line_run_together_and_a_broken_word_in_the_opening_line() -> None:
    """ "Ginebrael viernes 29 de febrero de2008": a conversion lost the spaces; "la sesi ón": it broke a word."""
    lines = [
        "Naciones Unidas", "CERD/C/SR.1870", "Comité para la Eliminación de la Discriminación Racial",
        "Acta resumida de la 1870ª sesión", "celebrada en el Palais Wilson, Ginebrael viernes 7 de marzo de2008,"
        " a las 15 horas", "Presidenta: Sra. Okafor", "Se declara abierta la sesi ón a las 15.10 horas.",
        "1. La PRESIDENTA dice que el Comité continuará.",
    ]  # fmt: skip
    meeting = only_meeting(parse("\n".join(lines)))
    assert (meeting["meeting_date"], meeting["called_to_order"]) == (date(2008, 3, 7), time(15, 10))


def test_doubled_spaces_read_as_single_ones() -> None:
    """A conversion that doubles spaces ("first  part  (public)", "took  places") changes no field or turn."""
    masthead = [line.replace("record of the", "record of the first part (public)* of the") for line in MASTHEAD]
    seated = "At the invitation of the Chairperson, Mr. Ruiz (Chile) took places at the Committee table."
    single = "\n".join([*masthead, OPENING, PARAGRAPH, seated, "Mr. RUIZ said that 12 centres had opened."])
    doubled = re.sub(r"(?<=\S) (?=\S)", "  ", single)
    assert "  " in doubled
    parts = {only_meeting(parse(text))["meeting_part"] for text in (single, doubled)}
    assert parts == {"first part (public)"}
    assert speakers(parse(doubled)) == speakers(parse(single))
    assert speakers(parse(single))[-1] == ("Ruiz", "delegation", "CHL")


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("Held at the Palais des Nations, Geneva, on Monday, l7 June l985, at 1O.3O a.m.",
         "Held at the Palais des Nations, Geneva, on Monday, 17 June 1985, at 10.30 a.m."),
        ("SUMMARY RECORD OF THE l6O4TH MEETING", "SUMMARY RECORD OF THE 1604TH MEETING"),
        ("Held at Headquarters, New York, on Friday, lO December 2OlO, at lO a.m.",
         "Held at Headquarters, New York, on Friday, 10 December 2010, at 10 a.m."),
        ("La séance est ouverte à 15 h lO.", "La séance est ouverte à 15 h 10."),
        ("le vendredi 6 mai 2OO5, à lO heures", "le vendredi 6 mai 2005, à 10 heures"),
        ("E/CN.4/SR.1632/Add.l", "E/CN.4/SR.1632/Add.1"),  # a symbol's addendum
        # Words stay words: a figure of letters alone is read only where a figure must stand.
        ("I am here; Ill health; O Lord; Il y a; IO Oct", "I am here; Ill health; O Lord; Il y a; IO Oct"),
    ],
)  # fmt: skip
def test_a_scans_letters_read_for_digits_in_a_figure(printed: str, read: str) -> None:
    assert figures_read_again(printed) == read


def test_a_masthead_and_opening_whose_figures_a_scan_misread() -> None:
    lines = [
        "COMMISSION ON HUMAN RIGHTS", "Thirty-seventh session", "SUMMARY RECORD OF THE l6O4TH MEETING",
        "Held at the Palais des Nations, Geneva, on Tuesday, l7 February l98l, at 3 p.m.",
        "Chairman: Mr. OKAFOR (Nigeria)", "The meeting was called to order at 3.lO p.m.",
        "1. Mr. HOLM (Denmark) said that his delegation would abstain.",
    ]  # fmt: skip
    meeting = only_meeting(parse("\n".join(lines)))
    assert (meeting["symbol"], meeting["meeting_number"], meeting["meeting_date"], meeting["called_to_order"]) == (
        "E/CN.4/SR.1604",
        1604,
        date(1981, 2, 17),
        time(15, 10),
    )


@pytest.mark.parametrize(
    ("printed", "body"),
    [
        ("COMMISSION ON HUMAN EIGHTS", "CHR"),  # a scan's E for an R
        ("Committee on the Rights of the Chi1d", "CRC"),
        ("COMMITTEE AGAINST T0RTURE", "CAT"),
        ("Commission on Human Settlements", None),  # another body's name, not a misreading
        ("Committee on Information", None),
    ],
)
def test_a_body_name_a_scan_misread(printed: str, body: str | None) -> None:
    assert read_masthead([printed, "SUMMARY RECORD OF THE 179th MEETING"]).body == body


def test_labels_set_side_by_side_name_the_first_name_below_the_chair() -> None:
    """ "Chairman: Members:" with the names in a column below: "Members:" is no chair's name; the first name below
    is the chair's (`test_held_lines.test_a_chair_named_below_a_column_of_labels` has the other layouts)."""
    masthead = read_masthead(["COMMISSION ON HUMAN RIGHTS", "Chairman: Members:", "Mrs. OKAFOR", "Mr. HOLM"])
    assert masthead.chair is not None
    assert masthead.chair.name == "Okafor"


def test_a_chair_and_a_later_chair_set_side_by_side() -> None:
    """ "Chairman: later: Mr. X Mr Y": a scan read the two labels, then the two names, across the columns."""
    masthead = read_masthead(["COMMISSION ON HUMAN RIGHTS", "Chairman: later: Mr. OKAFOR Mr HOLM", "CONTENTS"])
    assert masthead.chair is not None
    assert (masthead.chair.label, masthead.chair.name) == ("Chairman", "Okafor")


def test_a_damaged_text_under_its_own_summary_record_symbol_loads() -> None:
    """A catalogue page that prints the record's symbol, then a scan's text run together from a later page:
    no title, opening line or speaker can be read, but the symbol says it is a summary record."""
    text = "\n\n".join(
        [
            "Travaux Préparatoires",
            "A/C.3/SR.512",
            "General Assembly, 6th session : 3rd Committee, 512th meeting",
            "UN Document Symbol A/C.3/SR.512\nDocument Type Summary Record\nSession 6th",
            "12 p.",
            "Extracted Text",
            "General Assembly—Sixth Session—Third Committee the wording proposed was put to the vote and the"
            " Committee continued its consideration of the draft covenants at some length without deciding.",
        ]
    )
    meeting = only_meeting(parse(text))
    assert (meeting["symbol"], meeting["meeting_number"], meeting["body"]) == ("A/C.3/SR.512", 512, "A/C.3")
    assert parse("United Nations\nCMW/C/SR.160\n\n\n").rejects  # a symbol with no text under it is no record


# ---------------------------------------------------------------- the first decades: catalogue entries, lists, scans


@pytest.mark.parametrize(
    ("lines", "session"),
    [
        (["Summary record of the 12th meeting", "UN Document Symbol E/CN.4/SR.12", "Session 3rd"], 3),
        # The Council numbers its sessions by year: its "first regular session of 1979".
        (["Summary record of the 7th meeting", "UN Document Symbol E/1979/SR.7", "Session 1st Regular of 1979"], 1979),
        # The catalogue's one-line title ends with the body and its session.
        (
            [
                "Summary record of the 9th meeting, held at Lake Success, New York, on Monday, 16 June 1947 : "
                "Commission on Human Rights, Drafting Committee, 1st session"
            ],
            1,
        ),
    ],
)
def test_a_library_catalogue_entry_gives_the_session(lines: list[str], session: int) -> None:
    assert read_masthead(lines).session_number == session
    # A sentence that says "session" after a title is no field.
    assert (
        read_masthead(["Summary record of the 9th meeting : the Committee resumed its session"]).session_number is None
    )


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Tuesday, 9 November1971, at 3.15 p.m.", date(1971, 11, 9)),  # the year run into the month
        ("Thursday 4 March 1971t at 10.40 a.m.", date(1971, 3, 4)),  # a letter read for the comma
        ("Saturday, 8 December 1951, at 10,30 Palais de Chaillot, Paris", date(1951, 12, 8)),  # a comma in the hour
        ("Monday, 14 May 1973, at 10.4$ a.m.", date(1973, 5, 14)),  # an hour a scan garbled
        ("held on 2 November 1984 at 3 p.m. New York", date(1984, 11, 2)),  # "held on", no weekday
        ("Held at the Palais des Nations, Geneva, on Friday, 3 March 1 9 8 9, at 3 p.m.", date(1989, 3, 3)),
        ("Held, at Lake Success, New York, on Tuesday, 9 May 1950, at 11 a.m.", date(1950, 5, 9)),
        ("Hold at Lake Success, New York, on Tuesday, 9 May 1950, at 11 a.m.", date(1950, 5, 9)),
        ("Held at Headquarters, New York, on Tuesday,, 9 May 1950 at 3 p.m.", date(1950, 5, 9)),
        ("Wednesday, 9 January 1952, at 3 Palais de Chaillot, Paris", date(1952, 1, 9)),  # its "p.m." elsewhere
    ],
)
def test_date_lines_a_scan_damaged(line: str, day: date) -> None:
    assert read_masthead([line]).meeting_date == day


def test_a_printed_head_whose_weekday_ends_with_a_stop_or_that_says_held_on() -> None:
    head = "United Nations GENERAL THIRD COMMITTEE ASSEMBLY 31st meeting held on THIRTY-SEVENTH SESSION"
    masthead = read_masthead([f"{head} Tuesday. 19 October 1982 at 10.30 a.m. Official Records New York"])
    assert (masthead.meeting_number, masthead.session_number, masthead.meeting_date) == (31, 37, date(1982, 10, 19))
    masthead = read_masthead([f"{head} 19 October 1982 at 10.30 a.m. Official Records New York"])
    assert masthead.meeting_date is None  # no weekday and no "held on" before the date: not read as one


def test_a_printed_head_whose_meeting_lost_its_one_to_a_bang_and_whose_columns_split_it() -> None:
    """ "THIRD COMMITTEE, !622nd GENERAL ASSEMBLY MEETING": a scan's "!" for the 1, "GENERAL ASSEMBLY" of the next
    column between the number and its word."""
    head = "United Nations THIRD COMMITTEE, !622nd GENERAL ASSEMBLY MEETING Wednesday, 27 November 1968,"
    masthead = read_masthead([f"{head} TWENTY-THIRD SESSION at 3.30 p.m. Official Records NEW YORK"])
    assert (masthead.meeting_number, masthead.meeting_date) == (1622, date(1968, 11, 27))


def test_a_printed_head_broken_before_official_records_under_a_sites_title_is_read_as_one() -> None:
    """A site's title above a printed head that a scan broke before its "Official Records" column ("Summary record of
    the 6th meeting. 25/11/02." / "United Nations SECOND COMMITTEE, 6th GENERAL MEETING ASSEMBLY Monday, 25 November
    2002, at 10 a.m. ..." / "" / "Official Records NEW YORK"): the head is made whole and its date read."""
    lines = [
        "Summary record of the 6th meeting. 25/11/02.",
        "A/C.2/57/SR.6. (Summary Record)",
        "United Nations SECOND COMMITTEE, 6th GENERAL MEETING ASSEMBLY Monday, 25 November 2002, at 10 a.m."
        " FIFTY-SEVENTH SESSION",
        "",
        "Official Records NEW YORK",
    ]
    masthead = read_masthead(lines)
    assert (masthead.meeting_number, masthead.meeting_date) == (6, date(2002, 11, 25))


def test_the_officer_after_the_title_in_a_scans_lower_case() -> None:
    masthead = read_masthead(["SUMMARY RECORD OF THE 31st MEETING chairman : Mr. OKAFOR (Nigeria)"])
    assert (masthead.meeting_number, masthead.chair.name if masthead.chair else None) == (31, "Okafor")
    assert masthead.chair is not None
    assert masthead.chair.label == "Chairman"


@pytest.mark.parametrize(
    ("opening", "country"),
    [
        ("Mr. MBALA (Congo, Leopoldville) in general supported the draft resolution.", "COD"),
        ("Mr. MBALA (Congo, Brazzaville) in principle accepted the amendment.", "COG"),
        ("Mr. MBALA (Congo (Leopoldville)) on the whole agreed with the previous speaker.", "COD"),
    ],
)
def test_the_sixties_names_of_the_two_congos_and_a_phrase_before_the_verb(opening: str, country: str) -> None:
    lines = [*MASTHEAD, OPENING, opening]
    assert speakers(parse("\n".join(lines))) == [("Mbala", "delegation", country)]


def test_a_scans_bang_for_the_bracket_after_the_state() -> None:
    lines = [*MASTHEAD, OPENING, "Mr. PETROV (Bulgaria! said that his delegation would withdraw its amendment."]
    assert speakers(parse("\n".join(lines))) == [("Petrov", "delegation", "BGR")]


def test_delegates_printed_bare_speak_for_the_state_the_attendance_list_gives() -> None:
    """The first decades listed those present with their States, then printed them bare in the paragraphs.
    The chair named by name is the chair; a bare name the list does not give stays a member."""
    lines = [
        "Ad Hoc Committee on Refugees",
        "Summary record of the fourth meeting",
        "Held at Lake Success, New York, on Tuesday, 10 January 1950, at 11 a.m.",
        "Chairman: Mr. LINDQVIST Sweden",
        "Members:",
        "Mr. DUPRE Belgium",
        "Sir Arthur FENWICK United Kingdom",
        "Mrs. Helen Ward (Australia)",
        "Mr. ORTIZ International Refugee Organization",
        "1. The CHAIRMAN opened the discussion on the draft report.",
        "2. Mr. DUPRE said that his Government could accept the draft.",
        "3. Mr. LINDQVIST said that he would put the draft to the vote.",
        "4. Sir Arthur FENWICK proposed an amendment to the second paragraph.",
        "5. Mrs. WARD supported the amendment.",
        "6. Mr. ORTIZ said that the Organization had no objection.",
        "7. Mr. FENWICK",
    ]
    assert speakers(parse("\n".join(lines))) == [
        ("Lindqvist", "chair", None), ("Dupre", "delegation", "BEL"), ("Lindqvist", "chair", None),
        ("Arthur Fenwick", "delegation", "GBR"), ("Ward", "delegation", "AUS"), ("Ortiz", "member", None),
        ("Fenwick", "delegation", "GBR"),
    ]  # fmt: skip


def test_an_experts_nationality_in_the_list_is_no_delegation() -> None:
    lines = [
        "Committee on the Elimination of Racial Discrimination",
        "Summary record of the 120th meeting",
        "Held at Headquarters, New York, on Monday, 5 April 1971, at 10.30 a.m.",
        "Chairman: Mr. AGUILAR Venezuela",
        "Mr. INGLES Philippines",
        "1. Mr. INGLES said that the report was late.",
    ]
    assert speakers(parse("\n".join(lines))) == [("Ingles", "member", None)]


def test_the_chair_named_by_surname_below_a_masthead_that_gives_her_given_names() -> None:
    """Before 1990 the masthead gives the officers' given names, the paragraphs the surname: one speaker. Since,
    a member whose name ends the Chair's is someone else."""
    old = [
        "Commission on Human Rights",
        "Summary record of the 30th meeting",
        "Held at Lake Success, New York, on Monday, 12 June 1950, at 2.30 p.m.",
        "Chairman: Mrs. Margaret Holloway (Australia)",
        "The CHAIRMAN put the proposal to the Commission. Mrs. HOLLOWAY stated that she would not press it.",
        "Mr. KRAMER (Netherlands) said that his delegation would abstain.",
    ]
    assert speakers(parse("\n".join(old))) == [
        ("Margaret Holloway", "chair", None), ("Margaret Holloway", "chair", None), ("Kramer", "delegation", "NLD"),
    ]  # fmt: skip
    recent = [*MASTHEAD[:-1], "Chairperson: Ms. Negrín Muñoz", OPENING, "Ms. Muñoz asked about the report."]
    assert speakers(parse("\n".join(recent))) == [("Muñoz", "member", None)]


@pytest.mark.parametrize(
    "lines",
    [["COMMISSION ON HUMAN RIGHTS session Forty-fifth", "SUMMARY RECORD OF THE 10th MEETING"],
     ["COMMISSION ON HUMAN RIGHTS session Forty-fifth SUMMARY RECORD OF THE 10th MEETING Held at Geneva"]],
)  # fmt: skip
def test_a_session_whose_word_a_scan_set_before_its_number(lines: list[str]) -> None:
    masthead = read_masthead(lines)
    assert (masthead.session_number, masthead.meeting_number) == (45, 10)


def test_a_scans_session_misread_past_reading_comes_from_the_symbol_of_its_next_page() -> None:
    """ "F0RTY-YIFTH SBSSI0N" and no symbol above; "A/C.3/45/SR.61 English Page 2" below: the symbol, and the
    Assembly's session it gives."""
    lines = ["UNITED NATI0NS THIRD C0MMITTEE 6lst meeting General Assembly held on Monday, 3 December 1990"]
    lines += ["F0RTY-YIFTH SBSSI0N at 4 p.m. Official Records New York", "SUMMARY RECORD OF THE 61st MEETING"]
    lines += ["Chairman: Mr. OKAFOR (Nigeria)", "90-57491 (E)", "A/C.3/45/SR.61 English Page 2"]
    lines += ["1. The CHAIRMAN said that the draft resolution had been introduced at the 49th meeting."]
    meeting = only_meeting(parse("\n".join(lines)))
    assert (meeting["symbol"], meeting["session_number"], meeting["meeting_number"]) == ("A/C.3/45/SR.61", 45, 61)


def test_a_flattened_scan_whose_opening_line_follows_the_page_head_and_a_heading_before_a_numbered_turn() -> None:
    """A scan's run: the opening line after the page's head (and "Was" for "was", a stop before the hour), then
    a numbered turn after a heading in capitals rather than after a sentence."""
    flat = (
        "UNITED NATIONS GENERAL ASSEMBLY Distr. GENERAL A/C.3/36/SR.12 20 October 1981 ORIGINAL: ENGLISH THIRD "
        "COMMITTEE SUMMARY RECORD OF THE 12th MEETING Held at Headquarters, New York, on Tuesday, 13 October 1981, "
        "at 3 p.m. Chairman: Mr. OKAFOR (Nigeria) CONTENTS Elimination of racial discrimination (continued) "
        "This record is subject to correction. 81-57001 (E) A/C.3/36/SR.12 English Page 2 The meeting Was called "
        "to order at .3.20 p.m. AGENDA ITEM 75: ELIMINATION OF RACIAL DISCRIMINATION (continued) 1. The CHAIRMAN "
        "invited the Committee to continue its debate on the item. 2. Mr. HOLM (Denmark) said that his delegation "
        "supported the draft and hoped that it would be adopted without a vote at the present session of the "
        "Assembly. GENERAL DEBATE 3. Mr. TANAKA (Japan) said that his Government had ratified the Convention."
    )
    batch = parse(flat)
    assert only_meeting(batch)["called_to_order"] == time(15, 20)
    assert speakers(batch) == [
        ("Okafor", "chair", None),
        ("Holm", "delegation", "DNK"),
        ("Tanaka", "delegation", "JPN"),
    ]


@pytest.mark.parametrize(
    ("printed", "catalogue"),
    [
        ("E/CN6/SR.410 2 March 1971", "UN Document Symbol E/CN.6/SR.410"),  # the scan lost a dot
        ("E/CN.4/1981/SR.93 12 March 1981", "UN Document Symbol | E/CN.4/1981/SR.23 |"),  # a 2 read as a 9
        ("E/CN. 4/1987/SR.40/Add. 1", "UN Document Symbol E/CN.4/1987/SR.40/Add.1"),  # spaced and split
    ],
)
def test_the_catalogues_symbol_wins_over_the_scans(printed: str, catalogue: str) -> None:
    """A library's catalogue entry above the extracted text was typed by a cataloguer from the document; the
    scan's own symbol line below it may be garbled."""
    masthead = read_masthead(["Travaux Préparatoires", catalogue, "Document Type Summary Record", printed])
    expected = catalogue.removeprefix("UN Document Symbol").strip(" |")
    assert masthead.symbol == expected
    assert masthead.meeting_number == int(expected.split("/SR.")[1].split("/")[0])
    # Without the catalogue, the printed symbol is still the record's.
    assert (
        read_masthead(["E/CN.4/1981/SR.23 12 March 1981", "COMMISSION ON HUMAN RIGHTS"]).symbol == "E/CN.4/1981/SR.23"
    )


@pytest.mark.parametrize(
    ("lines", "number", "day", "chair"),
    [
        # The Commission's Yearbook: the meeting and its date run together, the officers too.
        (
            [
                "218th MEETINGWednesday, 3 June 1953, at 9.30 a.m.",
                "Chairman: Mr. Jean SPIROULISRapporteur: Mr. A. HOLM",
            ],
            218,
            date(1953, 6, 3),
            "Jean Spiroulis",
        ),
        # A conference's Official Records: the meeting in words, in capitals.
        (
            ["TWENTY-SECOND MEETING Friday, 14 March 1958, at 3 p.m.", "Chairman : Mr. R. OKAFOR (Nigeria)"],
            22,
            date(1958, 3, 14),
            "R. Okafor",
        ),
        (["THREE HUNDRED AND FOURTH MEETING", "Monday, 2 June 1955, at 3 p.m."], 304, date(1955, 6, 2), None),
    ],
)
def test_a_printed_volumes_meeting_heading(lines: list[str], number: int, day: date, chair: str | None) -> None:
    """The printed volumes head each record with its meeting and date alone, no "summary record" title."""
    masthead = read_masthead(lines)
    assert (masthead.meeting_number, masthead.meeting_date) == (number, day)
    assert (masthead.chair.name if masthead.chair else None) == chair


def test_the_international_law_commissions_records_are_its_own() -> None:
    lines = ["Document:- A/CN.4/SR.218 Summary record of the 218th meeting", "218th MEETING", OPENING]
    lines += ["1. Mr. SPIROULIS said that the draft article went too far.", "2. Mr. HOLM agreed."]
    batch = parse("\n".join(lines))
    assert (only_meeting(batch)["symbol"], only_meeting(batch)["body"]) == ("A/CN.4/SR.218", "ILC")
    assert speakers(batch) == [("Spiroulis", "member", None), ("Holm", "member", None)]


def test_a_catalogue_title_that_says_held_on_and_a_chairmen_misread() -> None:
    lines = [
        "Summary record of the 46th meeting, 3rd Committee, held on Wednesday, 21 November 1984, New York, "
        "General Assembly, 39th session.",
        "Chairmen: Mrs. ROOSEVELT United States of America",
    ]
    masthead = read_masthead(lines)
    assert (masthead.meeting_date, masthead.session_number) == (date(1984, 11, 21), 39)
    assert masthead.chair is not None
    assert (masthead.chair.label, masthead.chair.name) == ("Chairman", "Roosevelt")


def test_a_scans_underline_after_a_title_and_a_hyphen_in_the_opening_hour() -> None:
    lines = [
        *MASTHEAD,
        "The meeting was called to order at 11.-25 a.m.",
        "1. Mr._OKAFOR (Nigeria) said that he agreed.",
    ]
    batch = parse("\n".join(lines))
    assert only_meeting(batch)["called_to_order"] == time(11, 25)
    assert speakers(batch) == [("Okafor", "delegation", "NGA")]


def test_a_scans_l_for_the_capital_i_in_a_name_in_capitals() -> None:
    lines = [*MASTHEAD[:-1], "Chairman : Mrs. Ana FlGUEROA (Chile).", OPENING, "The CHAIRMAN opened the debate."]
    assert only_meeting(parse("\n".join(lines)))["chair_name"] == "Ana Figueroa"
    lines = [*MASTHEAD, OPENING, "Mr. SMlTH (Liberia) said that his delegation would abstain."]
    assert speakers(parse("\n".join(lines))) == [("Smith", "delegation", "LBR")]


def test_a_printed_head_that_lost_its_meeting_word_and_a_chair_line_run_into_the_next_column() -> None:
    """A scan's run whose head lost "MEETING" ("THIRD COMMITTEE 410th GENERAL ASSEMBLY") is still a printed
    head run onto one line, broken at its fields; the chair's line ends at the State's bracket even when the
    next column's words follow it."""
    flat = (
        "United Nations THIRD COMMITTEE 412th GENERAL ASSEMBLY Thursday, 31 January 1952, at 3 p.m. SIXTH SESSION "
        "Official Records Palais de Chaillot, Paris CONTENTS Page Draft international covenant on human rights "
        "(A/1883, E/2057 and Add.1 to 5, A/C.3/L.197) (continued) 401 Chairman : Mrs. Luisa VEGA (Chile). Draft "
        "international covenant on human rights (A/1883, E/2057 and Add.1 to 5, A/C.3/L.197) (continued) [Item "
        "29]* PROPOSAL TO HOLD A SPECIAL SESSION OF THE COUNCIL 1. The CHAIRMAN invited the Committee to discuss "
        "the revised draft resolution on the proposal and the amendments to it submitted by two delegations. "
        "2. Mr. HOLM (Denmark) said that his delegation would support the revised draft resolution as amended."
    )
    batch = parse(flat)
    assert only_meeting(batch)["meeting_date"] == date(1952, 1, 31)
    assert speakers(batch) == [("Luisa Vega", "chair", None), ("Holm", "delegation", "DNK")]
    masthead = read_masthead(["Chairman: Mr. Keith OKAFOR (Nigeria). explain the position of the petitioners"])
    assert masthead.chair is not None
    assert (masthead.chair.name, masthead.chair.office) == ("Keith Okafor", "Nigeria")


@pytest.mark.parametrize(
    ("title", "number", "part"),
    [
        ("Compte rendu analytique (partiel) ** de la 15 41 e séance", 1541, "partial"),  # a number broken apart
        ("Co mpte rendu de la première partie (publique)* de la 902 e séance", 902, "first part (public)"),
    ],
)
def test_french_titles_a_conversion_broke(title: str, number: int, part: str) -> None:
    lines = [
        "Comité contre la torture", "Quarante-troisième session", title,
        "Tenue au Palais Wilson, à Genève, le vendredi 11 juin 2010, à 15 heures", "Président: M. Grossman",
        "La séance est ouverte à 15 h 5.", "1. Le Président dit que le Comité va examiner le rapport.",
    ]  # fmt: skip
    meeting = only_meeting(parse("\n".join(lines)))
    assert (meeting["meeting_number"], meeting["meeting_part"]) == (number, part)


def test_spaces_inside_brackets_and_a_masthead_whose_title_a_wrap_broke() -> None:
    """ "( continued )", "( Brazil )" as a conversion spaces them; and a catalogue entry's masthead whose one-line
    title a wrap broke ("... Summary" / "Record of the ..."), cut before its first paragraph: its symbol (from
    "Citation / Document Symbol") and date still make it a record."""
    spaced = [
        line.replace("Ms. Aidoo", "Ms. Aidoo ( Ghana )") if line.startswith("Chairperson") else line
        for line in MASTHEAD
    ]
    text = "\n".join(
        [*spaced, "The second part ( public ) of the meeting was called to order at 12.10 p.m.", PARAGRAPH]
    )
    meeting = only_meeting(parse(text))
    assert (meeting["chair_name"], meeting["called_to_order"]) == ("Aidoo", time(12, 10))
    entry = "\n".join(
        [
            "Ad Hoc Committee on Statelessness, Second Session: Summary",
            "Record of the Thirty-Ninth Meeting Held at the Palais des Nations, Geneva, on",
            "Monday, 21 August 1950, at 3 p.m.",
            "Publication Date 27 September 1950",
            "Citation / Document Symbol E/AC.32/SR.39",
            "Chairman:",
            "Mr. LINDGREN (Denmark)",
        ]
    )
    meeting = only_meeting(parse(entry))
    assert (meeting["symbol"], meeting["meeting_date"], meeting["chair_name"]) == (
        "E/AC.32/SR.39",
        date(1950, 8, 21),
        "Lindgren",
    )


def test_a_web_tables_cells_one_a_line_keep_their_text_not_their_rules() -> None:
    """A site's table of officers flattened to text, each cell on a line of its own closed by its rule: "Chairman: |",
    "Mr. CHANCE |", "Canada |", and a lone "|" between rows."""
    lines = [
        "Ad Hoc Committee on Statelessness, First Session: Summary Record of the Sixteenth Meeting Held at Lake "
        "Success, New York, on Monday, 30 January 1950, at 2.30 p.m.",
        "Chairman: |", "Mr. BRANDT |", "Canada |", "Members: |", "Mr. CUVELIER |", "Belgium |", "|",
        "Mr. HENKE |", "United States of America |", "Secretariat: |", "| |", "|", "Mr. HOLM |",
        "Secretary of the Committee |",
        "INTERNATIONAL STATUS OF REFUGEES",
        "The CHAIRMAN invited the Committee to continue its reading of the draft.",
        "Mr. HENKE (United States of America) said that his delegation supported the text.",
    ]  # fmt: skip
    batch = parse("\n".join(lines))
    assert only_meeting(batch)["chair_name"] == "Brandt"
    assert speakers(batch)[-2:] == [("Brandt", "chair", None), ("Henke", "delegation", "USA")]


# ---------------------------------------------------------------- the mimeographed records of the first years

OLD_MASTHEAD = [
    "UNITED NATIONS",
    "ECONOMIC AND SOCIAL COUNCIL",
    "COMMISSION ON HUMAN RIGHTS",
    "Sixth Session",
    "SUMMARY RECORD OF THE HUNDRED AND FIFTY-SECOND MEETING",
    "Held at Lake Success, New York, on Tuesday, 11 April 1950, at 3 p.m.",
    "Chairman: Mrs. ROOSEVELT (United States of America)",
]


def test_a_meeting_numbered_in_words_from_one_hundred_without_one() -> None:
    """The first years' titles leave "one" out of the hundreds: the hundred and fifty-second meeting is 152."""
    meeting = only_meeting(parse("\n\n".join([*OLD_MASTHEAD, "Mr. CASSIN (France) said that article 9 stood."])))
    assert (meeting["meeting_number"], meeting["symbol"], meeting["symbol_derived"]) == (152, "E/CN.4/SR.152", True)


def test_a_heading_in_capitals_keeps_the_stop_after_its_document() -> None:
    """A heading set in capitals may end in a stop, after the document it cites; it heads the text below it and
    speaks for no one, in either language."""
    english = [
        *OLD_MASTHEAD,
        "REVISED TEXT OF ARTICLE 9 PROPOSED BY THE DELEGATIONS OF CHILE AND INDIA (document E/CN.4/411/Add.3).",
        "The revised text of article 9 was adopted without discussion.",
        "Mr. CASSIN (France) said that article 10 raised a question of principle.",
    ]
    batch = parse("\n\n".join(english))
    assert batch.frames["agenda_items"]["title"].to_list()[-1].startswith("REVISED TEXT OF ARTICLE 9")
    assert speakers(batch) == [(None, "procedural", None), ("Cassin", "delegation", "FRA")]
    french = [
        "NATIONS UNIES",
        "Comité contre la torture",
        "COMPTE RENDU ANALYTIQUE DE LA 412e SÉANCE",
        "tenue au Palais des Nations, à Genève, le mardi 6 mai 2000, à 15 heures",
        "Président : M. BURNS",
        # A scan's lower-case letters among the capitals ("ARTICLE lk") leave it a heading.
        "OBSERVATIONS DE LA DÉLÉGATION DU CHILI SUR L'ARTICLE lk (document CAT/C/40/Add.2).",
        "M. YAKOVLEV demande si les réserves ont été retirées.",
    ]
    batch = parse("\n\n".join(french))
    assert batch.frames["agenda_items"]["title"].to_list()[-1].startswith("OBSERVATIONS DE LA DÉLÉGATION")
    assert speakers(batch) == [("Yakovlev", "member", None)]


def test_a_turn_whose_last_word_a_blank_line_broke_is_not_taken_for_a_heading() -> None:
    """A scan may break a paragraph's last word over a blank line ("... the provi-", then "sions of ..."). The
    turn above the break keeps its speaker, and the rest of the word joins it, not the paragraph before."""
    lines = [
        *OLD_MASTHEAD,
        "The draft of article 4 was approved.",
        "To meet the wishes of the representative of Denmark, the CHAIRMAN proposed adding to article 4 the "
        'words "subject to the provi-',
        'sions of article 2".',
        "Article 4 as amended was approved.",
        "Mr. MALIK (Lebanon) said that he could accept it.",
    ]
    statements = parse("\n\n".join(lines)).frames["statements"]
    assert statements.select("speaker_name", "speaker_role").rows() == [
        (None, "procedural"),
        ("Roosevelt", "chair"),
        (None, "procedural"),
        ("Malik", "delegation"),
    ]
    assert statements["text"][0] == "The draft of article 4 was approved."
    assert statements["text"][1].endswith('provi- sions of article 2".')


def test_a_turn_whose_verb_a_blank_line_broke_keeps_its_speaker() -> None:
    """The word a scan broke over a blank line may be the verb of a turn's opening ("Ms. SCHWARTZ, noting that ...,
    wond-", then "ered whether ..."): the turn is still hers, and its text as printed."""
    lines = [
        *OLD_MASTHEAD,
        "Mr. MALIK (Lebanon) said that he could accept the text.",
        "Ms. SCHWARTZ, noting that the budget had increased by 85 per cent between 1947 and 1949, wond-",
        "ered whether data were available on the matter.",
    ]
    statements = parse("\n\n".join(lines)).frames["statements"]
    assert statements.select("speaker_name", "speaker_role").rows() == [("Malik", "delegation"), ("Schwartz", "member")]
    assert statements["text"][1].endswith("wond- ered whether data were available on the matter.")


def test_the_conciliation_commissions_records_as_unispal_serves_them() -> None:
    """A WordPress entry (UNISPAL's API) whose page holds the title, "held in" with the date on the next line, and
    the chair in the list of those present ("Mr. X (State)Chairman"): a record with its masthead and speakers."""
    from tests.test_extract_formats import _ENTRY_HTML, _wordpress_entry

    batch = parse(_wordpress_entry(_ENTRY_HTML), "auto-insert-4242.json")
    meeting = only_meeting(batch)
    assert {key: meeting[key] for key in ("symbol", "symbol_derived", "body", "meeting_number", "place")} == {
        "symbol": "A/AC.25/SR.82",
        "symbol_derived": True,
        "body": "UNCCP",
        "meeting_number": 82,
        "place": "Lausanne",
    }
    assert (meeting["meeting_date"], meeting["chair_name"]) == (date(1949, 7, 12), "Hale")
    assert speakers(batch) == [("Hale", "chair", None), ("de la Tour", "member", None)]


@pytest.mark.parametrize(
    "held",
    [
        ["held in Lausanne on Tuesday,", "12 July 1949, at 4 p.m."],
        ["Held at the Palais des Nations, Geneva,", "on Tuesday, 12 July 1949, at 4 p.m."],
        ["Held in New York on 12 July 1949 at 4 p.m."],
    ],
)
def test_a_meeting_with_the_parties_outside_the_numbered_series_is_a_record(held: list[str]) -> None:
    """ "Summary record of a meeting between the Commission and ..." carries no number; with its date, cut before
    any speech, it is a record all the same, and its date line (whole, or wrapped after the place or the weekday)
    is no paragraph."""
    lines = [
        "UNITED NATIONS CONCILIATION COMMISSION FOR PALESTINE",
        "SUMMARY RECORD OF A MEETING BETWEEN THE CONCILIATION",
        "COMMISSION AND THE DELEGATION OF ISRAEL",
        *held,
    ]
    batch = parse("\n\n".join(lines))
    meeting = only_meeting(batch)
    assert (meeting["body"], meeting["meeting_number"], meeting["meeting_date"]) == ("UNCCP", None, date(1949, 7, 12))
    assert batch.frames["statements"].height == 0


def test_a_wordpress_entrys_title_gives_the_symbol_its_page_does_not_print() -> None:
    """UNSCOP's records on UNISPAL print no symbol on the page; the entry's title ends with it in brackets, and
    a source's catalogue still wins over the title."""
    from tests.test_extract_formats import _wordpress_entry

    page = (
        "<p>SPECIAL COMMITTEE ON PALESTINE</p><p>SUMMARY RECORD OF THE THIRTEENTH MEETING</p>"
        "<p>Held at Lake Success, New York, on Friday, 27 June 1947, at 11 a.m.</p>"
        "<p>Chairman: Mr. SANDSTROM (Sweden)</p>"
        "<p>The CHAIRMAN read the list of requests for hearings received since the last meeting.</p>"
    )
    entry = _wordpress_entry(page, "Requests for hearings &#8211; UNSCOP &#8211; Summary Record (A/AC.13/SR.13)")
    meeting = only_meeting(parse(entry, "auto-insert-4243.json"))
    assert (meeting["symbol"], meeting["symbol_derived"], meeting["meeting_number"]) == ("A/AC.13/SR.13", False, 13)
    assert meeting["title"] == "Requests for hearings – UNSCOP – Summary Record (A/AC.13/SR.13)"
    cut = only_meeting(parse(entry[: entry.index(b"The CHAIRMAN")], "auto-insert-4243.json"))
    assert cut["symbol"] == "A/AC.13/SR.13"
    catalogued = only_meeting(parse(entry, "auto-insert-4243.json", metadata={"symbol": "A/AC.13/SR.14"}))
    assert catalogued["symbol"] == "A/AC.13/SR.14"


def test_a_meeting_year_the_un_cannot_have_met_in_is_read_from_the_issue_date() -> None:
    """A site's or a scan's misprinted year ("17 January 1930") is no date the UN met on: the day and month stand,
    the year is the issue date's ("26 January 1950", printed under the symbol); with no issue date, no date."""
    lines = [
        "Ad Hoc Committee on Statelessness, First Session: Summary Record of the Fourth Meeting Held at Lake "
        "Success, New York, on Thursday, 19 January 1930, at 11 a.m.",
        "E/AC.32/SR.4",
        "26 January 1950",
        "Chairman: Mr. CHANCE (Canada)",
        "1. The CHAIRMAN opened the meeting.",
    ]
    assert only_meeting(parse("\n".join(lines)))["meeting_date"] == date(1950, 1, 19)
    undated = only_meeting(parse("\n".join(line for line in lines if line != "26 January 1950")))
    assert undated["meeting_date"] is None
    # A meeting after its misprinted issue date keeps its own date: the issue date is misprinted as often.
    later = [line.replace("19 January 1930", "9 November 2010") for line in lines]
    assert only_meeting(parse("\n".join(later)))["meeting_date"] == date(2010, 11, 9)


def test_a_held_line_without_its_year_takes_the_issue_dates() -> None:
    """A web rendition that dropped the year ("on Wednesday, 23 October, at 3 p.m.") dates the meeting on the
    latest such day on or before the issue date, in English as in French and Spanish."""
    lines = [
        "Distr.",
        "GENERALCCPR/C/SR.2990",
        "5 January 2013",
        "HUMAN RIGHTS COMMITTEE",
        "Hundred and sixth session",
        "SUMMARY RECORD OF THE 2990th MEETING",
        "Held at the Palais Wilson, Geneva,",
        "on Monday, 31 December, at 10 a.m.",
        "Chairperson: Mr. FLINTERMAN",
        "The meeting was called to order at 10.05 a.m.",
        "1. The CHAIRPERSON opened the meeting.",
    ]
    meeting = only_meeting(parse("\n".join(lines)))
    assert (meeting["meeting_date"], meeting["place"]) == (date(2012, 12, 31), "the Palais Wilson, Geneva")


def test_the_list_of_those_present_run_together_by_a_scans_columns_is_no_paragraph() -> None:
    """A scan runs the list's columns together ("Mr. Arthur Penrose Specialized Agencies: Mr. L. Dumas"); the
    line holds one of the list's headings, so it is the masthead's, and the body starts at the Chair's turn."""
    lines = [
        "COMMISSION ON HUMAN RIGHTS DRAFTING COMMITTEE FIRST SESSION SUMMARY RECORD OF THE SIXTH MEETING Held at "
        "Lake Success, New York, on Friday, 13 June 1947, at 2.30 p.m. Present: Chairman:",
        "Mrs. Eleanor Roosevelt",
        "(United States of America)",
        "Mr. Arthur Penrose Specialized Agencies: Mr. L. Dumas",
        "(UNESCO)",
        "Non-Governmental Organizations:",
        "Secretariat:",
        "Prof. J. P. Humphrey Mr. Edward Lawson",
        "(Secretary of the Committee)",
        "The CHAIRMAN proposed that the Committee take up the draft article by article.",
        "Professor CASSIN (France) agreed.",
    ]
    batch = parse("\n".join(lines))
    assert speakers(batch) == [("Eleanor Roosevelt", "chair", None), ("Cassin", "delegation", "FRA")]
    assert "Mr. Arthur Penrose" not in " ".join(batch.frames["agenda_items"]["title"].to_list())


def test_an_unnumbered_turn_whose_wrap_broke_it_before_its_verb_keeps_its_speaker() -> None:
    """A rendition wrapped at a short measure and without its numbers breaks a turn after the State or a clause
    ("El Sr. Rahimi (República Islámica del Irán)," / "en relación con el proyecto de artículos, celebra"): the
    turn is a paragraph with its speaker, not a heading, in Spanish as in English."""
    spanish = [
        "Sexta Comisión",
        "Acta resumida de la 18ª sesión",
        "Celebrada en la Sede, Nueva York, el martes 1 de noviembre de 2005, a las 9.30 horas",
        "Presidente: Sr. Bennouna",
        "Se declara abierta la sesión a las 9.40 horas.",
        "El Sr. Rahimi (República Islámica del Irán),",
        "en relación con el proyecto de artículos, celebra",
        "que la Comisión haya terminado la primera lectura.",
        "El Sr. Ruiz (Chile) dice que su delegación apoya el texto.",
    ]
    english = [
        "Sixth Committee",
        "Summary record of the 18th meeting",
        "Held at Headquarters, New York, on Tuesday, 1 November 2005, at 9.30 a.m.",
        "Chairman: Mr. Bennouna (Morocco)",
        "The meeting was called to order at 9.40 a.m.",
        "Mr. Rahimi (Islamic Republic of Iran),",
        "speaking on the draft articles, said that",
        "the first reading had gone well.",
        "Mr. Ruiz (Chile) said that his delegation supported the text.",
    ]
    expected = [("Rahimi", "delegation", "IRN"), ("Ruiz", "delegation", "CHL")]
    assert speakers(parse("\n".join(spanish))) == expected
    assert speakers(parse("\n".join(english))) == expected


def test_an_unnumbered_turn_whose_office_a_narrow_column_left_in_an_open_bracket_keeps_its_speaker() -> None:
    """A two-column page without its numbers breaks an officer's turn inside the bracket of his office ("Mr. Okafor
    (Under-Secretary-General for Economic and" / "Social Affairs) said that ..."): the next line opens in capitals
    and the first is shorter than a column, yet the turn is one paragraph with its speaker, not two headings."""
    lines = [
        "Third Committee",
        "Summary record of the 5th meeting",
        "Held at Headquarters, New York, on Tuesday, 14 October 1997, at 3 p.m.",
        "Chairman: Mr. Alvarez (Uruguay)",
        "The meeting was called to order at 3.10 p.m.",
        "Statement by the Under-Secretary-General for",
        "Economic and Social Affairs",
        "Mr. Okafor (Under-Secretary-General for Economic and",
        "Social Affairs) said that the world economy had grown",
        "faster than expected and that the Department would",
        "report on it to the Committee.",
        "The Chairman thanked the Under-Secretary-General.",
    ]
    batch = parse("\n".join(lines))
    assert speakers(batch) == [("Okafor", "secretariat", None), ("Alvarez", "chair", None)]
    statement = batch.frames["statements"]["text"][0]
    assert statement.startswith("Mr. Okafor (Under-Secretary-General for Economic and Social Affairs) said that")
    assert statement.endswith("report on it to the Committee.")
    # A bracket a scan closed with another sign ("(Ghana]") in a whole sentence leaves the line after it alone.
    misread = [*lines[:7], "Mr. Okafor (Ghana] said that the budget had grown.",
               "The Government had also adopted a plan of action on the informal economy.", *lines[-1:]]  # fmt: skip
    rows = parse("\n".join(misread)).frames["statements"].select("speaker_name", "is_continuation").rows()
    assert rows == [("Okafor", False), ("Okafor", True), ("Alvarez", False)]


def test_the_special_political_committees_symbol_from_its_session() -> None:
    """A rendition that prints no symbol: the Committee numbered its records within the Assembly's session."""
    lines = ["SPECIAL POLITICAL COMMITTEE", "14th meeting", "held on", "Tuesday, 3 November 1987", "at 3 p.m."]
    lines += ["The meeting was called to order at 3.20 p.m.", "1. The CHAIRMAN opened the general debate."]
    meeting = only_meeting(parse("\n".join(lines)))
    assert (meeting["symbol"], meeting["symbol_derived"], meeting["session_number"]) == ("A/SPC/42/SR.14", True, 42)


def test_an_assembly_committee_known_by_its_documents_gets_its_session() -> None:
    """A masthead whose committee's name no line holds whole ("(FOURTH COMMITTEE)" under a name broken over
    lines): the body its agenda's documents give, and the Assembly's session its date gives."""
    lines = ["SPECIAL POLITICAL AND", "DECOLONIZATION WORKS", "(FOURTH COMMITTEE)", "19th meeting", "held on"]
    lines += ["12 November 1993", "at 10 a.m.", "The meeting was called to order at 10.15 a.m."]
    lines += ["AGENDA ITEM 90: QUESTION OF THE FALKLAND ISLANDS (A/C.4/48/L.9)", "1. The CHAIRMAN opened the debate."]
    meeting = only_meeting(parse("\n".join(lines)))
    assert (meeting["body"], meeting["session_number"], meeting["symbol"]) == ("A/C.4", 48, "A/C.4/48/SR.19")


def test_a_commission_record_issued_under_the_councils_name_is_the_commissions() -> None:
    """ "Economic and Social Council" names the issuer only; the agenda's documents name the Commission."""
    lines = ["Economic and Social Council", "Fifty-second session", "Held at the Palais des Nations, Geneva,"]
    lines += ["on Monday, 1 April 1996, at 3 p.m.", "Chairman: Mr. HALVORSEN (Norway)", OPENING]
    lines += ["QUESTION OF THE RIGHT TO DEVELOPMENT (agenda item 6) (E/CN.4/1996/24)"]
    lines += ["1. Mr. TEMBO (Zambia) said that the report deserved close study."]
    meeting = only_meeting(parse("\n".join(lines)))
    assert (meeting["body"], meeting["session_number"]) == ("CHR", 52)


def test_the_chair_who_conveys_after_an_interposed_clause() -> None:
    lines = [*MASTHEAD, OPENING, "1. The Chairperson, on behalf of the Committee, conveyed its sympathy to the family."]
    lines += ["2. Mr. Kotrane extended his own condolences."]
    assert speakers(parse("\n".join(lines))) == [("Aidoo", "chair", None), ("Kotrane", "member", None)]


def test_a_page_head_below_the_masthead_gives_the_symbol_the_masthead_lost() -> None:
    """The next page's head ("E/CN.4/SR.412 page 2") is the record's symbol when its number is the meeting's;
    another meeting's symbol the text cites is not."""
    lines = ["COMMISSION ON HUMAN RIGHTS", "Tenth Session", "SUMMARY RECORD OF THE FOUR HUNDRED AND TWELFTH MEETING"]
    lines += ["Held at the Palais des Nations, Geneva, on Monday, 8 March 1954, at 3 p.m."]
    lines += ["The CHAIRMAN recalled the summary record of the previous meeting (E/CN.4/SR.411)."]
    lines += ["E/CN.4/SR.412 page 2", "Mr. VILFAN (Yugoslavia) said that he would speak briefly."]
    meeting = only_meeting(parse("\n\n".join(lines)))
    assert (meeting["symbol"], meeting["symbol_derived"], meeting["meeting_number"]) == ("E/CN.4/SR.412", False, 412)
    cited_only = only_meeting(parse("\n\n".join(lines[:-2])))
    assert (cited_only["symbol"], cited_only["symbol_derived"]) == ("E/CN.4/SR.412", True)  # derived, not cited


@pytest.mark.parametrize(
    "head",
    [["A/C.3/39/SR.65", "English", "Page 3"], ["A/C.3/39/SR.65 English Page 3"], ["A/C.3/39/SR.65 ENGLISH", "Page 3"]],
    ids=["three-lines", "one-line", "two-lines"],
)
def test_new_yorks_page_heads_with_the_versions_language_leave_the_paragraph_they_cut(head: list[str]) -> None:
    """New York's records head each page with the symbol, the version's language and the page ("A/C.3/39/SR.65",
    "English", "Page 3"), wherever the page ends: page furniture, not words of the delegate's paragraph."""
    lines = [
        "GENERAL ASSEMBLY",
        "THIRD COMMITTEE",
        "SUMMARY RECORD OF THE 65th MEETING",
        "Held at Headquarters, New York, on Friday, 30 November 1984, at 3 p.m.",
        "Chairman: Mr. SMITH (Canada)",
        "The meeting was called to order at 3.30 p.m.",
        "1. Mr. JONES (Chile) said that his delegation supported the draft resolution, which reflected the",
        "/...",
        "",
        *head,
        "",
        "views of many delegations and deserved to be adopted without a vote.",
        "2. Mr. BROWN (Kenya) said that he agreed.",
    ]
    batch = parse("\n".join(lines))
    texts = batch.frames["statements"]["text"].to_list()
    assert texts[0].endswith("which reflected the views of many delegations and deserved to be adopted without a vote.")
    assert speakers(batch) == [("Jones", "delegation", "CHL"), ("Brown", "delegation", "KEN")]


def test_the_page_head_the_extractor_took_out_gives_a_conferences_symbol_the_masthead_misread() -> None:
    """A conference's record whose masthead symbol a scan misread ("E/C!ONF.31/SR.12"): the next page's head, taken
    out as page furniture ("E/CONF.31/SR.12 English Page 2"), is its symbol, whichever body the conference is."""
    lines = [
        "E/C!ONF.31/SR.12 3 May 1961 ENGLISH ORIGINAL: SPANISH",
        "UNITED NATIONS CONFERENCE ON THE CARRIAGE OF GOODS BY RIVER",
        "SUMMARY RECORD OF THE TWELFTH MEETING",
        "Held at Headquarters, New York, on Tuesday, 25 April 1961, at 10.30 a.m.",
        "President: Mr. OKAFOR Nigeria",
        "",
        "E/CONF.31/SR.12 English Page 2",
        "",
        "The PRESIDENT said that the drafting committee would report on article 4 the next day.",
    ]
    meeting = only_meeting(parse("\n".join(lines)))
    assert (meeting["symbol"], meeting["symbol_derived"], meeting["meeting_number"]) == ("E/CONF.31/SR.12", False, 12)


def test_a_delegates_name_a_conversion_spaced_out_is_closed_up() -> None:
    """ "La Sra. M e lnikova (Letonia)": the name's first letters set apart; any other lone letters stay."""
    text = "\n\n".join(
        [
            "Comité de Derechos Humanos",
            "Acta resumida de la 2101ª sesión",
            "celebrada en el Palais Wilson, Ginebra, el lunes 17 de marzo de 2003, a las 15.00 horas",
            "Presidente: Sr. Amor",
            "Se declara abierta la sesión a las 15.10 horas.",
            "1. La Sra. M e lnikova (Letonia) dice que el informe se preparó con la sociedad civil.",
            "2. El Sr. Amor dice que los incisos a y b del artículo se examinarán después.",
        ]
    )
    batch = parse(text)
    assert speakers(batch) == [("Melnikova", "delegation", "LVA"), ("Amor", "chair", None)]
    assert "incisos a y b" in batch.frames["statements"]["text"][1]


@pytest.mark.parametrize(
    ("title", "number"),
    [
        ("SUMMlRAY RECORD OF THE TWO HUNDRED AND SI'XTY -THIRD MEETING", 263),  # specks inside the words
        ("SUMMARY RECORD OF THE HUNDRED AND FIFTY-NINTH MEEITNG", 159),  # the meeting word misread
        ("ЗОММАRY RECORD OF THiE HUNDRED AND TWENTIETH MEETING", 120),  # "THE" misread, the first word lost
    ],
)
def test_a_scans_misread_title_still_names_its_meeting(title: str, number: int) -> None:
    """A title whose letters a scan misread keeps the record from quarantine when its meeting still reads in words;
    a body the list of those present names below the chair is not the record's."""
    lines = ["COMMISSION ON HUMAN RIGHTS", "Ninth Session", title, "Chairman: Mrs. MEHTA India"]
    lines += ["Members: Mr. WHITLOCK Australia", "Mrs. AZIZ", "Commission on the Status of Women"]
    lines += ["The CHAIRMAN opened the discussion of article 14."]
    meeting = only_meeting(parse("\n\n".join(lines)))
    assert (meeting["meeting_number"], meeting["body"], meeting["chair_name"]) == (number, "CHR", "Mehta")
    # The Commission's name misread too: the issuer above stands, not the observer's body in the list.
    misread = ["ECONOMIC AND SOCIAL COUNCIL", "COIvMISSION OH HUMAN RIGHTS", *lines[1:]]
    assert only_meeting(parse("\n\n".join(misread)))["body"] == "ECOSOC"
    assert parse("NOTES ON THE RECORD OF THE GREAT SEA MEETINGS\n\nNo one spoke.").rejects != []


@pytest.mark.parametrize(
    "misread",
    ["E/aN. 4/SR. 1611", "E/CL4/SR. 1611", "E/ON .4/SR • 1611", "E/CN .4/SR.1611 l_)age 2"],
)
def test_a_commission_scans_misread_symbol_has_one_reading_of_a_known_body(misread: str) -> None:
    """ "E/aN. 4" may be E/AC.4 or E/CN.4; only the Commission's reads as a body's meeting record."""
    lines = ["UNITED NATIONS", misread, "ECONOMIC AND SOCIAL COUNCIL", "Thirty-seventh session"]
    lines += [
        "SUMMARY RECORD OF THE 1611th MEETING",
        "Held at the Palais des Nations, Geneva, on Monday, 16 February 1981",
    ]
    lines += ["1. Mr. BEAULNE (Canada) said that the item deserved the Commission's full attention."]
    meeting = only_meeting(parse("\n".join(lines)))
    assert (meeting["symbol"], meeting["body"], meeting["symbol_derived"]) == ("E/CN.4/SR.1611", "CHR", False)


def test_a_chair_line_whose_name_the_scan_lost_names_no_one() -> None:
    """ "Chairman : (Peru) Question of ...": the State stayed, the name did not; the State is no name."""
    masthead = read_masthead(["SUMMARY RECORD OF THE 1611th MEETING", "Chairman : (Peru) Question of the agenda"])
    assert masthead.chair is not None
    assert (masthead.chair.name, masthead.chair.office) == (None, "Peru")


def test_a_delegate_whose_title_follows_the_name() -> None:
    """ "SALEH Bey (Egypt) said": the 1940s-50s title after the name; a list of those present that names him is
    no turn."""
    lines = ["THIRD COMMITTEE", "SUMMARY RECORD OF THE 390th MEETING", "Held at the Palais de Chaillot, Paris,"]
    lines += ["on Friday, 18 January 1952, at 3 p.m.", "Chairman: Mrs. FIGUEROA (Chile)"]
    lines += ["Members: SALEH Bey Egypt Mr. DUPUY France", "The CHAIRMAN opened the debate on article 3."]
    lines += ["SALEH Bey (Egypt) said that the amendment went too far.", "Mr. DUPUY (France) disagreed."]
    batch = parse("\n\n".join(lines))
    assert speakers(batch) == [
        ("Figueroa", "chair", None),
        ("Saleh", "delegation", "EGY"),
        ("Dupuy", "delegation", "FRA"),
    ]
    assert batch.frames["statements"]["speaker_label"][1] == "SALEH Bey"


def test_a_wordpress_entrys_title_numbers_the_meeting_its_page_lost() -> None:
    """UNISPAL's page kept "SUMMARY RECORD OF THE TH MEETING", its number lost with a link; the entry's title
    ("... - UNPC 41st mtg. - ...") names the meeting, and the body's numbering gives the symbol, marked derived."""
    from tests.test_extract_formats import _wordpress_entry

    page = (
        "<p>UNITED NATIONS PALESTINE COMMISSION</p><p>SUMMARY RECORD OF THE <a href=''></a>TH MEETING</p>"
        "<p>Lake Success, New York</p><p>Thursday, 19 February 1948, at 2.00 p.m.</p>"
    )
    entry = _wordpress_entry(page, "Frontier questions &#8211; UNPC 41st mtg. &#8211; Summary record")
    meeting = only_meeting(parse(entry, "auto-insert-5151.json"))
    assert {key: meeting[key] for key in ("symbol", "symbol_derived", "body", "meeting_number")} == {
        "symbol": "A/AC.21/SR.41",
        "symbol_derived": True,
        "body": "UNPC",
        "meeting_number": 41,
    }
    assert meeting["meeting_date"] == date(1948, 2, 19)


def test_a_printed_volumes_extract_and_its_running_head() -> None:
    """legal.un.org's extracts: "Summary Records of the 1st Plenary Meeting" over the conference's name; a page
    that prints "A/CONF./BUR/SR.1", the conference's number lost; a running head "Sixth meeting — 10 March 1958"."""
    plural = ["Conference on the Law of the Sea", "Summary Records of the 1st Plenary Meeting"]
    plural += ["1. The ACTING PRESIDENT declared the Conference open."]
    meeting = only_meeting(parse("\n\n".join(plural)))
    assert (meeting["body"], meeting["symbol"], meeting["meeting_number"]) == ("A/CONF.13", "A/CONF.13/SR.1", 1)
    lost = ["Third United Nations Conference on the Law of the Sea", "Document:-", "A/CONF./BUR/SR.4"]
    lost += ["Summary records of meetings of the General Committee", "4th meeting", "Chairman: Mr. OKONJO (Nigeria)"]
    lost += ["1. The CHAIRMAN said that the Committee would hear the reports first."]
    meeting = only_meeting(parse("\n\n".join(lost)))
    assert (meeting["symbol"], meeting["symbol_derived"], meeting["body"]) == (
        "A/CONF.62/BUR/SR.4",
        False,
        "A/CONF.62/BUR",
    )
    masthead = read_masthead(["United Nations Conference on the Law of the Sea", "Sixth meeting — 10 March 1958"])
    assert (masthead.meeting_number, masthead.meeting_date) == (6, date(1958, 3, 10))
    fourth = read_masthead(["UNITED NATIONS CONFERENCE ON THE LAW OF THE SEA", "FOURTH COMMITTEE", "SIXTH MEETING"])
    assert fourth.body == "A/CONF.13/C.4"


def test_a_volumes_extract_of_several_meetings_opening_mid_speech() -> None:
    """A document site's copy of a printed volume's extract: its cover names "the 11th to 15th Meetings of the
    Fifth Committee", the page opens in the middle of a speech under its running head. It is the first meeting's
    record, its date the running head's, its symbol the first of the range the cover prints."""
    lines = ["United Nations Conference on the Law of the Sea Geneva, Switzerland 24 February to 27 April 1958"]
    lines += ["Documents: A/CONF.13/C.5/SR.11-15", "Summary Records of the"]
    lines += ["11th to 15th Meetings of the Fifth Committee"]
    lines += ["Extract from the Official Records of the Conference, Volume VII", "Eleventh meeting — 1 April 1958"]
    lines += ["cables laid before the convention came into force.3. Mr. HOLM (Denmark) said that the article stood."]
    meeting = only_meeting(parse("\n\n".join(lines)))
    assert {key: meeting[key] for key in ("symbol", "symbol_derived", "body", "meeting_number", "meeting_date")} == {
        "symbol": "A/CONF.13/C.5/SR.11",
        "symbol_derived": False,
        "body": "A/CONF.13/C.5",
        "meeting_number": 11,
        "meeting_date": date(1958, 4, 1),
    }


# ---------------------------------------------------------------- the first decades' officers, guests and provisions

THIRD_COMMITTEE_MASTHEAD = [
    "UNITED NATIONS",
    "GENERAL ASSEMBLY",
    "A/C.3/SR.512",
    "THIRD COMMITTEE",
    "SUMMARY RECORD OF THE FIVE HUNDRED AND TWELFTH MEETING",
    "Held at Headquarters, New York, on Tuesday, 10 November 1953, at 3 p.m.",
    "Chairman: Mr. BAROODY (Saudi Arabia)",
]


def test_the_vice_chair_by_office_is_the_one_presiding_only_while_a_vice_chair_presides() -> None:
    """ "The VICE-CHAIRMAN thanked ..." opens a turn: the Vice-Chairman's who took the Chair, or, while the
    Chairman presides, an officer the record does not name; never the previous speaker going on."""
    took = [*THIRD_COMMITTEE_MASTHEAD, "Mr. NUNEZ (Costa Rica) said that his delegation supported the draft.",
            "Mr. Tarazi (Syria), Vice-Chairman, took the Chair.",
            "The VICE-CHAIRMAN thanked the representative of Costa Rica.",
            "Mr. PAZHWAK (Afghanistan) said that the article was too narrow."]  # fmt: skip
    assert speakers(parse("\n\n".join(took))) == [
        ("Nunez", "delegation", "CRI"), (None, "procedural", None), ("Tarazi", "chair", None),
        ("Pazhwak", "delegation", "AFG"),
    ]  # fmt: skip
    floor = [*THIRD_COMMITTEE_MASTHEAD, "Mr. NUNEZ (Costa Rica) said that his delegation supported the draft.",
             "The Vice-Chairman said that the working party had not finished its task."]  # fmt: skip
    assert speakers(parse("\n\n".join(floor)))[1] == (None, "chair", None)
    french = ["NATIONS UNIES", "COMPTE RENDU ANALYTIQUE DE LA 1125e SÉANCE", "Président : M. X (Suisse)",
              "La séance est ouverte à 10 h 5.", "Le VICE-PRÉSIDENT dit que le Comité va passer au vote."]  # fmt: skip
    assert speakers(parse("\n\n".join(french), "record-fr.txt"))[0][1] == "chair"


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        ("The Chairman of the Working Group said that the group had adopted article 5.", "member"),
        ("The CHAIRMAN OF THE WORKING GROUP introduced the group's report.", "member"),
        ("The Chairperson of the Committee against Torture said that the two committees should meet.", "observer"),
        ("The President of the General Assembly said that the Assembly followed the work closely.", "observer"),
        ("The Chairperson-Rapporteur of the Working Group on Arbitrary Detention said that it had met.", "observer"),
        ("The Chairman of the Sub-Commission on Prevention of Discrimination and Protection of Minorities, "
         "introducing the report, said that it was the fruit of long work.", "observer"),
    ],
)  # fmt: skip
def test_an_officer_of_another_body_or_group_named_by_office_opens_a_turn(paragraph: str, role: str) -> None:
    """Not the meeting's Chair, and not the previous speaker going on: a member who chairs a working group, or
    a guest who presides over another body."""
    lines = [
        *THIRD_COMMITTEE_MASTHEAD,
        "Mr. NUNEZ (Costa Rica) said that his delegation supported the draft.",
        paragraph,
    ]
    assert speakers(parse("\n\n".join(lines)))[1] == (None, role, None)


def test_the_chairman_of_the_committee_and_a_chairman_rapporteur_are_the_one_presiding() -> None:
    for paragraph in ("The Chairman of the Committee said that the meeting would be suspended.",
                      "The CHAIRMAN-RAPPORTEUR said that the working group had concluded its work."):  # fmt: skip
        lines = [
            *THIRD_COMMITTEE_MASTHEAD,
            "Mr. NUNEZ (Costa Rica) said that his delegation supported the draft.",
            paragraph,
        ]
        assert speakers(parse("\n\n".join(lines)))[1] == ("Baroody", "chair", None)
    group = ["Working Group on Indigenous Populations", "Summary record of the 5th meeting",
             "Held at the Palais des Nations, Geneva, on Monday, 3 August 1987, at 3 p.m.",
             "Chairman-Rapporteur: Mrs. DAES", "The CHAIRMAN-RAPPORTEUR declared the session open."]  # fmt: skip
    assert only_meeting(parse("\n\n".join(group)))["chair_name"] == "Daes"


def test_a_rendition_that_dropped_the_officers_labels_names_its_chair_first() -> None:
    """A document site's text of an old record keeps the masthead's names, in their order, without "Chairman:"
    or "Members:": the first name below the hour, its surname in capitals, is the Chairman's. Where a label is
    printed the labels say who presides; a list of names in title case is nobody's chair."""
    lines = ["Ad Hoc Committee on Refugees and Stateless Persons, First Session: Summary Record of the Ninth "
             "Meeting Held at Lake Success, New York, on Monday, 23 January 1950, at 3 p.m.", "",
             "Mr. Leslie OLIVER", "", "Mr. Jean DUVAL", "France", "", "Mr. John KEMP", "United Kingdom", "",
             "Draft convention relating to the status of refugees (continued)", "",
             "The CHAIRMAN invited the Committee to continue its debate on article 4."]  # fmt: skip
    batch = parse("\n".join(lines))
    assert only_meeting(batch)["chair_name"] == "Leslie Oliver"
    assert speakers(batch)[0] == ("Leslie Oliver", "chair", None)
    titled = [*lines[:2], "Mr. Oliver", "", "Mr. Duval", "", *lines[-3:]]
    assert only_meeting(parse("\n".join(titled)))["chair_name"] is None


def test_a_clause_without_its_comma_before_the_chair_in_capitals() -> None:
    clause = (
        "Before the vote on the third amendment the CHAIRMAN reminded members that the list of speakers was closed."
    )
    lines = [*THIRD_COMMITTEE_MASTHEAD, clause, "Mr. NUNEZ (Costa Rica) said that his delegation supported the draft."]
    assert speakers(parse("\n\n".join(lines)))[0] == ("Baroody", "chair", None)


@pytest.mark.parametrize(
    ("office", "role"),
    [
        ("Director of UNRWA", "observer"),
        ("Deputy Executive Director, UNICEF", "observer"),
        ("Director-General, International Refugee Organization", "observer"),
        ("Director, Division of Human Rights", "secretariat"),
        ("Chief, Human Rights Treaties Branch", "secretariat"),
    ],
)
def test_the_head_of_a_fund_or_agency_is_a_guest_and_the_secretariats_staff(office: str, role: str) -> None:
    lines = [*THIRD_COMMITTEE_MASTHEAD, f"Mr. KENNEDY ({office}) said that the report was before the Committee."]
    assert speakers(parse("\n\n".join(lines))) == [("Kennedy", role, None)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Mr. ERMACORA (Austria), Special Rapporteur on the situation of human rights in Afghanistan, introduced "
        "his report.",
        "Mr. ENNACEUR (Tunisia), Special Rapporteur appointed to examine the question of the use of mercenaries "
        "as a means of impeding the exercise of the right of peoples to self-determination, said that he had "
        "visited the region.",
        # The excerpt's end, inside the mandate's title.
        "Mr. ENNACEUR (Tunisia), Special Rapporteur appointed to examine the question of the use of mercen",
    ],
)
def test_a_states_national_appointed_special_rapporteur_speaks_as_the_mandate_holder(paragraph: str) -> None:
    lines = [
        *THIRD_COMMITTEE_MASTHEAD,
        "Mr. NUNEZ (Costa Rica) said that his delegation supported the draft.",
        paragraph,
    ]
    assert speakers(parse("\n\n".join(lines)))[1][1:] == ("observer", None)


def test_a_provision_named_before_the_speaker_who_opens_its_discussion() -> None:
    """A drafting body's record: "Rule 8. Mr. X (State) said ..." is the speaker's paragraph, the rule it is
    about named first; and a record whose only formula is its closing line keeps its body whatever lines the
    reading of turns run together takes apart."""
    lines = ["UNITED NATIONS", "SPECIAL COMMITTEE ON PALESTINE", "SUMMARY RECORD OF THE THIRD MEETING",
             "Held at Lake Success, New York, on Tuesday, 27 May 1947, at 10.30 a.m.",
             "Chairman: Mr. SANDSTROM (Sweden)",
             "The CHAIRMAN invited the Committee to take up the draft rules of procedure.",
             "Rule 7 was adopted.",
             "Rule 8. Mr. PETROVIC (Yugoslavia) said that the rule should allow the Committee to sit in private.",
             "Article 9: The CHAIRMAN proposed that the rule be referred to the Secretariat.",
             "The meeting rose at 1 p.m."]  # fmt: skip
    batch = parse("\n\n".join(lines))
    assert speakers(batch) == [
        ("Sandstrom", "chair", None), (None, "procedural", None), ("Petrovic", "delegation", "SCG"),
        ("Sandstrom", "chair", None),
    ]  # fmt: skip
    run_together = "\n\n".join([*lines[:6], "Rule 7 was adopted. Mr. PETROVIC (Yugoslavia) said that the rule "
                                "should allow the Committee to sit in private when it wished.", lines[-1]])  # fmt: skip
    assert speakers(parse(run_together))[-1] == ("Petrovic", "delegation", "SCG")


@pytest.mark.parametrize(
    "opening",
    ["Mr. Thelin, speaking as Country Rapporteur, said that the dialogue had been useful.",
     "Ms. Sveaass, in her capacity as Country Rapporteur, asked whether an inquiry had been opened.",
     "Sir Nigel Rodley, speaking as Country Rapporteur, said that the law was incompatible with the Covenant.",
     # The 1990s records in lower case, the State named.
     "Mr. Thelin, speaking as rapporteur for Somalia, said that no report had been received since 1985.",
     "Mr. THELIN, speaking as country rapporteur for the United Republic of Tanzania, said that it was so."],
)  # fmt: skip
def test_a_member_speaking_as_country_rapporteur_is_the_rapporteur(opening: str) -> None:
    """ "The Country Rapporteur" or "The RAPPORTEUR" after names the member heard in that office, for a State or
    not."""
    lines = [*MASTHEAD, OPENING, opening, "Mr. Grossman, speaking as a member of the Committee, said he agreed."]
    assert [role for _, role, _ in speakers(parse("\n".join(lines)))] == ["rapporteur", "member"]
    office = "Country Rapporteur" if "ountry rapporteur" in opening.casefold() else "RAPPORTEUR"
    later = [*lines, f"The {office} thanked the delegation for its replies."]
    assert speakers(parse("\n".join(later)))[-1][:2] == speakers(parse("\n".join(later)))[0][:2]


def test_a_printed_pages_columns_read_across_run_a_turn_and_the_chair_into_other_lines() -> None:
    """A scan of the printed Official Records reads the page's columns across: the first turn's number runs on
    after the contents ("CONTENTS 3, Mr. BOEG (Denmark) thought", a comma for its stop), the chair's line falls
    below it with the other column's words run in, and "4. The CHAIRMAN drew" runs on after an agenda heading.
    Each turn is read from its number; the chair is the one the line names."""
    head = (
        "United Nations FOURTH COMMITTEE, 1402nd GENERAL MEETING ASSEMBLY Thursday, 14 November 1963, at 3.10 p.m. "
        "EIGHTEENTH SESSION Official Records • NEW YORK"
    )
    columns = [
        "CONTENTS 3, Mr. HALVORSEN (Norway) believed that the Page questionnaire on schools in the Territory had come "
        "too late in the year for the administering Power to answer it in full before the debate",
        "Agenda item 23: he hoped the answers would reach members before the vote on the draft resolution. Question of "
        "the Territories under review (continued): his delegation would ask for the figures on teachers and pupils "
        "again, since the last ones had been two years old when they were printed. (a) Report of the sub-committee; "
        "(b) Scholarships for students of the Territories. The sub-committee had met four times in October.",
        "Chairman: Mr. Ramon ALVARADO MENDEZ its members had visited two of the schools (Honduras).",
        "named in the report and had found them short of books; they had written to the administering Power about it, "
        "and an answer was expected before the end of the month, when the Committee would take up the item again.",
        "AGENDA ITEM 23 Question of the Territories under review (continued) 4. The CHAIRMAN drew the attention of "
        "the representative of Norway to the answers the administering Power had already sent to the Secretariat.",
    ]
    batch = parse("\n\n".join([head, *columns]))
    assert only_meeting(batch)["chair_name"] == "Ramon Alvarado Mendez"
    turns = [row for row in speakers(batch) if row[1] != "procedural"]
    assert turns[0] == ("Halvorsen", "delegation", "NOR")
    assert ("Ramon Alvarado Mendez", "chair", None) in turns


@pytest.mark.parametrize(
    "head",
    [
        "United Nations SIXTH COMMITTEE, 1377th GENERAL MEETING ASSEMBLY Wednesday, 9 October 1963, at 3.15 p.m. "
        "EIGHTEENTH SESSION\n\nOfficial Records NEW YORK",
        # A scan's specks between the columns, the session after the day.
        "UNITED NATIONS 1377th meeting ~-:~ SIXTH COMMITTEE Wednesday, 9 October 1963 ~~ . ~ Eighteenth Session at "
        "3.15 p.m.\n\n~~ ~ff OFFICIAL RECORDS NEW YORK",
    ],
)
def test_a_printed_head_broken_before_its_official_records_column(head: str) -> None:
    """A scan of a printed volume that set the head's "Official Records" column on a line of its own, below a blank
    one: the head is read as one line, its date, session and meeting with it; the first turn, run on after the
    contents with its number, opens paragraph 4."""
    page = (
        "CONTENTS 4. Mr. OKAFOR (Nigeria) said that his delegation Page\n"
        "Agenda item 69: had abstained on the amendment for the reasons it had given before. Question of the law of "
        "treaties (continued) ...... 41 The text before the Committee went further than the Commission had gone, "
        "and his Government would need time to study it. AGENDA ITEM 69 Question of the law of treaties (A/5509, "
        "A/C.6/L.530) Chairman: Mr. Paul DANIC (Yugoslavia). 5. Mr. HOLM (Denmark) said that his delegation could "
        "accept the amendment as revised, since it kept the Commission's text in substance and met the wish of "
        "several delegations for a clearer rule on the question."
    )
    batch = parse(f"{head}\n\n{page}")
    meeting = only_meeting(batch)
    assert (meeting["symbol"], meeting["meeting_number"], meeting["session_number"], meeting["meeting_date"]) == (
        "A/C.6/SR.1377",
        1377,
        18,
        date(1963, 10, 9),
    )
    assert speakers(batch)[0] == ("Okafor", "delegation", "NGA")
    assert batch.frames["statements"]["paragraph"][0] == 4


def test_a_contents_list_whose_items_are_numbered_is_the_mastheads() -> None:
    """A commission's record numbers the items of its contents ("1. Adoption of the agenda", "2. Valuation
    programme", long ones citing letters and resolutions) above the list of those present, and numbers them again
    as the body's headings, with the turns below them unnumbered: the contents are no paragraphs, the chair below
    them is read, and the turns are."""
    lines = [
        "UNITED NATIONS CONCILIATION COMMISSION FOR PALESTINE", "",
        "SUMMARY RECORD OF THE THREE HUNDRED AND FORTIETH MEETING (CLOSED)", "",
        "Held at Headquarters, New York, on", "Tuesday 8 March 1960", ", at 3.30 p.m.", "", "CONTENTS", "",
        "1. Adoption of the agenda", "", "2. Valuation programme", "",
        "3. Letter dated 2 March 1960 addressed to the Chairman of the Commission from the Secretary-General "
        "transmitting the text of General Assembly resolution 1500 (XIV) of 10 December 1959", "",
        "4. Arrangements for the release of refugee bank accounts blocked in banks other than the two banks named "
        "before", "",
        '5. Note of 26 February 1960 from the permanent representative of Jordan addressed to the Commission '
        'concerning the records of "Land Registration" of immovable property in two districts', "",
        "PRESENT:", "", "Chairman:", "", "Mr. OKTAY", "", "Turkey", "", "Members:", "", "Mr. DURAND", "", "France", "",
        "Secretariat:", "", "Mr. LINDQVIST", "", "Principal Secretary", "", "Mrs. HOLM", "",
        "1. ADOPTION OF THE AGENDA", "", "The agenda was adopted.", "", "2. VALUATION PROGRAMME", "",
        "Mr. HALE (United States of America) said that the programme should be completed within the year.", "",
        "Mr. DURAND (France) agreed with the representative of the United States.",
    ]  # fmt: skip
    batch = parse("\n".join(lines))
    assert only_meeting(batch)["chair_name"] == "Oktay"
    assert [row for row in speakers(batch) if row[1] != "procedural"] == [
        ("Hale", "delegation", "USA"), ("Durand", "delegation", "FRA"),
    ]  # fmt: skip


def test_a_turn_run_on_after_a_heading_in_capitals_on_a_scans_line() -> None:
    """A scan of New York's provisional records runs the page's head, the agenda heading in capitals and the first
    turn onto one line ("... English Page 2 STATEMENTS ON ITEM 12 ... OF THE SEA-BED COMMITTEE Mr. LO (China) said");
    the turn is broken off the heading, a surname of two letters too. Capitals in a sentence are no heading."""
    from transforms.turns_in_line import turns_apart

    heading = "A/CONF.99/C.3/SR.6 English Page 2 REVIEW OF THE WORK OF THE SUB-COMMITTEE ON MARINE SCIENCE"
    turn = "Mr. NG (Singapore) said that his delegation supported the draft articles on marine scientific research."
    assert turns_apart(f"{heading} {turn}") == [heading, turn]
    # The heading's documents in brackets, the speaker's office between the State and the verb, the State misread.
    heading = "English Page 3 (b) REPORT ON THE GENERAL WORK OF THE COMMITTEE (A/AC.99/L.264)"
    turn = "Mr. HALE (New 3ealand), Rapporteur, stated that he had treated the debate in some detail."
    assert turns_apart(f"{heading} {turn}") == [heading, turn]
    sentence = "He recalled that THE DRAFT ARTICLES Mr. NG (Singapore) said were ready."
    assert turns_apart(sentence) == [sentence]


def test_a_turn_whose_title_a_scan_misread_on_a_flattened_page() -> None:
    """A reading-room scan of a Law of the Sea record runs every page onto one line, the second page's head and
    the agenda heading in capitals before the first turn, whose "Mr." the scan misread ("MYlr. VALLARTA
    (Mexico)"): the turn is still found, and its delegate with it."""
    text = (
        "UNITED NATIONS Third Session PROVISIONAL For participants only A/CONF.99/C.2/SR.4 20 March 1975 "
        "PROVISIONAL SUMMARY RECORD OF THE FOURTH MEETING Held at the Palais des Nations, Geneva, on Tuesday, "
        "18 March 1975, at 3.15 p.m. Chairman: Mr. OKAFOR Nigeria Rapporteur: Mr. LINDQVIST Sweden CONTENTS "
        "Consideration of the draft articles (continued) A/COIF.99/C.2/SR.4 English Page 2 CONSIDERATION OF THE "
        "DRAFT ARTICLES (continued) MYlr. DURAND (France), speaking as Chairman of the informal group on "
        "straits, said that the group had met four times and had agreed on a text concerning the passage of ships. "
        "lIr. HALE (Canada) said that his delegation could accept that text as a basis for negotiation."
    )
    assert [row for row in speakers(parse(text)) if row[1] != "procedural"] == [
        ("Durand", "delegation", "FRA"), ("Hale", "delegation", "CAN"),
    ]  # fmt: skip


def test_a_document_sharing_sites_transcription_of_a_record() -> None:
    """A site that hosts the PDF prints its own head ("Size: px", "Start display at page:", 'Download "..."',
    "Transcription") and then each page run onto one line after its number ("1 Provisional ...", "2 Present: ...",
    "3 The meeting was called to order ..."); its extraction lost the hour's figures ("at a.m."), and the excerpt
    ends inside the third page's line. The head and the numbers go: the masthead is read, and the turns of the
    third page, shorter than a flattened masthead, are found."""
    title = "Provisional summary record of the 3401st meeting"
    pages = [
        "1 Provisional For participants only 3 June 2019 Original: English International Law Commission Seventy-first"
        f" session (first part) {title} Held at the Palais des Nations, Geneva, on Tuesday, 30 April 2019, at 10 a.m."
        " Contents Protection of the atmosphere (continued) Corrections to this record should be submitted in one of"
        " the working languages. They should be set forth in a memorandum and also incorporated in a copy of the"
        " record. GE (E)",
        "2 Present: Chairman: Mr. Okafor Members: Mr. Lindqvist Ms. Durand Mr. Hale Secretariat: Mr. Mensah"
        " Secretary to the Commission 2 GE",
        "3 The meeting was called to order at a.m. Protection of the atmosphere (agenda item 7) (continued)"
        " (A/CN.4/711) The Chairman invited the Commission to resume its consideration of the fifth report on the"
        " protection of the atmosphere. Ms. Durand said that she welcomed the report and its draft guidelines, which"
        " drew on the practice of States and on the case law of international courts and tribunals, and which",
    ]
    head = [title, "", "Size: px", "Start display at page:", "", f'Download "{title}"', "", "Transcription", ""]
    batch = parse("\n".join([*head, "\n\n".join(pages)]))
    meeting = only_meeting(batch)
    fields = ("symbol", "meeting_number", "meeting_date", "chair_name")
    assert tuple(meeting[field] for field in fields) == ("A/CN.4/SR.3401", 3401, date(2019, 4, 30), "Okafor")
    assert speakers(batch) == [("Okafor", "chair", None), ("Durand", "member", None)]


def test_a_transcription_whose_pages_are_not_numbered_keeps_its_lines() -> None:
    """A site that prints a scan's lines below its head, the title again as the first line and no page numbers:
    the head and the repeated title go, every line below stays; a text with no such head is left as it is."""
    from transforms.extract.transcription import without_site_frame

    lines = ["UNITED NATIONS", "RESTRICTED", "E/CN.4/SR.6", "3 February 1947", "1 member was absent."]
    framed = "\n".join(["UNITED NATIONS", "", "Transcription", "", *lines])
    assert without_site_frame(framed) == "\n".join(lines[1:])
    assert without_site_frame("\n".join(lines)) == "\n".join(lines)


def test_a_chairs_office_misread_past_knowing_opens_the_body_of_a_flattened_scan() -> None:
    """A reading-room scan run onto one line, the second page's head and then the Chair's office misread past knowing
    ("Page 2 The CITAT1ii11':N said"): the body opens there, the Chair's turn its first."""
    text = (
        "PROVISIONAL For participants only A/CONF.99/C.2/SR.7 28 March 1975 ORIGINAL: ENGLISH Third Session SECOND"
        " COMMITTEE PROVISIONAL SUMMARY RECORD OF THE SEVENTH MEETING Held at the Palais des Nations, Geneva, on"
        " Wednesday, 26 March 1975, at 4.50 p.m. Chairman: Mr. OKAFOR Nigeria Rapporteur: Mr. LINDQVIST Sweden"
        " CONTENTS Documentation Statement on the work of the Committee A/CONF.99/C.2/SR.7 English Page 2 The"
        " CITAT1ii11':N said that the final versions of the informal working papers were not yet available in all"
        " the working languages. Mr. HALE (Canada) said that his delegation would wait for them."
    )
    assert [row for row in speakers(parse(text)) if row[1] != "procedural"] == [
        ("Okafor", "chair", None), ("Hale", "delegation", "CAN"),
    ]  # fmt: skip


def test_an_excerpt_run_onto_one_line_whose_cut_leaves_a_heading_run_into_a_numbered_turn() -> None:
    """An excerpt of a Commission record run onto one line marks its cuts ("… /…"); the piece between two cuts holds
    the agenda heading, its documents and a numbered turn whose words were cut ("... (E/CN.4/2000/13) 36. Mr. X
    (China) …"), shorter than a flattened masthead: the turn is broken off the heading and heard."""
    text = (
        "Right of peoples to self-determination – CHR – Summary record (excerpts) COMMISSION ON HUMAN RIGHTS"
        " Fifty-sixth session SUMMARY RECORD OF THE 5th MEETING Held at the Palais des Nations, Geneva, on Wednesday,"
        " 22 March 2000, at 3 p.m. Chairperson : Mr. OKAFOR (Nigeria) CONTENTS THE RIGHT OF PEOPLES TO"
        " SELF-DETERMINATION (continued) The meeting was called to order at 3.10 p.m. … /… THE RIGHT OF PEOPLES TO"
        " SELF-DETERMINATION AND ITS APPLICATION TO PEOPLES UNDER FOREIGN OCCUPATION (agenda item 5) (continued)"
        " (E/CN.4/2000/13, E/CN.4/2000/14 and Corr.1, E/CN.4/2000/NGO/66) 36.  Mr. LIN"
        " (China) … /… 37. In the Middle East, the key to peace lay in restoring the rights of the people concerned."
        " 38. Mr. HALE (Canada) noted that the situation in the territories was slowly improving, despite the"
        " violations reported."
    )
    assert [row for row in speakers(parse(text)) if row[1] != "procedural"] == [
        ("Lin", "delegation", "CHN"), ("Lin", "delegation", "CHN"), ("Hale", "delegation", "CAN"),
    ]  # fmt: skip


def test_a_meeting_held_via_videoconference_run_onto_one_line() -> None:
    """A record of 2021 run onto one line: "Held via videoconference on Thursday, 1 July 2021, ..." is its held line,
    and the chair's name in title case ends where the contents begin with a word before their link ("Chair:Ms.
    Okafor Provisional agenda for the eightieth session")."""
    text = (
        "United Nations Convention on the Elimination of All Forms of Discrimination against Women Distr.: General"
        " 6 July 2021 Original: English Committee on the Elimination of Discrimination against Women Seventy-ninth"
        " session Summary record of the 1810th meeting Held via videoconference on Thursday, 1 July 2021, at 5 p.m."
        " Central European Summer Time Chair:Ms. Okafor Provisional agenda for the eightieth session of the"
        " Committee Closure of the session The meeting was called to order at 5.40 p.m. Provisional agenda for the"
        " eightieth session of the Committee The Chair said she took it that the Committee wished to adopt the"
        " provisional agenda for its eightieth session. Ms. Lindqvist (Rapporteur) said that she wished to"
        " introduce the draft report."
    )
    batch = parse(text)
    assert (only_meeting(batch)["meeting_date"], only_meeting(batch)["chair_name"]) == (date(2021, 7, 1), "Okafor")
    assert speakers(batch) == [("Okafor", "chair", None), ("Lindqvist", "rapporteur", None)]


def test_new_yorks_notice_on_corrections_is_no_statement_however_a_scan_broke_it() -> None:
    """A provisional record of New York prints a notice on corrections below its contents; a scan sets its lines
    apart, and the last ("The co-operation of participants ... would be greatly appreciated.") reads like prose.
    None of it is a statement: the record opens with its first turn."""
    lines = [
        "PROVISIONAL",
        "A/CONF.99/C.1/SR.7",
        "9 August 1978",
        "FIRST COMMITTEE",
        "PROVISIONAL SUMMARY RECORD OF THE SEVENTH MEETING",
        "Held at Headquarters, New York, on Monday, 7 August 1978, at 3.15 p.m.",
        "Chairman: Mr. OKAFOR Nigeria",
        "CONTENTS",
        "Organization of work (continued)",
        "Corrections to this record should be submitted in one of the working languages, preferably in the same",
        "USA, and also incorporated in one copy of the record.",
        "AS THIS RECORD WAS DISTRIBUTED ON 9 AUGUST 1978, THE TIME-LIMIT FOR CORRECTIONS WILL BE 16 AUGUST 1978.",
        "The co-operation of participants in strictly observing this time-limit would be greatly appreciated.",
        "C-5365",
        "ORGANIZATION OF WORK (continued)",
        "Mr. HOLM (Denmark) said that his delegation could accept the programme of work as revised by the Bureau.",
    ]
    batch = parse("\n".join(lines))
    assert speakers(batch) == [("Holm", "delegation", "DNK")]


@pytest.mark.parametrize(("label", "officer"), [("Chairman:", "Mr. Paul DANIC (Yugoslavia)"),
                                                ("Chairman", ": Mr. Paul DANIC (Yugoslavia)")])  # fmt: skip
def test_the_chairs_label_alone_below_a_printed_volumes_contents(label: str, officer: str) -> None:
    """A printed volume sets the chair below the contents; a conversion may set the label and the officer on lines
    apart: the label is no agenda item, and is read with the line below."""
    lines = [
        "United Nations SIXTH COMMITTEE, 1377th GENERAL MEETING ASSEMBLY Wednesday, 9 October 1963, at 3.15 p.m. "
        "EIGHTEENTH SESSION Official Records NEW YORK",
        "CONTENTS",
        "Agenda item 69: Question of the law of treaties (continued)",
        label,
        officer,
        "AGENDA ITEM 69",
        "1. The CHAIRMAN invited the Committee to continue its debate.",
    ]
    meeting = only_meeting(parse("\n".join(lines)))
    assert meeting["chair_name"] == "Paul Danic"


def test_the_economic_and_social_councils_symbol_as_numbered_before_1978() -> None:
    """Until 1978 the Council numbered its meetings from its first (E/SR.1085 in 1959); a rendition that lost the
    symbol is given the numbering of its year."""
    from transforms.bodies import body_by_code

    council = body_by_code("ECOSOC")
    assert council is not None
    assert council.symbol_format(1959) == "E/SR.{n}"
    assert council.symbol_format(1978) == "E/{year}/SR.{n}"
    lines = [
        "ECONOMIC AND SOCIAL COUNCIL",
        "Twenty-eighth Session",
        "SUMMARY RECORD OF THE 1085th MEETING",
        "Held at the Palais des Nations, Geneva, on Friday, 24 July 1959, at 10.30 a.m.",
        "1. Mr. OKAFOR (Nigeria) said that the report was welcome.",
    ]
    assert only_meeting(parse("\n".join(lines)))["symbol"] == "E/SR.1085"
    later = [*lines[:3], "Held at the Palais des Nations, Geneva, on Friday, 7 July 1978, at 10.30 a.m.", lines[4]]
    assert only_meeting(parse("\n".join(later)))["symbol"] == "E/1978/SR.1085"


def test_the_chair_line_among_a_paragraphs_words_of_a_volume_page_run_across_its_columns() -> None:
    """A printed volume's page run onto one line across its columns can set the chair's line inside a paragraph's
    words ("... to the Rapporteur for her Chairman: Mr. X (State). kind words ..."), or inside the contents when
    the opening reaches no paragraph: the masthead's chair is read from it, and the Chair's turns name him. The
    line of an acting officer is no chair's."""
    head = (
        "SECOND COMMITTEE, 1211th GENERAL MEETING ASSEMBLY Tuesday, 5 December 1967, at 10.40 a.m. "
        "TWENTY-SECOND SESSION Official Records NEW YORK"
    )
    page = (
        "CONTENTS was a link between the two programmes Page of the Organization. Agenda item 40: 3. Mr. BRANDT "
        "(Sweden) thanked the Rapporteur for her Chairman: Mr. Paul K. ODUYA (Kenya). careful work on the draft "
        "report and said that his delegation would vote for it. 4. The CHAIRMAN said that the Committee would vote "
        "on the draft report at its next meeting."
    )
    batch = parse(f"{head}\n\n{page}")
    assert only_meeting(batch)["chair_name"] == "Paul K. Oduya"
    assert ("Paul K. Oduya", "chair", None) in speakers(batch)
    contents_only = (
        "CONTENTS Page the future of the Territory lay with its people and the full President: Mr. Ivo DANIC "
        "(Yugoslavia). attainment of self-government by the Territory Opening statement ...... 19"
    )
    assert only_meeting(parse(f"{head}\n\n{contents_only}"))["chair_name"] == "Ivo Danic"
    lost = contents_only.replace("(Yugoslavia)", "()")  # a scan lost the State
    assert only_meeting(parse(f"{head}\n\n{lost}"))["chair_name"] == "Ivo Danic"
    acting = contents_only.replace("the full President:", "the full Acting President:")
    assert only_meeting(parse(f"{head}\n\n{acting}"))["chair_name"] is None


def test_an_agenda_heading_run_into_the_first_turn_of_a_record_without_numbers() -> None:
    """A scan's text layer lost the break between the agenda item's heading and the first turn: the heading,
    in title case with no sentence in it, is set apart; a sentence that names a speaker is not."""
    from transforms.turns_in_line import turns_apart

    heading = "Organization of the Work of the Committee on the Draft Declaration"
    turn = "Prof. VOLKOV (Union of Soviet Socialist Republics) stated that his Government needed more time."
    assert turns_apart(f"{heading} {turn}") == [heading, turn]
    sentence = "The Committee was told that as Mr. PAVLOV (Union of Soviet Socialist Republics) stated, it was final."
    assert turns_apart(sentence) == [sentence]
    lines = [*MASTHEAD[:-1], "Chairman: Mrs. ROOSEVELT (United States of America)", f"{heading} {turn}"]
    assert speakers(parse("\n".join(lines))) == [("Volkov", "delegation", "SUN")]


def test_a_masthead_officers_line_run_into_the_body_is_no_speech_after_a_colon() -> None:
    """ "Mr. YANKOV Bulgaria Rapporteur: Mr. HASSAN Sudan": the officers' line of a scan whose presiding label was
    misread; the colon is the next officer's label, not the start of what was said. A colon before speech stays."""
    from transforms.speakers import attribute

    assert attribute("Mr. YANKOV Bulgaria Rapporteur: Mr. HASSAN Sudan") is None
    assert attribute("Mr. KOH (Singapore): The text before the Committee was the fruit of long negotiation.")
    assert attribute("Mr. KOH (Singapore): Mr. Chairman, the text was the fruit of long negotiation.")


def test_an_excerpt_cut_inside_a_turn_run_onto_the_last_line_keeps_the_speaker() -> None:
    """The last line of an excerpt, its turns run together, stops inside the next turn's opening: the speaker is
    read as a cut turn's is; a line before the last is not broken on a name without a verb."""
    from transforms.turns_in_line import turns_apart

    line = "She hoped that members would give their views on the timetable before the recess. Professor BERTIN (Fran"
    assert turns_apart(line, is_last=True) == [line[: line.index(" Professor")], line[line.index("Professor") :]]
    assert turns_apart(line) == [line]
    lines = [*MASTHEAD[:-1], "Chairman: Mrs. ROOSEVELT (United States of America)",
             f"The CHAIRMAN opened the meeting. {line}"]  # fmt: skip
    assert speakers(parse("\n".join(lines)))[-1] == ("Bertin", "delegation", "FRA")


def test_a_peer_is_named_with_his_seat_and_opens_the_first_turn_of_a_flattened_scan() -> None:
    """ "Viscount X of Y (United Kingdom)": a peer's territorial designation is part of the name the record gives,
    and a peer opens the first numbered turn run on after the contents of a scan flattened onto one line."""
    from transforms.speakers import attribute

    peer = attribute("Baroness HALLETT of BRAMLEY (United Kingdom) recalled that the draft was two years old.")
    assert peer is not None
    assert (peer.name, peer.role, peer.country_iso3) == ("Hallett of Bramley", "delegation", "GBR")
    member = attribute("Mr. NORTON of the Secretariat said that the documents were ready.")
    assert member is None or member.name == "Norton"
    line = (
        "UNITED NATIONS ECONOMIC AND SOCIAL COUNCIL E/CN.4/SR.1702 Distr. GENERAL COMMISSION ON HUMAN RIGHTS "
        "Thirty-eighth session SUMMARY RECORD OF THE 1702ND MEETING Held at the Palais des Nations, Geneva, on "
        "Tuesday, 2 March 1982, at 10.30 a.m. Chairman: Mr. DIEYE (Senegal) CONTENTS Question of the human rights "
        "of all persons subjected to any form of detention or imprisonment 1. Viscount ASHBY of HARTLEY (United "
        "Kingdom) said that the working group's draft had gained much from the comments of Governments."
    )
    assert speakers(parse(line)) == [("Ashby of Hartley", "delegation", "GBR")]


def test_what_a_commission_decided_and_a_proposal_accepted_are_procedural() -> None:
    """The first decades' records report decisions in sentences of their own: "The Commission decided ...", "The
    Committee approved ...", "The Chairman's proposal was accepted."; none is the last speaker going on."""
    lines = [
        *MASTHEAD[:-1],
        "Chairman: Mrs. ROOSEVELT (United States of America)",
        "Mr. CASSIN (France) proposed that the working group should meet again before the session closed.",
        "The Chairman's proposal was accepted.",
        "The Commission decided to take up the item at its next meeting.",
        "The Committee approved the time-table as amended.",
        "Mr. MALIK (Lebanon) said that he would submit a text the following day.",
    ]
    batch = parse("\n".join(lines))
    roles = batch.frames["statements"]["speaker_role"].to_list()
    assert roles == ["delegation", "procedural", "procedural", "procedural", "delegation"]


def test_an_agenda_items_number_over_a_wrapped_heading_and_a_delegate_named_again_without_initials() -> None:
    """The first years number the agenda's items, not the paragraphs: "61. Admission of new Members" wraps onto a
    second line in lower case, and the turns below it are unnumbered; none of them is lost. A delegate first
    printed with initials ("Mr. J. LOPEZ (Chile)") is the same person when printed bare after ("Mr. Lopez")."""
    lines = [
        "FIFTY-THIRD MEETING",
        "Held at Lake Success, New York,",
        "on Tuesday, 10 May 1949, at 3 p.m.",
        "Chairman: Mr. HANSEN (Norway)",
        "61. Question of the admission of new Members",
        "to the United Nations (A/820) (continued)",
        "At the invitation of the Chairman, the observer for Panama came to the front of the room.",
        "Mr. J. LOPEZ (Chile)recalled that his delegation had asked for a separate vote on each application.",
        "Mr. Lopez thought that the Committee should not hurry its decision.",
        "Mr. WOLD (Norway) said that he would vote for the draft resolution.",
    ]
    batch = parse("\n\n".join(lines))
    rows = speakers(batch)
    assert rows == [
        (None, "procedural", None),
        ("J. Lopez", "delegation", "CHL"),
        ("J. Lopez", "delegation", "CHL"),
        ("Wold", "delegation", "NOR"),
    ]


BALKANS_MASTHEAD = [
    "SPECIAL COMMITTEE ON THE BALKANS",
    "SUMMARY RECORD OF THE FOURTH MEETING",
    "Held at Lake Success, New York, on Monday, 9 June 1947, at 3 p.m.",
    "Chairman: Mr. ALVAREZ (Mexico)",
]


@pytest.mark.parametrize(
    ("below_the_items", "expected"),
    [
        (
            [
                "The Committee considered the list of witnesses prepared by the Secretariat.",
                "Mr. PETERSEN (Denmark) said that the list should be sent to the Governments concerned.",
                "Mr. KARIM (Pakistan) supported the proposal of the representative of Denmark.",
                "The CHAIRMAN said that the Secretariat would send the list the following day.",
            ],
            [("Petersen", "delegation", "DNK"), ("Karim", "delegation", "PAK"), ("Alvarez", "chair", None)],
        ),
        (
            # The excerpt ends inside the first turn, before its stop, so the turn's line looks like a heading.
            [
                "The list of witnesses was adopted without discussion.",
                "Rule 12. Mr. PETERSEN (Denmark) said that the list should be sent to the Governments concerned before",
            ],
            [("Petersen", "delegation", "DNK")],
        ),
    ],
)
def test_numbered_items_above_unnumbered_turns_lose_none_of_the_turns(
    below_the_items: list[str], expected: list[tuple[object, ...]]
) -> None:
    """The first years number the items and not the turns, and what follows an item may be a decision rather than
    a speaker ("1. Adoption of the agenda" / "The agenda was adopted."): the turns further down, unnumbered, are
    the record's paragraphs, not text left over after paragraph 2."""
    items = ["1. Adoption of the agenda", "The agenda was adopted.", "2. Hearing of witnesses."]
    lines = [*BALKANS_MASTHEAD, *items, *below_the_items]
    turns = [row for row in speakers(parse("\n\n".join(lines))) if row[1] != "procedural"]
    assert turns == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # A subject, one long phrase that ends with a full stop: the turns below it are the record's.
        (
            "1. Answers of the neighbouring Governments to the Committee’s questionnaire of 4 May (Com.Gen/SR.12) "
            "and the points to be raised with the frontier delegations at Salonika and Sofia.",
            [("Alvarez", "chair", None), ("Petersen", "delegation", "DNK"), ("Alvarez", "chair", None)],
        ),
        # A sentence says something happened: it is the record's first paragraph, the unnumbered text below it left
        # over, as before.
        (
            "1. The answers of the neighbouring Governments to the Committee’s questionnaire of 4 May (Com.Gen/SR.12) "
            "were circulated to the frontier delegations at Salonika and Sofia.",
            [],
        ),
    ],
)
def test_a_numbered_item_that_ends_with_a_full_stop_keeps_the_turns_below_it(
    item: str, expected: list[tuple[object, ...]]
) -> None:
    turns = [
        "The CHAIRMAN drew the attention of the Committee to the answers received from the delegations.",
        "Mr. PETERSEN (Denmark) had certain doubts about the second point of the list.",
        "The CHAIRMAN, while agreeing with Mr. Petersen, thought the list useful.",
    ]
    lines = [*BALKANS_MASTHEAD, item, *turns]
    assert [row for row in speakers(parse("\n\n".join(lines))) if row[1] != "procedural"] == expected


def test_an_item_followed_by_what_was_decided_keeps_the_turns_under_the_next_item() -> None:
    """A commission's record numbers its items and not its paragraphs; below the first item only what was decided
    ("It was agreed that ..."), below the second a speaker: both are items, and every paragraph is the record's. The
    first item, citing its documents, runs long."""
    first = (
        "1. Reply of the delegation of the neighbouring State to the questionnaire on the frontier regime (Com.Gen./9) "
        "and statement on the frontier made by the representative of that State at the 45th meeting (Com.Gen./W.20)"
    )
    lines = [*BALKANS_MASTHEAD, first, "It was agreed that the reply should simply be noted and acknowledged."]
    lines += ["The statement by the representative of that State was noted."]
    lines += ["2. Memoranda of the frontier commissions on their activities (Com.Gen./W.22 and 23)"]
    lines += ["Mr. PETERSEN (Denmark) proposed that the delegation should be asked for information."]
    rows = speakers(parse("\n\n".join(lines)))
    assert rows[-1] == ("Petersen", "delegation", "DNK")
    assert [row[1] for row in rows] == ["procedural", "procedural", "delegation"]


@pytest.mark.parametrize(
    ("call", "answer", "speaker"),
    [
        # The Chair names whom it calls on as Rapporteur; the delegate answers with the State: the Rapporteur.
        (
            "The CHAIRMAN called upon Dr. HADDAD (Lebanon), as Rapporteur, to introduce the draft report.",
            "Dr. HADDAD (Lebanon) explained that the report consisted of a short statement and six annexes.",
            ("Haddad", "rapporteur", None),
        ),
        (
            "The CHAIRMAN invited the Country Rapporteur, Mr. OSEI, to read out the draft conclusions.",
            "Mr. OSEI read out the following text.",
            ("Osei", "rapporteur", None),
        ),
        # The office alone: the member printed bare who answers is the Rapporteur.
        (
            "The CHAIRMAN invited the Country Rapporteur to read out the draft conclusions.",
            "Mr. OSEI read out the following text.",
            ("Osei", "rapporteur", None),
        ),
        # Someone else answers: read as printed.
        (
            "The CHAIRMAN called upon Dr. HADDAD (Lebanon), as Rapporteur, to introduce the draft report.",
            "Mr. DUPONT (France) said that the report was not yet circulated.",
            ("Dupont", "delegation", "FRA"),
        ),
        (
            "The CHAIRMAN invited the Country Rapporteur to read out the draft conclusions.",
            "Mr. DUPONT (France) said that the report was not yet circulated.",
            ("Dupont", "delegation", "FRA"),
        ),
    ],
)
def test_the_turn_that_answers_the_chairs_call_on_the_rapporteur_is_the_rapporteurs(
    call: str, answer: str, speaker: tuple[object, ...]
) -> None:
    """A Rapporteur the Chair calls on by office is printed as any delegate or member when answering ("Dr. X
    (Lebanon) explained"): that turn is the Rapporteur's; the same person's later turns are read as printed."""
    later = "Dr. HADDAD (Lebanon) said that his delegation would vote for the draft."
    batch = parse("\n\n".join([*OLD_MASTHEAD, call, answer, later]))
    assert speakers(batch) == [("Roosevelt", "chair", None), speaker, ("Haddad", "delegation", "LBN")]


def test_a_conference_record_whose_title_says_summary_record_in_title_case_run_onto_one_line_is_read() -> None:
    """A refugee agency's page of the 1951 Conference of Plenipotentiaries titles its records "Summary Record of the
    Twelfth Meeting", capital R, above the list of those present ("AustraliaMr. DOYLE"); run onto one line, it is a
    flattened masthead all the same: the symbol, the meeting and the President, not a record with none."""
    line = (
        "Conference of Plenipotentiaries on the Status of Refugees and Stateless Persons: Summary Record of the Twelfth"
        " Meeting A/CONF.2/SR.12 14 July 1951 Present: President:Mr. HALVORSEN Members: AustraliaMr. DOYLE AustriaMr."
        " KELLNER BelgiumMr. MARCHAL CanadaMr. LEBLANC DenmarkMr. NIELSEN FranceMr. GIRARD Secretariat: Mr. OKAFOR"
        "Executive Secretary CONSIDERATION OF THE DRAFT CONVENTION ON THE STATUS OF REFUGEES (item 5 (a) of the agenda)"
        " (A/CONF.2/1) Article 12 The PRESIDENT invited the Conference to consider article 12. Mr. GIRARD (France) said"
        " that his delegation would support the text as drafted by the Ad Hoc Committee."
    )
    batch = parse(line)
    assert batch.rejects == []
    meeting = batch.frames["meetings"].row(0, named=True)
    assert (meeting["symbol"], meeting["meeting_number"], meeting["chair_name"]) == ("A/CONF.2/SR.12", 12, "Halvorsen")
    assert speakers(batch) == [("Halvorsen", "chair", None), ("Girard", "delegation", "FRA")]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        # A heading in sentence case, then a member named with the office in brackets.
        (
            "Closure of the session Ms. Okafor-Lindqvist (Rapporteur) said that the Committee had met by video.",
            ("Okafor-Lindqvist", "rapporteur", None),
        ),
        # A heading that cites its document, then a member in capitals with the office after a comma.
        (
            "Report of the Special Rapporteur for follow-up on concluding observations (CCPR/C/99/R.1) Sir Alan MORLEY,"
            " Special Rapporteur for follow-up on concluding observations, introduced his report.",
            ("Alan Morley", "rapporteur", None),
        ),
        # A clause, not a heading: the delegate named takes a place, and says nothing.
        (
            "At the invitation of the Chair, Ms. Okafor (Luxembourg) took a place at the Committee table.",
            (None, "procedural", None),
        ),
    ],
)
def test_the_first_turn_run_on_after_the_items_heading_on_a_flattened_page(
    line: str, speaker: tuple[object, ...]
) -> None:
    """A flattened page of the later records runs the first turn on after the item's heading, no stop between: the
    turn is broken off the heading, named as printed."""
    opening = "The public part of the meeting was called to order at 4.35 p.m."
    assert speakers(parse("\n".join([*MASTHEAD, opening, line]))) == [speaker]


def test_a_closing_meeting_run_onto_one_line_with_a_stray_stop_before_the_hour_is_read_turn_by_turn() -> None:
    """A library page runs a closing meeting onto one line: the opening line has a scan's stop after "at" ("called to
    order at. 5.40 p.m."), and an item's heading "on its seventy-ninth session" runs into the Rapporteur's turn. The
    body is broken at its turns and decisions all the same, and the session named in the heading is no masthead
    field."""
    line = " ".join(
        [
            "United Nations Committee on the Elimination of Discrimination against Women Seventy-ninth session",
            "Summary record of the 1810th meeting Held via videoconference on Thursday, 1 July 2021, at 5 p.m.",
            "Chair:Ms. Halvorsen Provisional agenda for the eightieth session Adoption of the report of the",
            "Committee on its seventy-ninth session Closure of the session",
            "The meeting was called to order at. 5.40 p.m. Provisional agenda for the eightieth session",
            "The Chair said she took it that the Committee wished to adopt the provisional agenda. It was so decided.",
            "Adoption of the report of the Committee on its seventy-ninth session Ms. Okafor (Rapporteur) said that",
            "she would introduce the draft report. The Chair said she took it that the Committee wished to adopt the",
            "report. It was so decided.",
        ]
    )
    batch = parse(line)
    meeting = batch.frames["meetings"].row(0, named=True)
    assert (meeting["session_number"], meeting["called_to_order"]) == (79, time(17, 40))
    assert speakers(batch) == [
        ("Halvorsen", "chair", None),
        (None, "procedural", None),
        ("Okafor", "rapporteur", None),
        ("Halvorsen", "chair", None),
        (None, "procedural", None),
    ]


@pytest.mark.parametrize("rank", ["Chief", "Ambassador", "Professor", "Judge", "Daw", "U"])
def test_a_delegate_seated_under_a_rank_speaks_for_the_state_when_printed_bare(rank: str) -> None:
    """A delegation seated with one of its members under a rank instead of a title ("Mr. Otieno (Nigeria), Mrs. Okonkwo
    and Chief Adeyemi took places"): that member, printed bare after ("Chief ADEYEMI said"), is Nigeria's delegate."""
    paragraphs = [
        f"At the invitation of the Chairperson, Mr. Otieno (Nigeria), Mrs. Okonkwo and {rank} Adeyemi took places at"
        " the Committee table.",
        f"{rank} ADEYEMI, replying to the questions on violence against women, said that a plan had been adopted.",
    ]
    batch = parse("\n".join([*MASTHEAD, OPENING, *paragraphs]))
    assert speakers(batch) == [(None, "procedural", None), ("Adeyemi", "delegation", "NGA")]


@pytest.mark.parametrize(
    "seating",
    [
        "Mr. Otieno and Mrs. Okonkwo (Nigeria) took seats at the Committee table.",
        "Mr. Otieno and Mrs. Okonkwo (Nigeria) took their seats at the Committee table.",
        "Mr. Otieno (Nigeria), Mr. Bello and Mrs. Okonkwo took their places at the Committee table.",
        "Mrs. Okonkwo (Nigeria) took a place at the Committee table.",
        "Mrs. Okonkwo, representative of Nigeria, took a seat at the Committee table.",
        "Mrs. Okonkwo, the representative of Nigeria, took her seat at the Committee table.",
    ],
)
def test_a_delegate_seated_in_any_of_the_records_wordings_speaks_for_the_state_when_printed_bare(seating: str) -> None:
    """Records word the seating several ways besides "took places": "took seats", "took their seats", "took a
    place" for one delegate, and in the first years "Mrs. X, representative of Nigeria, took a seat". Whichever,
    the delegate printed bare after ("Mrs. OKONKWO said") is Nigeria's, and the seating paragraph is procedural."""
    paragraphs = [
        f"At the invitation of the Chairperson, {seating}",
        "Mrs. OKONKWO said that the report had been prepared with the help of civil society.",
    ]
    batch = parse("\n".join([*MASTHEAD, OPENING, *paragraphs]))
    assert speakers(batch) == [(None, "procedural", None), ("Okonkwo", "delegation", "NGA")]


@pytest.mark.parametrize("numbered", [True, False])
def test_questions_and_answers_printed_word_for_word_are_the_askers_and_the_seated_guests(numbered: bool) -> None:
    """A record of the first years that prints an exchange verbatim, announced by the Secretariat, each paragraph
    opening "Question:" or "Answer:" without a speaker: the questions are the delegate's who had the floor, the
    answers the guest's seated for the State the announcement names, a one-word answer ("Answer: No.") too. The
    announcement is procedural, and a turn that names its speaker ends the exchange."""
    paragraphs = [
        "The CHAIRMAN said that the Committee had decided to hear the representative of Ruritania.",
        "At the invitation of the Chairman, Mr. Halloran, representative of Ireland, took a seat at the Committee"
        " table.",
        "Mr. DUSEK (Czechoslovakia) wished to put some questions to the representative of Ireland.",
        "A verbatim account of the questions put by the representative of Czechoslovakia and of the replies given by"
        " the representative of Ireland follows.",
        "Question: Does the Government of Ireland accept the obligations of the Charter?",
        "Answer: It accepts them without reservation.",
        "Question: Has the Government made any declaration to that effect?",
        "Answer: No.",
        "Mr. MORENO (Chile) said that the answers had satisfied his delegation.",
        "Question marks remained over the date of the vote, which the Committee would fix later.",
    ]
    if numbered:
        paragraphs = [f"{number}. {text}" for number, text in enumerate(paragraphs, start=1)]
    masthead = [
        "Ad Hoc Political Committee",
        "Summary record of the forty-fifth meeting",
        "Held at Lake Success, New York, on Thursday, 5 May 1949, at 3 p.m.",
        "Chairman: General Carlos P. ROMULO (Philippines)",
    ]
    batch = parse("\n".join([*masthead, *paragraphs]))
    rows = batch.frames["statements"].select("speaker_name", "speaker_role", "country_iso3").rows()
    asker, answerer = ("Dusek", "delegation", "CSK"), ("Halloran", "delegation", "IRL")
    chile = ("Moreno", "delegation", "CHL")
    assert rows == [
        ("Carlos P. Romulo", "chair", None),
        (None, "procedural", None),
        asker,
        (None, "procedural", None),
        asker,
        answerer,
        asker,
        answerer,
        chile,
        chile,
    ]


def test_a_date_line_with_its_hour_and_no_weekday_or_place_is_the_meetings() -> None:
    """The first years' commissions printed the meeting's day with its hour alone under the title ("10 May 1949, at
    10 a.m."), without a weekday or a place; the hour tells it from the issue date, which never has one."""
    lines = [
        "UNITED NATIONS CONCILIATION COMMISSION FOR PALESTINE",
        "SUMMARY RECORD OF THE FIFTY-FIRST MEETING",
        "9 May 1949, at 4.30 p.m.",
        "Present: Mr. Yalcin (Turkey) Chairman",
        "The CHAIRMAN opened the meeting and read a letter from the delegation of Egypt.",
    ]
    meeting = only_meeting(parse("\n".join(lines)))
    assert (meeting["meeting_number"], meeting["meeting_date"]) == (51, date(1949, 5, 9))
    issued = only_meeting(parse("\n".join([*lines[:2], "9 May 1949", *lines[3:]])))
    assert issued["meeting_date"] is None


@pytest.mark.parametrize(
    ("held", "day"),
    [
        ("Held at the Palais des Nations, Geneva, on Tuesday, 12 March 19^5, at 6 p.m.", date(1985, 3, 12)),
        ("Held at Headquarters, New York, on Wednesday, 13 February 19^3, at 3 p.m.", date(1963, 2, 13)),
        # 12 June was a Thursday in 1947 and in 1997 too: Lake Success, where the UN met until 1951, tells them apart.
        ("Held at Lake Success, New York, on Thursday} 12 June 19^7, at 2:30 p.m.", date(1947, 6, 12)),
        # Neither the weekday nor the place tells 1947 from 1997: no date rather than a wrong one.
        ("Held at Headquarters, New York, on Thursday, 12 June 19^7, at 2:30 p.m.", None),
    ],
)
def test_a_year_whose_figure_a_typescripts_scan_lost_is_the_one_its_weekday_falls_in(
    held: str, day: date | None
) -> None:
    """A typescript's scan reads a figure of the year as "^" ("12 March 19^5"), and now and then the weekday's comma
    as a brace ("Thursday}"): the year is the one of the UN's years, or of its years at Lake Success where the line
    names it, in which the day fell on the weekday printed."""
    lines = [
        "COMMISSION ON HUMAN RIGHTS",
        "SUMMARY RECORD OF THE FIFTY-THIRD MEETING",
        held,
        "Chairman: Mr. OKAFOR (Nigeria)",
        "The CHAIRMAN declared the meeting open.",
    ]
    assert only_meeting(parse("\n".join(lines)))["meeting_date"] == day


@pytest.mark.parametrize(
    "named",
    [["COMMISSION ON HUMAN RIGHTS DRAFTING COMMITTEE"], ["COMMISSION ON HUMAN RIGHTS", "DRAFTING COMMITTEE"]],
)
def test_the_commissions_drafting_committee_named_below_it_is_the_records_body(named: list[str]) -> None:
    """The Drafting Committee of 1947-48 printed its masthead under the Commission's name, on one line or two; the
    record is the Committee's (E/CN.4/AC.1/SR.5), not the Council's that issued it (E/SR.5)."""
    lines = [
        "ECONOMIC AND SOCIAL COUNCIL",
        *named,
        "FIRST SESSION",
        "SUMMARY RECORD OF THE FIFTH MEETING",
        "Held at Lake Success, New York, on Thursday, 12 June 1947, at 2.30 p.m.",
        "The CHAIRMAN suggested that the Committee discuss the form of the bill.",
    ]
    meeting = only_meeting(parse("\n".join(lines)))
    assert (meeting["body"], meeting["symbol"]) == ("CHR-DC", "E/CN.4/AC.1/SR.5")


def test_a_council_over_a_committee_whose_name_the_scan_garbled_gives_no_plenary_symbol() -> None:
    """ "ECONOMIC AND SOCIAL COUNCIL" over a commission's committee whose name the scan garbled past knowing, the
    issuer's words run into it ("ET SOCIAL COMMISSION 0Ñ HUMAN RIGHTS DRAFTING COMMITTEE FIRST SESSION"): the record
    is the committee's, so no symbol is derived from the Council's plenary numbering (E/SR.6); over no committee, the
    Council's own record keeps its derived one."""
    rest = [
        "SUMMARY RECORD OF THE SIXTH MEETING",
        "Held at Lake Success, New York, on Friday, 13 June 1947, at 10.30 a.m.",
        "The CHAIRMAN opened the discussion of the form of the bill.",
    ]
    garbled = only_meeting(
        parse(
            "\n".join(
                [
                    "ECONOMIC AND SOCIAL COUNCIL",
                    "ET SOCIAL COMMISSION 0Ñ HUMAN RIGHTS DRAFTING COMMITTEE FIRST SESSION",
                    *rest,
                ]
            )
        )
    )
    assert (garbled["body"], garbled["symbol"]) == ("ECOSOC", None)
    plenary = only_meeting(parse("\n".join(["ECONOMIC AND SOCIAL COUNCIL", "Fifth session", *rest])))
    assert (plenary["body"], plenary["symbol"]) == ("ECOSOC", "E/SR.6")


@pytest.mark.parametrize(
    ("symbol_line", "title", "symbol"),
    [
        # The scan lost the symbol's figures: what follows its stop is the issue date's day.
        ("E/CN.4/1992/SR. 23 March 1992", "SUMMARY RECORD OF THE 6TH MEETING", "E/CN.4/1992/SR.6"),
        # The symbol's figures run into the day, which the title's number tells apart: SR.60 of 9 March.
        ("E/CN.4/1992/SR.609 March 1992", "SUMMARY RECORD OF THE 60TH MEETING", "E/CN.4/1992/SR.60"),
    ],
)
def test_a_symbol_whose_figures_a_scan_lost_before_the_issue_date_takes_the_titles_number(
    symbol_line: str, title: str, symbol: str
) -> None:
    """A symbol line whose figures the scan lost, the issue date's day right after the stop ("E/CN.4/1992/SR. 23 March
    1992"), read as a symbol run into the date would be SR.2 of 3 March; the title numbers the meeting otherwise
    (6th), so the record is the title's meeting, not another's."""
    lines = [
        symbol_line,
        "COMMISSION ON HUMAN RIGHTS",
        "Forty-eighth session",
        title,
        "Held at the Palais des Nations, Geneva, on Thursday, 30 January 1992, at 3 p.m.",
        "Chairman: Mr. SOLT (Hungary)",
        "The meeting was called to order at 3.05 p.m.",
        "1. The CHAIRMAN invited the Commission to continue its debate.",
    ]
    assert only_meeting(parse("\n".join(lines)))["symbol"] == symbol


def test_a_main_committees_printed_symbol_gives_its_session_over_a_librarys_title() -> None:
    """A library's catalogue title that names another session ("General Assembly, 49th session") above a Main
    Committee's record whose printed symbol carries its own (A/C.3/48/SR.16): the symbol's session is the record's."""
    lines = [
        "Summary record of the 16th meeting : 3rd Committee, held on Monday, 25 October 1993, New York, General"
        " Assembly, 49th session.",
        "UN Document Symbol A/C.3/48/SR.16",
        "Extracted Text",
        "General Assembly",
        "Official Records",
        "THIRD COMMITTEE",
        "16th meeting",
        "held on Monday, 25 October 1993 at 10 a.m.",
        "Chairman: Mr. KUKAN (Slovakia)",
        "The meeting was called to order at 10.15 a.m.",
        "1. The CHAIRMAN invited the Committee to continue its general discussion.",
    ]
    meeting = only_meeting(parse("\n".join(lines)))
    assert (meeting["symbol"], meeting["session_number"]) == ("A/C.3/48/SR.16", 48)


@pytest.mark.parametrize("series", ["(NINETEENTH MEETING OF THE COMMITTEE)", "(19th meeting of the Committee)"])
def test_a_meeting_with_a_delegation_numbered_in_the_committees_series_below_its_title(series: str) -> None:
    """The Conciliation Commission's committees titled a meeting with a delegation by whom they met, numbering it
    below in brackets in their own series ("(NINETEENTH MEETING OF THE COMMITTEE)"); that number is the record's,
    over the one a site's entry title gives ("... Cttee on Jerusalem 18th mtg")."""
    lines = [
        "UNITED NATIONS CONCILIATION COMMISSION FOR PALESTINE",
        "COMMITTEE ON JERUSALEM",
        "SUMMARY RECORD OF A MEETING BETWEEN THE COMMITTEE",
        "ON JERUSALEM AND THE MUNICIPAL COUNCIL",
        series,
        "held Jericho on 9 April 1949",
        "The CHAIRMAN welcomed the members of the Council.",
    ]
    batch = parse("\n".join(lines), metadata={"title": "Meeting with the Council – Cttee on Jerusalem 18th mtg",
                                              "meeting_number": "18"})  # fmt: skip
    meeting = only_meeting(batch)
    assert (meeting["meeting_number"], meeting["symbol"]) == (19, "A/AC.25/Com.Jer/SR.19")

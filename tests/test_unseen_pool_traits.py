"""Traits of the second pool of openings nobody had labelled (`tests/fixtures/real/README.md`, "Twenty-seventh
session"), in our own words: the opening line's words broken or misprinted, a label whose colon went to the next
line, an ordinal broken inside its tens, a fifth part of a meeting, a delegate's participle clause with no comma,
an excerpt that cut a clause short, and a site that names a committee only by its abbreviation.
"""

from __future__ import annotations

from datetime import time

import pytest

from flows.sources import RawRecord
from transforms.parse import ParsedBatch, parse_documents
from transforms.speakers import attribute
from transforms.turns_in_line import turns_apart


def parse(*texts: str) -> ParsedBatch:
    return parse_documents(
        [RawRecord(f"file:///unseen-{n}.txt", text.encode(), f"unseen-{n}.txt") for n, text in enumerate(texts)]
    )


def record(*, session: str = "Eighty-third session", chair: str = "Chair: Ms. Halvorsen", opening: str) -> str:
    return "\n\n".join(
        [
            "United Nations",
            "CEDAW/C/SR.2101",
            "Committee on the Elimination of Discrimination against Women",
            session,
            "Summary record of the 2101st meeting",
            "Held at the Palais des Nations, Geneva, on Tuesday, 14 October 2025, at 3 p.m.",
            chair,
            "Contents",
            "Consideration of reports submitted by States parties under article 18 of the Convention",
            opening,
            "Consideration of reports submitted by States parties under article 18 of the Convention",
            "1. At the invitation of the Chair, the delegation of Ruritania took places at the Committee table.",
            "2. Mr. Brandt (Germany) said that his Government welcomed the dialogue.",
        ]
    )


def meeting(text: str) -> dict[str, object]:
    batch = parse(text)
    assert batch.rejects == []
    row: dict[str, object] = batch.frames["meetings"].row(0, named=True)
    return row


@pytest.mark.parametrize(
    ("opening", "called"),
    [
        ("The me eting was called to order at 3.05 p.m.", time(15, 5)),  # a word broken by a space
        ("The meeti ng w as called to order at 3.10 p.m.", time(15, 10)),  # two
        ("The meeting was called to order at. 3.40 p.m.", time(15, 40)),  # a stray stop after "at"
        ("The meeting was called to order to 3.15 p.m.", time(15, 15)),  # a misprint of "at"
        ("The resumed public meeting was called to order at 6.15 p.m.", time(18, 15)),  # two words before it
    ],
)
def test_an_opening_line_a_conversion_broke_or_misprinted_still_gives_the_hour(opening: str, called: time) -> None:
    parsed = meeting(record(opening=opening))
    assert parsed["called_to_order"] == called
    assert parsed["symbol"] == "CEDAW/C/SR.2101"


def test_an_opening_line_keeps_out_of_the_speakers() -> None:
    batch = parse(record(opening="The me eting was called to order at 3.05 p.m."))
    speakers = batch.frames["statements"].select("speaker_name", "speaker_role").rows()
    assert speakers[0] == (None, "procedural")
    assert ("Brandt", "delegation") in speakers


def test_a_chairs_label_whose_colon_went_to_the_next_line_names_the_chair() -> None:
    parsed = meeting(record(chair="Chairman\n: Mr. OKAFOR", opening="The meeting was called to order at 3.05 p.m."))
    assert parsed["chair_name"] == "Okafor"


def test_an_office_printed_below_a_name_is_not_a_label_over_the_next_name() -> None:
    # An early commission lists its members with the office below the one who holds it: the next member,
    # printed below "Chairman", is not the chair.
    text = "\n".join(
        [
            "UNITED NATIONS CONCILIATION COMMISSION FOR PALESTINE",
            "SUMMARY RECORD OF THE 212th MEETING",
            "held at Geneva on Monday, 3 March 1951, at 10.30 a.m.",
            "Present:",
            "Mr. Whitcombe (United States of America)",
            "Chairman",
            "Mr. Duvernoy (France)",
            "Mr. Kaplan (Turkey)",
            "",
            "1. The CHAIRMAN opened the meeting.",
            "2. Mr. DUVERNOY (France) said that the memorandum had been circulated.",
        ]
    )
    assert meeting(text)["chair_name"] == "Whitcombe"


@pytest.mark.parametrize(
    ("session", "number"),
    [
        ("Si xt y-second session", 62),
        ("Nin ety-fourth session", 94),
        ("Sixty-second session", 62),
        # A run's title a scan misread, left on the session's line: the line opens with the session.
        ("Thirty-third session SUMMlRY RECORD OF THE TWO HUNDRED AND FOURTH MEETIHG", 33),
    ],
)
def test_a_session_whose_tens_a_conversion_broke_is_read_whole(session: str, number: int) -> None:
    parsed = meeting(record(session=session, opening="The meeting was called to order at 3.05 p.m."))
    assert parsed["session_number"] == number


def test_a_fifth_part_of_a_meeting_is_its_part() -> None:
    text = record(opening="The meeting was called to order at 3.05 p.m.").replace(
        "Summary record of the 2101st meeting", "SUMMARY RECORD OF THE FIFTH PART (PUBLIC)* OF THE 2101st MEETING"
    )
    assert meeting(text)["meeting_part"] == "fifth part (public)"


@pytest.mark.parametrize(
    "opening",
    [
        # A participle clause with no comma before it, its verb after the clause's comma.
        "Mr. Okafor (Nigeria) expressing gratitude to the Commissioner-General for his report (A/80/13), said that",
        "Mr. Okafor (Nigeria) thanking the Chair for the floor, said that",
        # An excerpt that cut the clause short before its verb.
        "Mr. Okafor (Nigeria), speaking on behalf of the African Group; and the observer States ...",
    ],
)
def test_a_delegate_whose_verb_follows_a_clause_without_its_comma_speaks(opening: str) -> None:
    found = attribute(opening)
    assert found is not None
    assert (found.name, found.role, found.country_iso3) == ("Okafor", "delegation", "NGA")


@pytest.mark.parametrize(
    "opening",
    [
        "Mr. Okafor (Nigeria) taking note of the report.",  # a clause that ends the sentence with no verb
        "Mr. Okafor (Nigeria) having taken the Chair. The Committee resumed its work ...",  # a sentence ends first
    ],
)
def test_a_participle_clause_with_no_verb_after_it_names_no_speaker(opening: str) -> None:
    assert attribute(opening) is None


def _site_page(title: str) -> str:
    return "\n\n".join(
        [
            title,
            "OF THE PALESTINIAN PEOPLE",
            "SUMMARY RECORD OF THE 412th MEETING",
            "Held at Headquarters, New York, on Tuesday, 9 March 1993, at 10.30 a.m.",
            "Chairman: Mr. NDIAYE (Senegal)",
            "The meeting was called to order at 10.50 a.m.",
            "1. The CHAIRMAN said that the Bureau had met twice since the previous meeting.",
        ]
    )


@pytest.mark.parametrize(
    ("title", "body", "symbol"),
    [
        ("CEIRPP meeting – Summary record", "CEIRPP", "A/AC.183/SR.412"),
        ("Bureau report – CEIRPP 412th meeting – Summary record", "CEIRPP", "A/AC.183/SR.412"),
        # The abbreviation in another sense than a site's title over the masthead: no body.
        ("Notes on the CEIRPP programme", None, None),
    ],
)
def test_a_sites_title_names_the_body_its_masthead_lost(title: str, body: str | None, symbol: str | None) -> None:
    parsed = meeting(_site_page(title))
    assert (parsed["body"], parsed["symbol"]) == (body, symbol)


def test_a_flattened_page_breaks_before_a_speaker_named_in_title_case_with_brackets() -> None:
    seated = "At the invitation of the Chair, the delegation of Ruritania took places at the Committee table."
    turn = "Monsignor Okafor (Ruritania) said that the report had been submitted late for want of a translation."
    chair = "Ms. Halvorsen (Country Rapporteur) asked when the new code would enter into force and how it would apply."
    assert turns_apart(f"{seated} {turn} {chair}") == [f"{seated}", turn, chair]


def test_a_flattened_page_breaks_before_a_speaker_whose_name_a_conversion_broke() -> None:
    seated = "At the invitation of the Chairperson, the delegation of Ruritania took places at the Committee table."
    turn = "Mr. H alvorsen (Norway), introducing the periodic report, said that a new law had been adopted."
    assert turns_apart(f"{seated} {turn}") == [seated, turn]


def test_a_flattened_page_breaks_a_heading_from_the_speaker_it_ran_into() -> None:
    heading = "Agenda item 27: Social development (continued) (A/80/3, A/80/56 and A/80/61)"
    turn = "Ms. Okafor (Ruritania) said that her Government had doubled its spending on the care of older persons."
    assert turns_apart(f"{heading} {turn}") == [heading, turn]


@pytest.mark.parametrize(
    "sentence",
    [
        # A sentence that names a speaker without brackets, or with them but no verb of speech after.
        "The Chair recalled the questions put at the previous meeting. Ms. Halvorsen had asked about the code.",
        "The Chair recalled the questions put at the previous meeting. Ms. Halvorsen (Ruritania) herself was absent.",
        # Brackets and a verb, but inside a sentence: no sentence ends before the name.
        "The Chair recalled the questions put at the previous meeting, as Ms. Halvorsen (Ruritania) noted then.",
        # Brackets after a heading's bracket, but no one speaking.
        "The report (A/80/3) Ms. Halvorsen (Ruritania) had prepared was circulated.",
    ],
)
def test_a_sentence_that_only_names_a_speaker_is_not_broken(sentence: str) -> None:
    assert turns_apart(sentence) == [sentence]


def test_a_flattened_page_breaks_before_a_temporary_chair_numbered_after_a_heading() -> None:
    page = " ".join(
        [
            "United Nations A/AC.183/SR.412 General Assembly Distr.: General 20 February 2026 Original: English",
            "Committee on the Exercise of the Inalienable Rights of the Palestinian People",
            "Summary record of the 412th meeting",
            "Held at Headquarters, New York, on Monday, 9 February 2026, at 10 a.m.",
            "Temporary Chair: Mr. Okafor (Secretary of the Committee) Chair: Mr. Halvorsen (Norway)",
            "Contents Adoption of the agenda Election of officers",
            "The meeting was called to order at 10.10 a.m. Adoption of the agenda (A/AC.183/2026/L.1)",
            "1. The agenda was adopted. Election of officers",
            "2. The Temporary Chair invited nominations for the office of Chair.",
            "3. Mr. Brandt (Germany) nominated Mr. Halvorsen (Norway) for the office of Chair.",
            "4. Ms. Lindqvist (Sweden) seconded the nomination.",
        ]
    )
    batch = parse(page)
    assert batch.rejects == []
    turns = batch.frames["statements"].select("paragraph", "speaker_role", "text").rows()
    assert [(paragraph, role) for paragraph, role, _ in turns][:4] == [
        (1, "procedural"),
        (2, "chair"),
        (3, "delegation"),
        (4, "delegation"),
    ]
    assert turns[0][2] == "The agenda was adopted. Election of officers"

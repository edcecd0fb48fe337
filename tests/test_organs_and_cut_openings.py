"""Which organ met, when a page names it below its parent or only by a document; openings a conversion or an
excerpt's end cut short.

Traits of the openings nobody had labelled (`tests/fixtures/real/README.md`, "Twenty-sixth session"), in our own
words: a conference's committees and its plenary number their meetings apart, and so do a commission and its
committees; a page that names the conference only by a document its agenda cites still says which organ met. A
symbol derived for the wrong organ is worse than none: the warehouse keys a meeting by its symbol, so one
organ's record would replace another's.
"""

from __future__ import annotations

import pytest

from flows.sources import RawRecord
from transforms.parse import ParsedBatch, parse_documents
from transforms.speakers import attribute, attribute_cut


def parse(*texts: str) -> ParsedBatch:
    return parse_documents(
        [RawRecord(f"file:///page-{n}.txt", text.encode(), f"page-{n}.txt") for n, text in enumerate(texts)]
    )


def meetings(batch: ParsedBatch) -> list[tuple[object, ...]]:
    assert batch.rejects == []
    return batch.frames["meetings"].select("symbol", "symbol_derived", "body", "meeting_number").rows()


def _conference_page(organ_line: str, meeting_line: str, cited: str) -> str:
    return "\n\n".join(
        [
            "Back to the index of the travaux || Search the legislative history",
            "LEGISLATIVE HISTORY",
            "1981 Geneva Diplomatic Conference",
            organ_line,
            meeting_line,
            "Tuesday, 14 April 1981, at 3 p.m.",
            "Chairman: Mr. HALVORSEN (Norway)",
            "The meeting was called to order at 3.10 p.m.",
            f"DRAFT ARTICLES ON CARRIAGE BY INLAND WATERWAYS (agenda item 4) ({cited}) (continued)",
            "1. The CHAIRMAN invited the Committee to resume its consideration of article 12.",
            "2. Mr. OKONJO (Nigeria) said that the Rapporteur of the First Committee had raised the same point.",
        ]
    )


def test_a_conference_page_that_names_its_organ_derives_that_organs_symbol() -> None:
    second = _conference_page("Summary Records of Meetings of the Second Committee", "9th meeting", "A/CONF.141/7")
    # The agenda cites the other committee's paper: the masthead still says which committee met.
    first = _conference_page("Summary Records of Meetings of the First Committee", "9th meeting", "A/CONF.141/C.2/L.12")
    plenary = _conference_page("Summary Records of the Plenary Meetings", "9th plenary meeting", "A/CONF.141/C.1/L.3")
    assert meetings(parse(second, first, plenary)) == [
        ("A/CONF.141/C.2/SR.9", True, "A/CONF.141/C.2", 9),
        ("A/CONF.141/C.1/SR.9", True, "A/CONF.141/C.1", 9),
        ("A/CONF.141/SR.9", True, "A/CONF.141", 9),
    ]


def test_a_conference_page_that_names_no_organ_keeps_the_conference_its_documents_name() -> None:
    page = _conference_page("Summary Records of Meetings", "9th meeting", "A/CONF.141/7")
    assert meetings(parse(page)) == [("A/CONF.141/SR.9", True, "A/CONF.141", 9)]


def _commission_page(committee: str | None, meeting: str) -> str:
    lines = ["UNITED NATIONS CONCILIATION COMMISSION FOR PALESTINE", *([committee] if committee else [])]
    return "\n\n".join(
        [
            *lines,
            f"SUMMARY RECORD OF THE {meeting} MEETING",
            "held in Lausanne on Thursday, 16 June 1949, at 4 p.m.",
            "Present: Mr. Ferrand (France) - Chairman",
            "The CHAIRMAN opened the discussion of the memorandum on the holy places.",
            "Mr. HOLLOWAY thought that the memorandum should first go to the governments concerned.",
        ]
    )


@pytest.mark.parametrize(
    ("committee", "symbol", "body"),
    [
        ("COMMITTEE ON JERUSALEM", "A/AC.25/Com.Jer/SR.23", "A/AC.25/Com.Jer"),
        ("GENERAL COMMITTEE", "A/AC.25/Com.Gen/SR.23", "A/AC.25/Com.Gen"),
        (None, "A/AC.25/SR.23", "UNCCP"),
    ],
)
def test_a_commissions_committee_named_below_it_numbers_its_own_meetings(
    committee: str | None, symbol: str, body: str
) -> None:
    assert meetings(parse(_commission_page(committee, "TWENTY-THIRD"))) == [(symbol, True, body, 23)]


def test_a_commission_and_its_committees_meetings_of_one_number_are_two_records() -> None:
    pages = [_commission_page(committee, "TWENTY-THIRD") for committee in ("COMMITTEE ON JERUSALEM", None)]
    assert [row[0] for row in meetings(parse(*pages))] == ["A/AC.25/Com.Jer/SR.23", "A/AC.25/SR.23"]


def test_a_general_committee_under_another_body_is_not_the_commissions() -> None:
    page = "\n\n".join(
        [
            "COMMITTEE AGAINST TORTURE",
            "GENERAL COMMITTEE",
            "Forty-first session",
            "SUMMARY RECORD OF THE 840th MEETING",
            "Held at the Palais Wilson, Geneva, on Monday, 10 November 2008, at 3 p.m.",
            "Chairperson: Mr. Grossman",
            "The meeting was called to order at 3.05 p.m.",
            "1. The CHAIRPERSON welcomed the members.",
        ]
    )
    assert meetings(parse(page)) == [("CAT/C/SR.840", True, "CAT", 840)]


@pytest.mark.parametrize(
    "masthead",
    [
        "United Nations Commission on International Trade Law",
        "Comisión de las Naciones Unidas para el Derecho Mercantil Internacional",
    ],
)
def test_the_trade_law_commission_is_a_body_of_its_own(masthead: str) -> None:
    spanish = masthead.startswith("Comisión")
    page = "\n\n".join(
        [
            masthead,
            "Acta resumida de la 412ª sesión" if spanish else "Summary record of the 412th meeting",
            "celebrada en Viena, el martes 21 de junio de 1988, a las 10.00 horas"
            if spanish
            else "Held at the Vienna International Centre, on Tuesday, 21 June 1988, at 10 a.m.",
            "Se declara abierta la sesión a las 10.10 horas."
            if spanish
            else "The meeting was called to order at 10.10 a.m.",
            "1. El Sr. ROSSI (Italia) dice que apoya el texto."
            if spanish
            else "1. Mr. ROSSI (Italy) said that he supported the text.",
        ]
    )
    assert meetings(parse(page)) == [("A/CN.9/SR.412", True, "UNCITRAL", 412)]


# ---------------------------------------------------------------- openings cut short


@pytest.mark.parametrize(
    ("cut", "office"),
    [
        ("The Cha", "Chairman"),
        ("The Chairp", "Chairperson"),
        ("The CHAIRM", "Chairman"),
        ("The Pres", "President"),
        ("Le Pré", "Président"),
        ("El Presid", "Presidente"),
    ],
)
def test_an_excerpt_cut_inside_the_chairs_office_names_the_chair(cut: str, office: str) -> None:
    attribution = attribute_cut(cut)
    assert attribution is not None
    assert (attribution.role, attribution.office) == ("chair", office)


@pytest.mark.parametrize("cut", ["The C", "The Ch", "The Comm", "The Secr", "Le Se", "A repr"])
def test_a_fragment_that_may_begin_other_words_names_no_one(cut: str) -> None:
    assert attribute_cut(cut) is None


def test_a_record_whose_last_paragraph_is_cut_inside_the_office_ends_with_the_chair() -> None:
    text = "\n\n".join(
        [
            "Third Committee",
            "Summary record of the 41st meeting",
            "Held at Headquarters, New York, on Thursday, 6 November 2003, at 3 p.m.",
            "Chairman: Mr. Okafor (United Republic of Tanzania)",
            "The meeting was called to order at 3.10 p.m.",
            "1. Mr. Lindqvist (Bolivia) introduced the draft resolution on behalf of its sponsors.",
            "2. The Cha",
        ]
    )
    batch = parse(text)
    assert batch.frames["statements"].select("speaker_name", "speaker_role").rows() == [
        ("Lindqvist", "delegation"),
        ("Okafor", "chair"),
    ]


# ---------------------------------------------------------------- letters a conversion set apart


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("M me Y ilmaz Berg, rappelant sa propre expérience, dit que", "Yilmaz Berg", "member"),
        ("M me A lvarado N úñez dit qu’il est essentiel", "Alvarado Núñez", "member"),
        ("M lle D ubois (France) dit que", "Dubois", "delegation"),
        # Read as printed, "Mme P" would speak, of no State.
        ("M me P ereira Haddad (Côte d’Ivoire) indique que", "Pereira Haddad", "delegation"),
        ("E l Sr. G arcía (México) dice que", "García", "delegation"),
    ],
)
def test_a_title_and_name_whose_first_letters_a_conversion_set_apart_are_read(text: str, name: str, role: str) -> None:
    attribution = attribute(text, in_romance=True)
    assert attribution is not None
    assert (attribution.name, attribution.role) == (name, role)


def test_an_article_set_apart_from_the_office_opens_the_chairs_turn() -> None:
    attribution = attribute(
        "L a P résidente provisoire invite les membres du Comité à faire des déclarations.", in_romance=True
    )
    assert attribution is not None
    assert attribution.role == "chair"

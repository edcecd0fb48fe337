"""Records whose line ends a library page lost, run onto one line: each trait written out in our own words.

Library pages (PDF extracts, catalogue transcriptions) give a record as one run of text. Each test parses a
record printed line by line and the same record run onto one line, and expects the same speakers from both.
"""

from __future__ import annotations

from datetime import date, time

import pytest

from tests.test_real_renditions import MASTHEAD, only_meeting, parse, speakers
from transforms.parse import ParsedBatch

OHCHR = "Office of the United Nations High Commissioner for Human Rights"

MODERN_HEAD = [
    "United Nations CED/C/SR.901",
    "International Convention for the Protection of All Persons from Enforced Disappearance",
    "Distr.: General 2 May 2024",
    "Original: English",
    "Committee on Enforced Disappearances",
    "Twenty-sixth session",
    "Summary record (partial)* of the 901st meeting",
    "Held at the Palais Wilson, Geneva, on Monday, 8 April 2024, at 10 a.m.",
    "Chair:Ms. Varela",
    "Contents",
    "Opening of the session",
    "Statement by the representative of the Secretary-General",
    "Consideration of reports of States parties",
    "The meeting was called to order at 10.05 a.m.",
]


def _parsed_both_ways(lines: list[str]) -> list[ParsedBatch]:
    """The record printed line by line, and run onto one line."""
    return [parse(joined_by.join(lines)) for joined_by in ("\n", " ")]


def _both_ways(lines: list[str]) -> list[list[tuple[object, ...]]]:
    return [speakers(batch) for batch in _parsed_both_ways(lines)]


def test_a_heading_run_into_the_chairs_turn_and_an_office_with_a_bracket_of_its_own() -> None:
    """ "Opening of the session The Chairperson, after ..., said": the whole office, not "The Chair", opens the
    turn; an office's own bracket ("(OHCHR)") inside the speaker's, and one printed without a space before it."""
    lines = [
        *MODERN_HEAD,
        "Opening of the session",
        "The Chairperson, having welcomed the new members, said that the session would be a long one.",
        "Statement by the representative of the Secretary-General",
        "Ms. Dorval (Office of the United Nations High Commissioner for Human Rights (OHCHR)) said that the "
        "Office had supported the Committee throughout the year.",
        f"Mr. Aalto({OHCHR}) added that two posts had been filled.",
        "Consideration of reports of States parties",
        "At the invitation of the Chair, the delegation of Azerbaijan joined the meeting.",
        "A representative of Azerbaijan said that the report had been prepared with civil society.",
    ]
    expected = [
        ("Varela", "chair", None),
        ("Dorval", "secretariat", None),
        ("Aalto", "secretariat", None),
        (None, "procedural", None),
        (None, "delegation", "AZE"),
    ]
    assert _both_ways(lines) == [expected, expected]


def test_a_temporary_chair_run_onto_the_chair_elected_after() -> None:
    head = [line for line in MODERN_HEAD if not line.startswith("Chair:")]
    lines = [
        *head[:8],
        "Temporary Chair:Mr. Okoro (Vice-Chair)",
        "Chair:Ms. Varela",
        *head[8:],
        "Opening of the session",
        "The Temporary Chair declared open the twenty-sixth session of the Committee.",
        f"Mr. Aalto ({OHCHR}) said that the Office welcomed the new members.",
    ]
    expected = [("Okoro", "chair", None), ("Aalto", "secretariat", None)]
    assert _both_ways(lines) == [expected, expected]


def test_numbers_glued_to_speakers_after_headings_in_title_case() -> None:
    """ "Opening of the session 1.The Chair declared", "... of the Secretary-General 2.Ms. X (...) said": the
    running number glued to the speaker follows a heading, not a sentence."""
    lines = [
        *MODERN_HEAD,
        "Opening of the session",
        "1.The Chair declared open the twenty-sixth session of the Committee.",
        "Statement by the representative of the Secretary-General",
        f"2.Ms. Dorval ({OHCHR}) said that the Office had supported the Committee.",
        "3.The Chair thanked her.",
    ]
    expected = [("Varela", "chair", None), ("Dorval", "secretariat", None), ("Varela", "chair", None)]
    assert _both_ways(lines) == [expected, expected]


def test_a_number_glued_to_its_turn_after_a_heading_that_ends_with_a_figure() -> None:
    """ "... adopted. Paragraph 12" / "2.After a discussion ...": the heading ends with a figure, the running
    number is glued to the clause that leads to the Chair."""
    lines = [
        *MODERN_HEAD,
        "Adoption of the annual report",
        "1.The Chair invited the Committee to consider the draft report chapter by chapter.",
        "Paragraph 12",
        "2.After an exchange of views in which Ms. Dorval took part, the Chair said that the text would stand.",
    ]
    expected = [("Varela", "chair", None), ("Varela", "chair", None)]
    assert _both_ways(lines) == [expected, expected]


def test_an_invitation_run_into_the_heading_and_a_first_paragraph_that_lost_its_number() -> None:
    """The first paragraph, the Chair's invitation, lost its number; "2." opens a named turn, and no "3." follows
    in the excerpt."""
    lines = [
        *MODERN_HEAD,
        "Consideration of reports of States parties",
        "Third periodic report of Colombia (CED/C/COL/3)",
        "At the invitation of the Chair, the delegation of Colombia took places at the Committee table.",
        "2.Ms. Restrepo (Colombia), introducing the report, said that her Government had created a search unit. "
        "The unit had found 312 persons since 2019, and its budget had grown by 40 per cent.",
    ]
    expected = [("Restrepo", "delegation", "COL")]
    assert _both_ways(lines) == [expected, expected]


def test_an_excerpt_that_starts_further_on_and_skips_paragraphs() -> None:
    """An excerpt printed from paragraph 32 on, then one that keeps paragraphs 1, 6 and 9 of a meeting: each
    numbered turn opens where its speaker is named, whatever its number."""
    head = [
        "Economic and Social Council 9 September 2005",
        "Original: English",
        "Substantive session of 2005",
        "Provisional summary record of the 31st meeting",
        "Held at Headquarters, New York, on Tuesday, 19 July 2005, at 3 p.m.",
        "President: Mr. Kallas (Vice-President) ........ (Estonia)",
        "Assistance to the Palestinian people (A/60/90-E/2005/80)",
    ]
    from_32 = [
        *head,
        "32. Ms. Tamm (Department of Political Affairs), introducing the report, said that it set out the "
        "assistance given during the year.",
        "33. Although the situation had remained difficult, the agencies had planned for the longer term.",
        "34. Mr. Rahimi (Observer for Palestine) said that the report was welcome.",
    ]
    expected = [("Tamm", "secretariat", None), ("Tamm", "secretariat", None), ("Rahimi", "delegation", "PSE")]
    assert _both_ways(from_32) == [expected, expected]
    kept = [
        *head,
        "1. Mr. Haddad (Observer for Lebanon) said that he hoped the Council would act.",
        "6. Mr. Nasser (Observer for the Syrian Arab Republic) said that he agreed with the representative of Lebanon.",
        "9. Mr. Rahimi (Observer for Palestine) said that the Council had a duty to act.",
    ]
    expected = [
        ("Haddad", "delegation", "LBN"),
        ("Nasser", "delegation", "SYR"),
        ("Rahimi", "delegation", "PSE"),
    ]
    assert _both_ways(kept) == [expected, expected]


def test_a_provisional_conference_record_scanned_without_an_opening_line() -> None:
    """A conference's provisional record, as a reading room's scan prints it: the meeting a "PLENARY MEETING",
    "held at" in lower case under the title, the States after the officers without brackets, a space after each
    stop of the symbol, no opening line, and the office misread ("The PRESTDENT")."""
    lines = [
        "Approved For Release 2002/06/14",
        "THIRD CONFERENCE ON THE LAW OF THE SEA",
        "Distr. RESTRICTED 12 May 1975",
        "A/CONF. 62/SR. 56 GE.75-65443",
        "Original: ENGLISH",
        "PROVISIONAL SUMMARY RECORD OF THE FIFTY-SIXTH PLENARY MEETING",
        "held at the Palais des Nations, Geneva,",
        "on Friday, 9 May 1975, at 10.25 a.m.",
        "President: Mr. WIJESOORIYA Sri Lanka",
        "Rapporteur-General: Mr. LINDO Jamaica",
        "CONTENTS",
        "Report of the Credentials Committee",
        "Closure of the session",
        "REPORT OF THE CREDENTIALS COMMITTEE (A/CONF.62/44)",
        "The PRESTDENT invited the Conference to take note of the report of the Credentials Committee.",
        "Mr. VARGAS (Chile) said that his delegation had no objection.",
    ]
    for batch in _parsed_both_ways(lines):
        meeting = only_meeting(batch)
        assert (meeting["symbol"], meeting["body"], meeting["meeting_number"], meeting["meeting_date"]) == (
            "A/CONF.62/SR.56",
            "A/CONF.62",
            56,
            date(1975, 5, 9),
        )
        assert meeting["chair_name"] == "Wijesooriya"
        assert speakers(batch) == [("Wijesooriya", "chair", None), ("Vargas", "delegation", "CHL")]


def test_a_conference_committee_is_its_own_body() -> None:
    """Its "FIRST COMMITTEE" is the conference's, not the General Assembly's; its chair's State, printed after
    a surname in capitals without brackets, is no part of his name."""
    lines = [
        "UNITED NATIONS THIRD CONFERENCE ON THE LAW OF THE SEA",
        "A/CONF.62/C.1/SR.9 1 August 1974",
        "Second Session",
        "FIRST COMMITTEE",
        "SUMMARY RECORD OF THE NINTH MEETING",
        "Held at the Parque Central, Caracas, on Tuesday, 30 July 1974, at 11.05 a.m.",
        "Chairman: Mr. MBALLA United Republic of Cameroon",
        "Raporteur: Mr. HOLT Australia",
        "CONTENTS",
        "Report by the Chairman of the informal meetings",
        "REPORT BY THE CHAIRMAN OF THE INFORMAL MEETINGS",
        "The CHAIRMAld said that the reports had been delayed.",
        "Mr. PERERA (Sri Lanka) said that the Committee had held nine informal meetings.",
    ]
    for batch in _parsed_both_ways(lines):
        meeting = only_meeting(batch)
        assert (meeting["body"], meeting["chair_name"], meeting["session_number"]) == ("A/CONF.62/C.1", "Mballa", 2)
        assert speakers(batch) == [("Mballa", "chair", None), ("Perera", "delegation", "LKA")]


def _conference_scan(
    symbol_line: str, title: str = "PROVISIONAL SUMMARY RECORD OF THE TWELFTH MEETING", printed: str = ""
) -> list[str]:
    """A scan of a conference committee's provisional record whose masthead prints no symbol (or `printed`): the
    symbol comes below the correction notice, as a scan read it."""
    return [
        "THIRD CONFERENCE ON THE LAW OF THE SEA",
        *([printed] if printed else []),
        "Fourth Session",
        "SECOND COMMITTEE",
        title,
        "held at the Palais des Nations, Geneva, on Tuesday, 18 March 1975, at 11 a.m.",
        "Chairman: Mr. OKONJO Nigeria",
        "CONTENTS",
        "Organization of work",
        "N.B. Corrections to this provisional record are to be sent in writing to the editing section within a week.",
        symbol_line,
        "ORGANIZATION OF WORK",
        "The CHAIRMAN thanked the Committee for electing him.",
        "Mr. LUND (Norway) said that his delegation would keep its remarks short.",
    ]


@pytest.mark.parametrize(
    "misread",
    [
        "A/C0NF.62/C.2/sR.12",  # a zero for the O, a small s
        "A/CONE. 62/C.2/SR. 12",  # an E for the F, spaces after the stops
        "A/CO1qF.62/C.2/SR.12 GE.75-60012",  # "1q" for the N
        "A/CONF.62/C 2/SR.12'",  # a space for a stop, a speck after it
        "A/COIF.62/C.2/SR.12 English Page 2",  # the next page's head
    ],
)
def test_a_conference_scans_misread_symbol_below_the_notice(misread: str) -> None:
    """Read as the symbol the body's records carry when its number is the meeting's the title gives in words."""
    for batch in _parsed_both_ways(_conference_scan(misread)):
        meeting = only_meeting(batch)
        assert (meeting["symbol"], meeting["symbol_derived"], meeting["body"]) == (
            "A/CONF.62/C.2/SR.12",
            False,
            "A/CONF.62/C.2",
        )
        assert (meeting["meeting_number"], meeting["session_number"]) == (12, 4)
        assert speakers(batch) == [("Okonjo", "chair", None), ("Lund", "delegation", "NOR")]


@pytest.mark.parametrize(
    "symbol_line",
    [
        "A/C0NF.62/C.2/sR.13",  # another meeting's number
        "A/CN.4/SR.12",  # another body's record
        "A/XYZW.62/C.2/SR.12",  # no symbol word a scan could have misread so
    ],
)
def test_a_symbol_below_the_notice_that_is_not_the_records_is_left(symbol_line: str) -> None:
    """The record's symbol is then the one its conference's numbering gives the meeting, marked derived."""
    meeting = only_meeting(parse("\n".join(_conference_scan(symbol_line))))
    assert (meeting["symbol"], meeting["symbol_derived"]) == ("A/CONF.62/C.2/SR.12", True)
    assert (meeting["meeting_number"], meeting["body"]) == (12, "A/CONF.62/C.2")


@pytest.mark.parametrize(
    ("named", "body"),
    [
        (["THIRD UNITED NATIONS CONFERENCE", "ON THE LAW OF THE SEA", "GENERAL COMMITTEE"], "A/CONF.62/BUR"),
        (["THIRD CONFERENCE ON THE. _LAW OF THE SEA"], "A/CONF.62"),  # a scan's specks; the plenary
        (["UNITED NATIONS CONFERENCE ON THE LAW OF TREATIES", "COMMITTEE OF THE WHOLE"], "A/CONF.39/C.1"),
        (["United Nations Conference on the Law of the Sea", "First Committee"], "A/CONF.13/C.1"),
    ],
)
def test_a_conference_and_its_organ_named_apart_give_the_records_body_and_symbol(named: list[str], body: str) -> None:
    lines = [*named, "SUMMARY RECORD OF THE EIGHTH MEETING", "held at Geneva, on Monday, 24 March 1975, at 10 a.m."]
    lines += ["The CHAIRMAN opened the meeting."]
    meeting = only_meeting(parse("\n".join(lines)))
    assert (meeting["body"], meeting["symbol"], meeting["symbol_derived"]) == (body, f"{body}/SR.8", True)


@pytest.mark.parametrize("symbol", [[], ["A/C.6/SR.1004"]])
def test_a_committees_agenda_that_names_a_conference_leaves_the_committee_its_own(symbol: list[str]) -> None:
    """The Sixth Committee's item "United Nations Conference on the Law of Treaties" is below its contents."""
    lines = ["GENERAL ASSEMBLY", *symbol, "SIXTH COMMITTEE", "SUMMARY RECORD OF THE 1004th MEETING"]
    lines += ["Held at Headquarters, New York, on Monday, 3 October 1966, at 3 p.m.", "CONTENTS"]
    lines += ["United Nations Conference on the Law of Treaties (continued)", "Other matters"]
    lines += ["The meeting was called to order at 3.15 p.m.", "1. Mr. ROSENNE (Israel) said that"]
    meeting = only_meeting(parse("\n".join(lines)))
    assert (meeting["body"], meeting["symbol"]) == ("A/C.6", "A/C.6/SR.1004")


def test_a_misread_title_and_a_symbol_whose_figure_a_scan_misread() -> None:
    """ "SUMNI-ARY RECORD OF THE TWELFTH MEETING" still names the meeting; a printed "SR.17" of the twelfth meeting
    is one figure misread, and the title in words wins. A verbatim record's title is not a summary record's."""
    title = "PROVISIONAL SUMNI-ARY RECORD OF THE TWELFTH MEETING"
    for batch in _parsed_both_ways(_conference_scan("", title, printed="A/CONF.62/C.2/SR.17 20 March 1975")):
        meeting = only_meeting(batch)
        assert (meeting["symbol"], meeting["symbol_derived"], meeting["meeting_number"]) == (
            "A/CONF.62/C.2/SR.12",
            False,
            12,
        )
    far = only_meeting(parse("\n".join(_conference_scan("", title, printed="A/CONF.62/C.2/SR.21 20 March 1975"))))
    assert far["symbol"] == "A/CONF.62/C.2/SR.21"  # two figures apart: no misreading, the symbol's number stands
    assert far["meeting_number"] == 21
    from transforms.masthead import read_masthead

    assert read_masthead(["PROVISIONAL VERBATIM RECORD OF THE TWELFTH MEETING"]).meeting_number is None


def test_a_title_numbering_the_meeting_in_its_session_yields_to_the_symbols_number() -> None:
    """An early Commission record titled "RECORD OF THE SECOND MEETING" of its session, E/CN.6/SR.31 by the body's
    count: the warehouse keys meetings by the body's count."""
    lines = [
        "ECONOMIC AND SOCIAL COUNCIL",
        "RESTRICTED E/CN.6/SR.31 9 January 1949 ORIGINAL: ENGLISH",
        "COMMISSION ON THE STATUS OF WOMEN THIRD SESSION SUMMARY",
        "RECORD OF THE SECOND MEETING",
        "Held at Lake Success, New York, on Friday, 7 January 1949, at 11 a.m.",
        "The CHAIRMAN opened the discussion of the questionnaire.",
    ]
    meeting = only_meeting(parse("\n".join(lines)))
    assert (meeting["symbol"], meeting["meeting_number"], meeting["body"]) == ("E/CN.6/SR.31", 31, "CSW")


@pytest.mark.parametrize(
    ("opening", "role"),
    [
        ("The CHAIRMAld said that the draft was ready.", "chair"),
        ("The CHA.IIMN thanked the members of the Committee.", "chair"),
        ("The CHILDREN of the region were the subject of the report.", None),
        # The first letters misread too, the word broken after its first letter, and "The" misread before it.
        ("The CIIAIRMAN said that the item was closed.", "chair"),
        ("The OHAIRMAN invited the Committee to vote.", "chair"),
        ("The C HAIRMAN said that the item was closed.", "chair"),
        ("Tho CHAIRMAN said that the item was closed.", "chair"),
        ("Time CHAIRMAN announced that the group had nominated its candidate.", "chair"),
        ("The US PRESIDENT said that the treaty would be signed.", None),
        ("The COMMITTEE decided to defer the item.", None),
        # Misread past knowing: capitals and stray marks, kept by the office's first letter and the verb after it;
        # not a possessive, initials, or a garbled word before no verb.
        ("The CIRAT1ii1l':N said that the papers were not yet ready.", "chair"),
        ("The CH&IRMAF appealed to speakers to be brief.", "chair"),
        ("The P~ESIi)EN'l' said that the Conference would resume.", "chair"),
        ("The Committee's proposed text was adopted without a vote.", None),
        ("The P.L.O. stated that it would attend.", None),
        ("The CI&IRMAF of the sub-committee was absent.", None),
    ],
)
def test_an_office_in_capitals_a_scan_misread(opening: str, role: str | None) -> None:
    from transforms.speakers import attribute_by_rules

    attribution = attribute_by_rules(opening)
    assert (attribution.role if attribution else None) == role


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("MYlr. VALLARTA (Mexico) said that the group had met twice.", ("Vallarta", "delegation", "MEX")),
        (
            "lIr. OKAFOR (Nigeria), speaking as Chairman of the working group, said that it had met.",
            ("Okafor", "delegation", "NGA"),
        ),
        ("Mlr. DE LA FUENTE (Peru) supported the amendment.", ("De la Fuente", "delegation", "PER")),
        # A State whose name opens with "the" in its brackets.
        (
            "Mlr. KOVALENKO (the former Yugoslav Republic of Macedonia) stressed that the group had met.",
            ("Kovalenko", "delegation", "MKD"),
        ),
        # Only before a name in capitals and a bracket: no word in a sentence, no title before a name in title case.
        ("Ilr. the member said that it had met.", None),
        ("MYlr. Vallarta said that the group had met.", None),
        # A French scan's comma for the stop of "M.", before a name in capitals, its State glued on.
        ("M, CHOUKAIRI(Syrie) dit que le paragraphe est urgent.", ("Choukairi", "delegation", "SYR")),
        ("M, Choukairi dit que le paragraphe est urgent.", None),
    ],
)
def test_a_delegates_title_a_scan_misread(opening: str, speaker: tuple[str, str, str] | None) -> None:
    from transforms.speakers import attribute

    attribution = attribute(opening, in_romance=opening.startswith("M,"))
    found = (attribution.name, attribution.role, attribution.country_iso3) if attribution else None
    assert found == speaker


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Mr. OKAFOR Chief, Petitions Branch, Office of the High Commissioner for Human Rights (OHCHR)) said that it"
         " was ready.", ("Okafor", "secretariat")),
        ("Ms. LINDQVIST Director of the Division (UNICEF)) said that the programme had grown.",
         ("Lindqvist", "observer")),
        # Brackets that close what they opened, or a name in title case, are read as before.
        ("Mr. OKAFOR said that article 4) was ready.", ("Okafor", "member")),
        ("Mr. Okafor Chief of the Branch) said that it was ready.", None),
    ],
)  # fmt: skip
def test_an_office_whose_opening_bracket_was_lost(opening: str, speaker: tuple[str, str] | None) -> None:
    """ "Mr. X Chief, ... Branch (OHCHR)) said": a conversion lost the bracket that opens the office after a name
    in capitals; the one that closes it stands before the verb."""
    from transforms.speakers import attribute

    found = attribute(opening)
    assert (None if found is None else (found.name, found.role)) == speaker


def test_french_co_chairs_each_named_by_the_body_in_brackets() -> None:
    """A joint meeting of two bodies: "Coprésidente:" and "Coprésident:" in one word, each speaking as "Le
    COPRÉSIDENT (Comité contre la torture)" or "La COPRÉSIDENTE (Sous-Comité ...)"."""
    lines = [
        "NATIONS UNIES",
        "CAT/C/SR.1203",
        "COMITÉ CONTRE LA TORTURE",
        "Quarante-cinquième session",
        "COMPTE RENDU ANALYTIQUE DE LA 1203e SÉANCE",
        "tenue au Palais Wilson, à Genève, le mardi 9 novembre 2010, à 10 heures",
        "Coprésidente: Mme VALDÉS (Sous-Comité pour la prévention de la torture)",
        "Coprésident: M. LEROUX (Comité contre la torture)",
        "SOMMAIRE",
        "OUVERTURE DE LA RÉUNION COMMUNE",
        "La séance est ouverte à 10 h 5.",
        "OUVERTURE DE LA RÉUNION COMMUNE",
        "1. Le COPRÉSIDENT (Comité contre la torture) souhaite la bienvenue aux membres du Sous-Comité.",
        "2. La COPRÉSIDENTE (Sous-Comité pour la prévention de la torture) indique que les deux mandats se complètent.",
    ]
    for batch in _parsed_both_ways(lines):  # run on, a label is not broken from its officer ("Coprésidente: Mme X (")
        meeting = only_meeting(batch)
        assert (meeting["chair_name"], meeting["called_to_order"]) == ("Valdés", time(10, 5))
        assert speakers(batch) == [("Leroux", "chair", None), ("Valdés", "chair", None)]


def test_a_french_label_for_either_sex_and_a_temporary_chair_run_onto_one_line() -> None:
    """ "Président (e) provisoire: M. X (Directeur ...)" on the line of the date, and "Le Président provisoire,
    s'exprimant au nom de ..., déclare"."""
    lines = [
        "Nations Unies",
        "CED/C/SR.301",
        "Comité des disparitions forcées",
        "Dix-huitième session",
        "Compte rendu analytique de la première partie (publique)* de la 301 e séance",
        "Tenue au Palais des Nations, à Genève, le lundi 4 avril 2020, à 10 heures",
        "Président (e) provisoire: M. Haddad (Directeur de la Division des traités)",
        "Sommaire",
        "Ouverture de la session",
        "La séance est ouverte à 10 h 5.",
        "Ouverture de la session",
        "Le Président provisoire, s’exprimant au nom de la Haut-Commissaire, déclare ouverte la session.",
        "M. Okonkwo (Nigéria) dit que son pays souhaite la bienvenue aux membres du Comité.",
    ]
    expected = [("Haddad", "chair", None), ("Okonkwo", "delegation", "NGA")]
    assert _both_ways(lines) == [expected, expected]


def test_offices_in_capitals_of_co_chairs_and_temporary_chairs_and_numbers_glued_to_a_clause() -> None:
    """ "The CO-CHAIRPERSON (...)", "1.The Temporary Chairperson, speaking ..., declared" after a heading, a notice
    run onto the chair's line, and "... of the report 2.After a discussion in which ..., the CHAIRMAN read out":
    a paragraph whose sentence before lost its stop."""
    lines = [
        "Distr. GENERAL",
        "CAT/C/SR.1288",
        "Original: ENGLISH",
        "COMMITTEE AGAINST TORTURE",
        "Fifty-first session",
        "SUMMARY RECORD OF THE 1288th MEETING",
        "Held at the Palais Wilson, Geneva, on Tuesday, 13 November 2013, at 10 a.m.",
        "Co-Chairperson: Mr. BRANDT (Committee against Torture)",
        "Co-Chairperson: Ms. ONYANGO (Subcommittee on Prevention of Torture)",
        "This record is subject to correction.",
        "CONTENTS",
        "JOINT MEETING OF THE COMMITTEE AND THE SUBCOMMITTEE",
        "The meeting was called to order at 10.05 a.m.",
        "JOINT MEETING OF THE COMMITTEE AND THE SUBCOMMITTEE",
        "The CO-CHAIRPERSON (Committee against Torture) welcomed the members of the Subcommittee.",
        "The CO-CHAIRPERSON (Subcommittee on Prevention of Torture) said that the two bodies worked as one.",
    ]
    expected = [("Brandt", "chair", None), ("Onyango", "chair", None)]
    assert _both_ways(lines) == [expected, expected]
    numbered = [
        *lines[:13],
        "ORGANIZATIONAL MATTERS",
        "1.Mr. SOLBERG (Rapporteur) drew attention to the list of country rapporteurs in the report",
        "2.After a discussion in which Mr. SOLBERG and Ms. ONYANGO took part, the CHAIRMAN read out the list.",
        "3.Mr. SOLBERG (Rapporteur) said that the list would be sent to the States parties.",
    ]
    assert _both_ways(numbered)[1] == [
        ("Solberg", "rapporteur", None),
        ("Brandt", "chair", None),
        ("Solberg", "rapporteur", None),
    ]


def test_names_with_particles_and_a_temporary_chair_after_a_heading_in_title_case() -> None:
    """Unnumbered, run on: "... Opening of the session The Temporary Chairperson, speaking ..., declared", then
    names whose particle is in lower case ("Ms. Souza de Lima (Brazil), introducing ...", "Mr. de Vries (...)")."""
    lines = [
        *[line for line in MODERN_HEAD if not line.startswith("Chair:")][:8],
        "Temporary Chair:Mr. de Vries",
        *MODERN_HEAD[9:],
        "Opening of the session",
        "The Temporary Chairperson, speaking on behalf of the High Commissioner, declared the session open.",
        "Consideration of reports of States parties",
        "Ms. Souza de Lima (Brazil), introducing the report, said that her Government had created a search unit.",
        "Mr. de Vries (Secretary of the Committee) said that the list of speakers was closed.",
    ]
    expected = [("de Vries", "chair", None), ("Souza de Lima", "delegation", "BRA"), ("de Vries", "chair", None)]
    assert _both_ways(lines) == [expected, expected]


def test_a_short_masthead_an_excerpt_cut_before_its_contents() -> None:
    """An excerpt's masthead run onto one line of under 200 characters, cut by its elision mark."""
    text = (
        "HUMAN RIGHTS COUNCIL Sixth session SUMMARY RECORD OF THE 22nd MEETING Held at the Palais des Nations, "
        "Geneva, on Friday, 28 September 2007, at 10 a.m. President: Mr. IONESCU (Romania) CONTENTS /… "
        "HUMAN RIGHTS SITUATION IN THE REGION (continued) The meeting was called to order at 10.20 a.m. /… "
        "83. Mr. KHAN (Pakistan) said that the missions had not been able to travel. "
        + "They had asked for access many times and had been refused each time. " * 8
        + "84. The PRESIDENT said that the Council would vote later."
    )
    batch = parse(text)
    meeting = only_meeting(batch)
    assert (meeting["meeting_number"], meeting["meeting_date"], meeting["chair_name"]) == (
        22,
        date(2007, 9, 28),
        "Ionescu",
    )
    assert speakers(batch) == [("Khan", "delegation", "PAK"), ("Ionescu", "chair", None)]


FRENCH_PART = [
    "Nations Unies CAT/C/SR.1450",
    "Convention contre la torture et autres peines ou traitements cruels, inhumains ou dégradants",
    "Distr. générale 20 novembre 2016",
    "Original: anglais",
    "Comité contre la torture",
    "Cinquante-huitième session",
    "Co mpte rendu de la première partie (publique)* de la 1450 e séance",
    "Tenue au Palais des Nations, à Genève, le lundi 7 novembre 2016, à 10 heures",
    "Président e: Mme Lindqvist",
    "Sommaire",
    "Ouverture de la session",
    "La séance est ouverte à 10 h 10.",
    "Ouverture de la session",
    "1.La Présidente déclare ouverte la cinquante-huitième session du Comité et souhaite la bienvenue aux membres.",
]


@pytest.mark.parametrize("cut_in_the_first_paragraph", [True, False])
def test_a_french_part_titled_without_analytique_and_a_label_a_conversion_broke(
    cut_in_the_first_paragraph: bool,
) -> None:
    """ "Co mpte rendu de la première partie (publique)", "Président e:", and an excerpt cut in its first paragraph,
    whose number is glued to "La Présidente": run onto one line, read as line by line."""
    lines = FRENCH_PART if cut_in_the_first_paragraph else [
        *FRENCH_PART,
        "2.M. Aubry (Chef de la Section des traités) dit que le Haut-Commissariat a défini ses priorités.",
    ]  # fmt: skip
    expected = [("Lindqvist", "chair", None)] + ([] if cut_in_the_first_paragraph else [("Aubry", "secretariat", None)])
    for batch in _parsed_both_ways(lines):
        meeting = only_meeting(batch)
        assert (meeting["meeting_number"], meeting["chair_name"], meeting["called_to_order"]) == (
            1450,
            "Lindqvist",
            time(10, 10),
        )
        assert speakers(batch) == expected


def test_french_labels_presidence_and_partiel_without_brackets() -> None:
    lines = [
        "NATIONS UNIES CCPR Pacte international relatif aux droits civils et politiques Distr.GÉNÉRALE",
        "CCPR/C/SR.2410",
        "Original: FRANÇAIS",
        "COMITÉ DES DROITS DE L’HOMME Quatre-vingt-huitième session",
        "COMPTE RENDU ANALYTIQUE PARTIEL* DE LA 2410e SÉANCE",
        "tenue au Palais Wilson, à Genève, le lundi 16 octobre 2006, à 10 heures",
        "Présidence: Mme DUBOIS",
        "SOMMAIRE",
        "OUVERTURE DE LA SESSION",
        "La séance est ouverte à 10 h 15.",
        "OUVERTURE DE LA SESSION",
        "1.La PRÉSIDENTE déclare ouverte la session et invite le représentant du Secrétaire général à prendre la "
        "parole.",
        "2.M. BERNIER (Représentant du Secrétaire général) dit que le Haut-Commissariat a défini ses priorités.",
    ]
    expected = [("Dubois", "chair", None), ("Bernier", "secretariat", None)]
    for batch in _parsed_both_ways(lines):
        assert (only_meeting(batch)["meeting_part"], only_meeting(batch)["chair_name"]) == ("partial", "Dubois")
        assert speakers(batch) == expected


def test_spanish_offices_in_mixed_case_and_capitals_run_onto_one_line() -> None:
    """ "La Presidenta invita" after a heading that ends with a symbol, "El Presidente provisional declara", "1.el
    PRESIDENTE" with its article in lower case, "La PRESIDENTA , hablando ..., dice" and "El S r. DAVID" with its
    title broken."""
    head = [
        "Naciones Unidas CEDAW/C/SR.456",
        "Convención sobre la eliminación de todas las formas de discriminación contra la mujer",
        "Distr. general 2 de agosto de 2000",
        "Original: inglés",
        "Comité para la Eliminación de la Discriminación contra la Mujer",
        "23º período de sesiones",
        "Acta resumida de la 456ª sesión",
        "Celebrada en la Sede, Nueva York, el viernes 23 de junio de 2000, a las 15.00 horas",
        "Presidenta:Sra. Ortega",
        "Sumario",
        "Programa provisional del 24º período de sesiones",
        "Se declara abierta la sesión a las 15.10 horas.",
    ]
    mixed = [
        *head,
        "Programa provisional del 24º período de sesiones (CEDAW/C/2000/II/CRP.2)",
        "La Presidenta invita a los miembros a examinar el programa provisional.",
        "Así queda acordado.",
        "Clausura del período de sesiones",
        "La Sra. Moreau (Subsecretaria General, Asesora Especial) dice que el Comité ha trabajado mucho.",
    ]
    expected = [("Ortega", "chair", None), (None, "procedural", None), ("Moreau", "secretariat", None)]
    assert _both_ways(mixed) == [expected, expected]
    capitals = [
        *head,
        "APERTURA DEL PERÍODO DE SESIONES",
        "1.el PRESIDENTE declara abierto el período de sesiones.",
        "2. La PRESIDENTA , hablando a título personal, dice que las observaciones deben ser breves.",
        "DECLARACIÓN DEL REPRESENTANTE DE LA ALTA COMISIONADA",
        "3. El S r. DAVIDSON (Representante de la Alta Comisionada) transmite los mejores deseos de la Alta "
        "Comisionada.",
    ]
    expected = [("Ortega", "chair", None), ("Ortega", "chair", None), ("Davidson", "secretariat", None)]
    assert _both_ways(capitals) == [expected, expected]


def test_a_line_that_opens_with_another_documents_spaced_symbol_still_gives_the_meeting_symbol_inside_it() -> None:
    """The look for a scan's spaced symbol ("A/CONF. 62/SR. 56") at a line's start does not stop a line that opens
    with another document's from being read for the meeting symbol inside it."""
    from transforms.record_symbol import SymbolsSeen, collect_symbol

    symbols = SymbolsSeen()
    collect_symbol("CRC/C/61/L. 1 and Add.1, as revised in CRC/C/SR.1697", symbols)
    assert (symbols.printed, symbols.in_sentences) == ([], [("CRC/C/SR.1697", "")])


def test_a_short_line_of_two_symbols_joined_by_a_word_is_not_closed_up_into_one() -> None:
    """Closing up a short line's spaces mends a symbol a space slipped into ("C AT/C/SR.1823"), not a line that
    names two documents ("CRC/C/61/L. 1 and CRC/C/SR.1697", once read as "CRC/C/61/L.1andCRC/C/SR.1697")."""
    from transforms.record_symbol import SymbolsSeen, collect_symbol

    two = SymbolsSeen()
    collect_symbol("CRC/C/61/L. 1 and CRC/C/SR.1697", two)
    assert (two.printed, two.in_sentences) == ([], [("CRC/C/SR.1697", "")])
    slipped = SymbolsSeen()
    collect_symbol("C AT/C/SR.1823", slipped)
    assert slipped.printed == [("CAT/C/SR.1823", "")]


def test_french_and_spanish_runs_whose_title_or_first_number_a_conversion_damaged() -> None:
    """Run onto one line as well as line by line: "A CTA RESUMIDA (P ARCIAL )" is the title still; a first
    paragraph that lost its number before "2.El Sr. X" starts the run at 2; a named turn with an initial or no
    space before its bracket ("M. A. Ouedraogo (Burkina Faso)", "M. Hoscheit(Luxembourg)") is a turn."""
    spanish = [
        "Naciones Unidas CAT/C/SR.932",
        "Distr. general 27 de septiembre de 2010",
        "Comité contra la Tortura",
        "44º período de sesiones",
        "A CTA RESUMIDA (P ARCIAL ) * DE LA 932ª SESIÓN",
        "Celebrada en el Palais Wilson, Ginebra, el jueves 29 de abril de 2010, a las 10.00 horas",
        "Presidente: Sr. Grossman",
        "Se declara abierta la sesión a las 10.05 horas.",
        "Examen de los informes presentados por los Estados partes (continuación)",
        "Por invitación del Presidente, la delegación de Jordania toma asiento a la Mesa del Comité.",
        "2.El Sr. Haddad (Jordania) dice que su Gobierno ha reforzado la formación de la policía.",
        "3.El Gobierno prevé crear un mecanismo nacional de prevención el año próximo.",
        "4.El PRESIDENTE da las gracias a la delegación.",
    ]
    # The seating line before "2." stays above the paragraphs, as in the record printed line by line.
    expected = [("Haddad", "delegation", "JOR"), ("Haddad", "delegation", "JOR"), ("Grossman", "chair", None)]
    assert _both_ways(spanish) == [expected, expected]
    for batch in _parsed_both_ways(spanish):
        meeting = batch.frames["meetings"].row(0, named=True)
        assert (meeting["meeting_number"], meeting["meeting_part"]) == (932, "partial")
    french = [
        "Nations Unies CCPR/C/SR.3280",
        "Distr. générale 12 juillet 2016",
        "Comité des droits de l’homme",
        "Cent dix-septième session",
        "Compte rendu analytique de la 3280e séance",
        "Tenue au Palais Wilson, à Genève, le lundi 4 juillet 2016, à 15 heures",
        "Président: M. Iwasawa",
        "La séance est ouverte à 15 h 5.",
        "M. A. Ouedraogo (Burkina Faso) explique que la réforme du code pénal a été adoptée en 2015.",
        "M. Hoscheit(Luxembourg) dit que son pays appuie le texte.",
    ]
    expected = [("A. Ouedraogo", "delegation", "BFA"), ("Hoscheit", "delegation", "LUX")]
    assert _both_ways(french) == [expected, expected]


def test_the_public_meetings_opening_line_after_a_running_head_in_a_run() -> None:
    """A scan's run puts the page head before the opening line ("... E/CN.4/1986/SR.57/Add.1 page 2 The public
    meeting was called to order at 7.15 p.m."): the opening line is read all the same."""
    run = (
        "UNITED NATIONS ECONOMIC AND SOCIAL COUNCIL Distr. GENERAL E/CN.4/1986/SR.57/Add.1 20 March 1986 "
        "COMMISSION ON HUMAN RIGHTS Forty-second session SUMMARY RECORD OF THE SECOND PART (PUBLIC) OF THE 57th "
        "MEETING Held at the Palais des Nations, Geneva, on Friday, 14 March 1986, at 6 p.m. Chairman: Mr. CHARRY "
        "SAMPER (Colombia) CONTENTS Statement by the Chairman This record is subject to correction. GE.86-11723 "
        "E/CN.4/1986/SR.57/Add.1 page 2 The public meeting was called to order at 7.15 p.m. STATEMENT BY THE "
        "CHAIRMAN 1. The CHAIRMAN said that the Commission had ended its work. 2. Mr. ERMACORA (Austria) thanked "
        "the Chairman. The meeting rose at 7.40 p.m."
    )
    meeting = only_meeting(parse(run))
    assert (meeting["called_to_order"], meeting["rose_at"]) == (time(19, 15), time(19, 40))


def test_an_officers_line_run_on_into_the_unlabelled_list_of_members() -> None:
    """ "Chairman: Mr. Leslie HALE Canada Mr. ROUX Belgium Mr. WEI China ...": the chair is the first named; a
    scan's semicolon for a label's colon ("Rapporteur; Mr. X") ends the chair's name too."""
    members = " ".join(f"Mr. MEMBER{n} Country{n}" for n in range(30))  # a list long enough to be a notice's length
    lines = ["Ad Hoc Committee on Statelessness and Related Problems"]
    lines += ["First Session: Summary Record of the Eighteenth Meeting"]
    lines += ["Held at Lake Success, New York, on Tuesday, 31 January 1950, at 2.30 p.m."]
    lines += [f"Chairman: Mr. Leslie HALE Canada {members}", "The CHAIRMAN invited the Committee to resume its debate."]
    for batch in _parsed_both_ways(lines):
        assert only_meeting(batch)["chair_name"] == "Leslie Hale"
        assert speakers(batch) == [("Leslie Hale", "chair", None)]
    from transforms.presiding import presiding_officer

    officer = presiding_officer("Chairman", "Mrs. Eleanor WEBB United States of America Rapporteur; Mr. Charles AZIZ")
    assert officer.name == "Eleanor Webb"


@pytest.mark.parametrize(
    "next_officer",
    ["Rapporteur- General: Mr. MORRIS Barbados", "Executive Secretary: Mr. HALE", "Rappnrteur=Genoral: Mr...MORRIS"],
)
def test_a_scans_officers_run_on_and_a_first_turn_whose_the_it_misread(next_officer: str) -> None:
    """A reading room's scan of a conference organ: the State after the chair without brackets and the next
    officer's label, of two words, on the same line ("Rapporteur- General:", a space left inside the hyphen); the
    first turn, after a heading in capitals, opens with "The" misread ("Time CHAIRMAN") and is kept, not lost with
    the heading above it."""
    lines = [
        "Approved For Release 2002/06/14",
        "THIRD CONFERENCE ON THE LAW OF THE SEA",
        "Third Session",
        "GENERAL COMMITTEE",
        "PROVISIONAL SUMMARY RECORD OF THE NINTH MEETING",
        "held at the Palais des Nations, Geneva, on Tuesday, 1 April 1975, at 3.20 p.m.",
        f"Chairman: Mr. OKONJO Nigeria {next_officer}",
        "A/CONF.62/BUR/SR.9 GE.75-63301",
        "ALLOCATION OF ITEMS TO THE COMMITTEES",
        "Time CHAIRMAN announced that the Asian Group had named a new Vice-Chairman of the Second Committee.",
        "Mr. DUARTE (Portugal) said that his delegation welcomed the choice.",
    ]
    for batch in _parsed_both_ways(lines):
        meeting = only_meeting(batch)
        assert meeting["chair_name"] == "Okonjo"
        assert speakers(batch) == [("Okonjo", "chair", None), ("Duarte", "delegation", "PRT")]


def test_numbered_items_run_into_their_turns_on_one_line() -> None:
    """A run of the first years' record numbers the agenda's items and runs each item's heading into its first
    turn ("1. Election of Chairman Mr. KARIM (Pakistan) nominated ..."): the heading is set apart, and the turns
    after it, unnumbered, are each a paragraph of their own."""
    lines = [
        "General Assembly 12 September 1947",
        "Held at Lake Success, New York Friday, 12 September 1947, at 3 p.m.",
        "Temporary Chairman: Mr. S. LUND (Norway)",
        "1. Election of Chairman Mr. KARIM (Pakistan) proposed Mr. Alvarez as the Committee's Chairman, citing his "
        "years as a judge. Mr. PETERSEN (Denmark) endorsed the proposal. Mr. NOVAK (Czechoslovakia) "
        "said that his delegation would abstain.",
        "2. Election of Rapporteur Mr. DUARTE (Portugal) nominated Mr. Okafor.",
    ]
    rows = [row for row in speakers(parse(" ".join(lines))) if row[1] != "procedural"]
    assert rows == [
        ("Karim", "delegation", "PAK"),
        ("Petersen", "delegation", "DNK"),
        ("Novak", "delegation", "CSK"),
        ("Duarte", "delegation", "PRT"),
    ]


def test_a_spanish_excerpt_that_starts_at_a_later_paragraph_without_its_opening_line() -> None:
    """A law commission's page gives one meeting's title and then its paragraphs 40 to 43, no opening line: run onto
    one line, the paragraphs still break at their running numbers (three in a row, though none is "1." or "2."),
    the unnamed one continues the turn before it, and words of a sentence that a masthead also prints ("presentes",
    "Comisión debe") break nothing."""
    lines = [
        "Acta resumida de la 512ª sesión de la Comisión (A/CN.9/SR.512).",
        "40. El Sr. HALVORSEN (Noruega) opina que los peritos no necesitan estar presentes en todas las audiencias; "
        "pueden declarar por escrito si las partes lo aceptan.",
        "41. Añade que la Comisión debe aclarar en el comentario quién sufraga sus honorarios.",
        "42. El PRESIDENTE dice que la propuesta se recogerá en el informe.",
        "43. La Sra. OKAFOR (Nigeria) apoya la propuesta de Noruega.",
    ]
    expected = [
        ("Halvorsen", "delegation", "NOR"),
        ("Halvorsen", "delegation", "NOR"),
        (None, "chair", None),
        ("Okafor", "delegation", "NGA"),
    ]
    assert _both_ways(lines) == [expected, expected]


def test_a_french_officer_in_capitals_run_into_the_heading_below_him() -> None:
    """A yearbook's page run onto one line: "Président : M. Anatole B. KOVALENKO Examen du projet ..." ends the
    officer's name at his capitals, so the chair is named and the heading is a heading."""
    lines = [
        "Compte rendu analytique de la 733e séance",
        "A/CN.4/SR.733",
        "Mardi 9 juin 1964, à 10 heures",
        "Président : M. Anatole B. KOVALENKO",
        "Examen du projet d'articles sur les missions spéciales (A/CN.4/166)",
        "1. Le PRÉSIDENT invite la Commission à poursuivre l'examen de l'article 3.",
        "2. M. DELACROIX estime que le texte doit être plus bref.",
    ]
    for batch in _parsed_both_ways(lines):
        assert only_meeting(batch)["chair_name"] == "Anatole B. Kovalenko"  # as the masthead prints him
        assert speakers(batch) == [("Anatole B. Kovalenko", "chair", None), ("Delacroix", "member", None)]


def test_a_french_title_without_analytique_over_a_run() -> None:
    """ "Compte rendu de la 612ème séance", as some New York records title it, heads a run like the usual title:
    the masthead's fields and the paragraphs below are broken apart, not refused."""
    lines = [
        "Comité pour l'élimination de la discrimination à l'égard des femmes",
        "Trentième session",
        "Compte rendu de la 612ème séance",
        "Tenue au Siège, New York, le lundi 12 janvier 2004, à 15 heures.",
        "Présidente:Mme Nordlund",
        "La séance est ouverte à 15 h 5.",
        "1. À l'invitation de la Présidente, Mme Berger (Luxembourg) prend place à la table du Comité.",
        "2.Mme Berger (Luxembourg) dit que la loi sur l'égalité a été adoptée en 2003.",
        "3.Mme Okonkwo demande si la loi s'applique aussi au secteur privé.",
    ]
    expected = [(None, "procedural", None), ("Berger", "delegation", "LUX"), ("Okonkwo", "member", None)]
    assert _both_ways(lines) == [expected, expected]


def test_a_french_officer_in_a_tables_cells_and_after_a_spaced_colon_run_onto_one_line() -> None:
    """A 1950 scan's officers printed as a table ("Président : | M. Olaf BRENNER | Norvège |") and a conference's
    officer after a spaced colon ("Président : M. ARÉVALO (Guatemala)"): run onto one line, each is still the
    masthead's presiding officer, and "Le PRÉSIDENT" is named after him."""
    table = [
        "COMITÉ SPÉCIAL DES RÉFUGIÉS : COMPTE RENDU ANALYTIQUE DE LA DIX-NEUVIÈME SÉANCE",
        "E/AC.99/SR.19",
        "Président : | M. Olaf BRENNER | Norvège |",
        "Présents : | M. DUVAL | France |",
        "M. OKSUZ | Turquie | |",
        "PROJET DE CONVENTION (E/AC.99/L.2) (suite)",
        "1. Le PRÉSIDENT invite le Comité à reprendre l'examen de l'article 4.",
        "2. M. DUVAL (France) estime que l'article doit viser aussi les apatrides.",
    ]
    expected = [("Olaf Brenner", "chair", None), ("Duval", "delegation", "FRA")]
    assert _both_ways(table) == [expected, expected]
    conference = [
        "COMPTE RENDU ANALYTIQUE DE LA DOUZIÈME SÉANCE",
        "tenue au Capitole, La Havane, le 2 mars 1948, à 15 heures.",
        "Président : M. ARÉVALO (Guatemala)",
        "ARTICLE 9 (document E/CONF.9/C.3/12)",
        "1. Le PRÉSIDENT ouvre la discussion sur l'article 9 et rappelle que la Commission a examiné hier les "
        "propositions de plusieurs délégations relatives aux restrictions quantitatives.",
        "2. M. KOWALSKI (Pologne) propose de supprimer le deuxième paragraphe, qui lui paraît inutile, puisque le "
        "premier paragraphe vise déjà tous les cas dont il s'agit.",
    ]
    expected = [("Arévalo", "chair", None), ("Kowalski", "delegation", "POL")]
    assert _both_ways(conference) == [expected, expected]


def test_a_closed_meetings_scan_with_a_semicolon_for_the_chairs_colon_a_rank_and_a_speck_run_onto_one_line() -> None:
    """A 1947 scan run onto one line: "Held in closed session at ...", "Chairman; Mrs. X" (a semicolon for the
    colon) still make a masthead; "Colonel BRANDT (Australia)" opens a turn as "Mr. X" does; and "'The CHAIRMAN",
    a speck before the office, is the Chair's turn."""
    lines = [
        "ECONOMIC AND SOCIAL COUNCIL",
        "COMMISSION ON HUMAN RIGHTS",
        "SUMMARY RECORD OF THE FORTY-FIRST MEETING",
        "Held in closed session at the Palais des Nations, Geneva, on Tuesday, 9 December 1947, at 3 p.m.",
        "Chairman; Mrs. Ingrid HALVORSEN (Norway)",
        "Members: Colonel W. R. BRANDT (Australia)",
        "Mr. DUVAL (France)",
        "Distribution of the list of communications",
        "'The CHAIRMAN raised the question of who might attend the closed meeting, and asked the members for their "
        "views before the list was handed out.",
        "Colonel BRANDT (Australia) stated that the Commission could not exclude the observers without a decision of "
        "the Council.",
        "Mr. DUVAL (France) said that the question should be settled before the list was distributed.",
    ]
    expected = [
        ("Ingrid Halvorsen", "chair", None),
        ("Brandt", "delegation", "AUS"),
        ("Duval", "delegation", "FRA"),
    ]
    assert _both_ways(lines) == [expected, expected]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("... que la Corte dijo en su fallo. La Comisión deberá cuidar de no privar a la costumbre de su flexibilidad "
         "y de su carácter evolutivo. 23. En conclusión, el Sr. HALVORSEN dice que el programa de trabajo propuesto "
         "le parece demasiado ambicioso y que habrá que tratar numerosas cuestiones espinosas. 24. El Sr. OKAFOR dice "
         "que es esencial conservar la flexibilidad de la costumbre, y que el proceso de identificación debe ser "
         "práctico y realista, no exageradamente positiviste; la práctica de los Estados no necesita ser universal, "
         "basta con que sea general y constante.",
         [("Halvorsen", "member", None), ("Okafor", "member", None)]),
        ("... dont la Cour a parlé dans son arrêt. La Commission devra veiller à ne pas priver la coutume de sa "
         "souplesse. 31. Pour conclure, M. HALVORSEN dit que le programme de travail proposé lui semble trop ambitieux "
         "et que de nombreuses questions épineuses devront être traitées. 32. M. OKAFOR dit qu'il est essentiel de "
         "préserver la souplesse de la coutume, et que le processus d'identification doit être pratique et réaliste; "
         "la pratique des États n'a pas besoin d'être universelle, il suffit qu'elle soit générale et constante.",
         [("Halvorsen", "member", None), ("Okafor", "member", None)]),
    ],
)  # fmt: skip
def test_a_yearbook_page_run_onto_one_line_that_starts_inside_a_meeting(page: str, expected: list[object]) -> None:
    """A yearbook's page run onto one line, under no title and no meeting's heading: its paragraphs are broken at
    their running numbers (two in a row, a turn after each, the first after a clause: "23. En conclusión, el Sr. X
    dice"), so each paragraph keeps its own speaker."""
    padded = page.replace("... ", "... " + "La Comisión examinó el proyecto de artículos. " * 20, 1)
    assert speakers(parse(padded)) == expected


def test_a_numbered_turn_whose_misread_title_is_glued_to_its_number_keeps_the_run_of_numbers() -> None:
    """A numbered record run onto one line, its numbers glued to the text ("33.lIr. BANDA (Malawi)"), whose scan
    misread one title: that turn opens its paragraph, and the numbers after it still break the run; every turn after
    it had been read into one paragraph."""
    line = " ".join(
        [
            "HUMAN RIGHTS COUNCIL First session SUMMARY RECORD OF THE 38th MEETING Held at the Palais des Nations,",
            "Geneva, on Friday, 21 April 2006, at 10 a.m. President: Mrs. SHONGWE (Belize)",
            "The meeting was called to order at 10.10 a.m.",
            "1.Mr. TAVARES (Angola) said that the legislation had been amended.",
            "2.lIr. BANDA (Malawi) indicated that any decision must be taken by consensus.",
            "3.The observer for Human Rights Watch said that the decision must be taken by consensus.",
            "4.Mr. HAMDAN (United Arab Emirates) pointed out that the report was late.",
        ]
    )
    assert speakers(parse(line)) == [
        ("Tavares", "delegation", "AGO"),
        ("Banda", "delegation", "MWI"),
        (None, "observer", None),
        ("Hamdan", "delegation", "ARE"),
    ]


@pytest.mark.parametrize("opening", ["The me eting was called to order", "The meetin g w as called to order"])
@pytest.mark.parametrize("masthead", [True, False], ids=["whole", "excerpt-from-the-opening-line"])
def test_a_run_onto_one_line_whose_opening_line_a_conversion_broke_is_read(opening: str, masthead: bool) -> None:
    """A record run onto one line whose opening line has a letter set apart by a conversion ("The me eting was called
    to order at 3 p.m."): the hour is the opening line's, not the resumption's after a suspension, and the numbered
    turns are read, whether the masthead is there or the excerpt begins at that line."""
    head = (
        "United Nations CERD/C/SR.2910 Committee on the Elimination of Racial Discrimination 108th session Summary"
        " record of the 2910th meeting Held at the Palais des Nations, Geneva, on Tuesday, 17 October 2023, at 3 p.m."
        " Chair: Mrs. Diallo Contents General comments of the Committee (continued) "
    )
    body = (
        f"{opening} at 3.10 p.m. General comments of the Committee (continued) 1. The Chair invited the Committee to"
        " resume its reading of the draft general comment. 2. Mr. Issoufou (Rapporteur for the general comment)"
        " explained that paragraph 29 addressed hate speech. The meeting was suspended at 3.40 p.m. and resumed at"
        " 3.55 p.m. 3. Ms. Quispe asked whether the paragraph was needed, since the Committee had adopted a general"
        " recommendation on the same question at its previous session and the text before it repeated much of it."
        " 4. Mr. Issoufou (Rapporteur for the general comment) said that the paragraph went further than the general"
        " recommendation, since it addressed the obligations of States parties towards indigenous peoples' land."
    )
    batch = parse(head + body if masthead else body)
    assert batch.rejects == []
    assert batch.frames["meetings"]["called_to_order"].to_list() == [time(15, 10)]
    assert speakers(batch) == [
        ("Diallo" if masthead else None, "chair", None),
        ("Issoufou", "rapporteur", None),
        ("Quispe", "member", None),
        ("Issoufou", "rapporteur", None),
    ]


def test_paragraph_numbers_printed_at_the_end_of_the_line_above_open_their_paragraphs() -> None:
    """A conversion that read each paragraph's number in the margin with the line before prints it at that line's end
    ("... the agenda item. 2." / "Mr. X (Albania) recalled ..."): each number opens its own paragraph again. A year
    that merely ends a sentence and a line ("in 2010.") stays where it is."""
    lines = [
        *MASTHEAD,
        "The meeting was called to order at 3.15 p.m.",
        "Agenda item 77: Conventional weapons (continued) (A/64/198) 1.",
        "The Chair invited the Committee to continue its general discussion of the agenda item. 2.",
        "Mr. Tavares (Albania) recalled that the meeting would be held in 2010. 3.",
        "Ms. Nasser (United Arab Emirates) observed that the Office had received 738 complaints. 4.",
        "Nuclear disarmament could not be addressed in isolation.",
    ]
    statements = parse("\n".join(lines)).frames["statements"]
    assert statements.select("paragraph", "speaker_name", "speaker_role").rows() == [
        (1, "Aidoo", "chair"),
        (2, "Tavares", "delegation"),
        (3, "Nasser", "delegation"),
        (4, "Nasser", "delegation"),
    ]
    assert statements["text"][1] == "Mr. Tavares (Albania) recalled that the meeting would be held in 2010."


def test_a_turn_whose_misread_title_opens_in_lower_case_is_no_wrapped_line() -> None:
    """In a record without paragraph numbers, a line that opens in lower case goes on the paragraph above; not a turn
    whose "Mr." a scan misread with a small l ("lIr. SABBAGH (Jordan) said")."""
    lines = [
        *MASTHEAD,
        "The meeting was called to order at 3.15 p.m.",
        "Mrs. ABDELAZIZ (Jordan) said that the legislation had been amended in 2002.",
        "lIr. SABBAGH (Jordan), on the subject of juvenile justice, explained that training had been provided.",
        "and to the prison staff of the country.",
    ]
    statements = parse("\n".join(lines)).frames["statements"]
    assert statements.select("speaker_name", "speaker_role", "country_iso3").rows() == [
        ("Abdelaziz", "delegation", "JOR"),
        ("Sabbagh", "delegation", "JOR"),
    ]
    assert statements["text"][1].endswith("training had been provided. and to the prison staff of the country.")


@pytest.mark.parametrize("numbered", ["l2.\tlIr. RAHIMI (Azerbaijan)", "12.lIr. RAHIMI (Azerbaijan)"])
def test_a_numbered_paragraph_whose_title_a_scan_misread_opens_its_paragraph(numbered: str) -> None:
    """A scan that misread a paragraph's "Mr." with a small l, its number misread too ("l2.") or glued to the title
    ("12.lIr."): the line still opens paragraph 12, the delegate's, and is not run into paragraph 11."""
    lines = [
        *MASTHEAD,
        "The meeting was called to order at 3.15 p.m.",
        *(f"{n}.\tMs. HOLLENDER asked whether the plan had been adopted, question {n}." for n in range(1, 12)),
        f"{numbered}, on the subject of rural women, explained that the legislation had been amended.",
        "13.\tMs. NAZAROV (Azerbaijan) said that a plan had been adopted.",
    ]
    statements = parse("\n".join(lines)).frames["statements"]
    assert statements.filter(statements["paragraph"] >= 11).select(
        "paragraph", "speaker_name", "country_iso3"
    ).rows() == [
        (11, "Hollender", None),
        (12, "Rahimi", "AZE"),
        (13, "Nazarov", "AZE"),
    ]


@pytest.mark.parametrize("session", ["Si xt y-fourth session", "S ixt y-fourth session", "Sixty-fourth session"])
def test_a_session_whose_tens_a_conversion_broke_in_a_run_onto_one_line_is_read(session: str) -> None:
    """A run onto one line whose session's tens a conversion broke with spaces ("... Cultural Rights Si xt y-fourth
    session Summary record ..."): the session is found as a field all the same."""
    line = (
        "United Nations E/C.12/2018/SR.59 Economic and Social Council Distr.: General 21 September 2018 Original:"
        f" English Committee on Economic, Social and Cultural Rights {session} Summary record of the 59th meeting Held"
        " at the Palais des Nations, Geneva, on Monday, 10 September 2018, at 3 p.m. Chair:Ms. Zhou Contents"
        " Consideration of reports submitted by States parties under articles 16 and 17 of the Covenant (continued)"
        " The meeting was called to order at 3.05 p.m. Consideration of reports submitted by States parties under"
        " articles 16 and 17 of the Covenant (continued) 1. The Chair invited the delegation to continue replying to"
        " the questions raised at the previous meeting. 2. Mr. Rahimi (Azerbaijan) said that the legislation had"
        " been amended in 2017 to bring it into line with the Covenant."
    )
    meeting = only_meeting(parse(line))
    assert (meeting["session_number"], meeting["meeting_number"]) == (64, 59)


def test_a_number_glued_to_a_speaker_whose_name_opens_with_an_accented_capital_breaks_the_run() -> None:
    """A numbered run onto one line, a heading before a number glued to a speaker whose name opens with an accented
    capital ("Organizational and other matters 37.Ms. Çelik (Legal Adviser ...)"): the number breaks the run, and the
    numbers after it too; they had all been read into the Chair's paragraph."""
    paragraphs = " ".join(
        [
            "1.The Chair invited the Committee to resume its consideration of the report of Estonia.",
            "2.Mrs. Ahlström (Estonia) observed that the legislation had been amended in 2022.",
            "3.The Chair thanked the delegation. Organizational and other matters",
            "4.Ms. Çelik (Legal Adviser to the Committee) said that the programme of work would be circulated shortly.",
            "5.The Chair said that she would take it that the Committee wished to take note of the information.",
            "6.It was so decided. The meeting rose at 5.49 p.m.",
        ]
    )
    line = (
        "United Nations CRPD/C/SR.675 Convention on the Rights of Persons with Disabilities Distr.: General 2 April"
        " 2024 Committee on the Rights of Persons with Disabilities Thirtieth session Summary record of the 675th"
        " meeting Held at the Palais des Nations, Geneva, on Friday, 22 March 2024, at 3 p.m. Chair: Ms. Kayiranga"
        " Contents Consideration of reports of States parties The meeting was called to order at 3.05 p.m. "
        + paragraphs
    )
    assert speakers(parse(line)) == [
        ("Kayiranga", "chair", None),
        ("Ahlström", "delegation", "EST"),
        ("Kayiranga", "chair", None),
        ("Çelik", "secretariat", None),
        ("Kayiranga", "chair", None),
        (None, "procedural", None),
    ]


@pytest.mark.parametrize(
    ("symbol_line", "title_line"),
    [
        ("C AT/C/SR.1704", "Summary record (partial)* of the 1704th meeting"),
        ("CAT/C/SR.1704", "SUMMARY RECORD (PARTIAL)* OF THE 1704th MEETING"),
        ("C AT/C/SR.1704", "Summary record ( p artial )* of th e 1704th meeting"),
    ],
)
def test_a_symbol_whose_first_letter_stands_apart_and_a_partial_title_in_a_run(
    symbol_line: str, title_line: str
) -> None:
    """A run onto one line whose symbol's first letter a conversion set apart ("United Nations C AT/C/SR.1704 ..."), or
    whose title says the record is partial in capitals or with its words broken ("OF THE 1704th MEETING", "of th e
    1704th meeting"): the symbol is whole and the part is kept, as when the masthead is printed line by line."""
    lines = [
        "United Nations",
        symbol_line,
        "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
        "Distr.: General 3 May 2018",
        "Original: English",
        "Committee against Torture",
        "Sixty-third session",
        title_line,
        "Held at the Palais Wilson, Geneva, on Monday, 23 April 2018, at 10 a.m.",
        "Chair:Mr. Modvig",
        "Contents",
        "Opening of the session",
        "The meeting was called to order at 10.05 a.m.",
        "Opening of the session",
        "1.The Chair declared open the sixty-third session of the Committee.",
        "2.Mr. Salama (Office of the United Nations High Commissioner for Human Rights) said that the Office would"
        " report on its budget.",
    ]
    for batch in _parsed_both_ways(lines):
        meeting = only_meeting(batch)
        assert (meeting["symbol"], meeting["meeting_number"], meeting["meeting_part"]) == (
            "CAT/C/SR.1704",
            1704,
            "partial",
        )

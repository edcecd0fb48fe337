"""Mastheads as the first decades' records and their scans print them: where and when the meeting was held, who
presided.

Written in our own words after the layouts those records show (`tests/fixtures/real/README.md`): a held
line without "at", a comma before the year, the date alone on the next line or the one after, a title
run on into "Held at" (the Palestine commissions, 1947-1959); the officers' labels in a column apart from
their names (scans of the Commission, the Assembly's committees and the conferences, 1950-1975).
"""

from __future__ import annotations

from datetime import date, time

import pytest

from flows.sources import RawRecord
from transforms.parse import ParsedBatch, parse_documents

TITLE = ["UNITED NATIONS CONCILIATION COMMISSION FOR PALESTINE", "SUMMARY RECORD OF THE FORTIETH MEETING"]
PRESENT = [
    "Present:",
    "Mr. Palmer (United States) - Chairman",
    "Mr. Aras (Turkey)",
    "Mr. Azcarate - Principal Secretary",
]
PARAGRAPH = "The CHAIRMAN said that the Commission would first hear the report of its General Committee."


def parse(lines: list[str]) -> ParsedBatch:
    return parse_documents([RawRecord("file:///record.txt", "\n".join(lines).encode(), "record.txt")])


def only_meeting(batch: ParsedBatch) -> dict[str, object]:
    assert batch.rejects == []
    assert batch.frames["meetings"].height == 1
    return batch.frames["meetings"].row(0, named=True)


def speakers(batch: ParsedBatch) -> list[tuple[object, ...]]:
    return batch.frames["statements"].select("speaker_name", "speaker_role", "country_iso3").rows()


@pytest.mark.parametrize(
    ("held", "place", "day"),
    [
        (["held Lausanne on 12 May 1949 4 p.m."], "Lausanne", date(1949, 5, 12)),
        (["held in Beirut on 24 March, 1949"], "Beirut", date(1949, 3, 24)),
        (["held in Lausanne, 29 April 1949 at 11 a.m."], "Lausanne", date(1949, 4, 29)),
        (["held Lausanne on Tuesday,", "10 May 1949, 3:30 p.m."], "Lausanne", date(1949, 5, 10)),
        (
            ["Held at Headquarters, New York,", "19 August 1954, at 4.00 p.m."],
            "Headquarters, New York",
            date(1954, 8, 19),
        ),
        (
            ["Held at the Hotel Beau-Rivage, Lausanne, on", "Friday, 3 June, 1949 at 10 a.m."],
            "the Hotel Beau-Rivage, Lausanne",
            date(1949, 6, 3),
        ),
        (
            ["Held at the Palais des Nations,", "Geneva,", "on Tuesday, 4 July 1950, at 11 a.m."],
            "the Palais des Nations, Geneva",
            date(1950, 7, 4),
        ),
    ],
)
def test_a_held_line_as_the_first_years_print_it(held: list[str], place: str, day: date) -> None:
    batch = parse([*TITLE, *held, *PRESENT, PARAGRAPH])
    meeting = only_meeting(batch)
    assert (meeting["place"], meeting["meeting_date"], meeting["meeting_number"]) == (place, day, 40)
    assert batch.frames["statements"]["speaker_role"].to_list() == ["chair"]


def test_a_title_run_on_into_its_held_line() -> None:
    lines = [TITLE[0], "Summary Record of the 329th Meeting Held at"]
    lines += ["Headquarters on Tuesday, 14 June 1955, at 2:00 p.m.", *PRESENT, PARAGRAPH]
    meeting = only_meeting(parse(lines))
    assert (meeting["meeting_number"], meeting["place"], meeting["meeting_date"]) == (
        329,
        "Headquarters",
        date(1955, 6, 14),
    )


def test_the_commissions_names_as_their_records_print_them() -> None:
    """ "CONCILIATION COMMISSION ON PALESTINE"; the Palestine Commission named below a title that runs on ("OF" /
    "THE UNITED NATIONS PALESTINE COMMISSION"): the body, and the symbol its numbering gives the record."""
    on = ["UNITED NATIONS CONCILIATION COMMISSION ON PALESTINE", TITLE[1], "held in Beirut on 24 March, 1949"]
    meeting = only_meeting(parse([*on, *PRESENT, PARAGRAPH]))
    assert (meeting["body"], meeting["symbol"], meeting["symbol_derived"]) == ("UNCCP", "A/AC.25/SR.40", True)
    of = ["SUMMARY RECORD OF THE SEVENTH MEETING OF", "THE UNITED NATIONS PALESTINE COMMISSION"]
    of += ["Lake Success, New York,", "Monday, 19 January 1948, at 11.00 a.m.", PARAGRAPH]
    meeting = only_meeting(parse(of))
    assert (meeting["body"], meeting["symbol"], meeting["meeting_date"]) == ("UNPC", "A/AC.21/SR.7", date(1948, 1, 19))


def test_a_meeting_with_a_government_is_a_record_by_its_held_line_alone() -> None:
    """No title, no symbol, no numbered paragraph and no "Mr. X said": the line that says where and when the
    meeting was held makes it a meeting's record, loaded rather than refused."""
    lines = ["held at Amman on 3 March, 1949", *PRESENT, "His Majesty the KING stated that he hoped for a settlement."]
    meeting = only_meeting(parse(lines))
    assert (meeting["place"], meeting["meeting_date"]) == ("Amman", date(1949, 3, 3))


@pytest.mark.parametrize(
    ("labels", "names", "chair"),
    [
        (["PRESENT: Chairman: Rapporteur: Members:"], ["Mr. OKAFOR", "Mr. LINDQVIST", "Mr. PEREZ"], "Okafor"),
        (["Chairman: Members:"], ["Mrs. B. L. Sotomayor", "Mr. HALL"], "B. L. Sotomayor"),
        (["President:", "Rapporteur:", "CONTENTS"], ["Mr. ESTRADA. Ecuador", "Mr. RAO India"], "Estrada"),
        (["Rapporteur: Chairman:"], ["Mr. HALL", "Mr. OKAFOR"], None),  # which name is whose is not said
    ],
)
def test_a_chair_named_below_a_column_of_labels(labels: list[str], names: list[str], chair: str | None) -> None:
    """A scan that printed the officers' labels in a column of their own, the names in the next: the first name
    is the chair's when the chair's label comes first."""
    masthead = ["COMMISSION ON HUMAN RIGHTS", "SUMMARY RECORD OF THE TWO HUNDREDTH MEETING"]
    masthead += ["Held at Lake Success, New York, on Monday, 8 May 1950, at 11 a.m.", *labels, *names]
    batch = parse([*masthead, PARAGRAPH])
    assert only_meeting(batch)["chair_name"] == chair
    assert batch.frames["statements"]["speaker_name"].to_list() == [chair]


def test_a_chairs_state_glued_to_the_surname() -> None:
    """ "Chairman:Mr. Pedro L. ARVELOVenezuela": a copy lost the space, and the brackets, between the surname in
    capitals and the State; a surname in mixed capitals ("McCOOK") is no State glued on."""
    for line, chair in (
        ("Chairman:Mr. Pedro L. ARVELOVenezuela", "Pedro L. Arvelo"),
        ("Chairman:Mr. McCOOK", "McCook"),
    ):
        meeting = only_meeting(
            parse([TITLE[1], "Held at Lake Success, New York, on Monday, 8 May 1950", line, PARAGRAPH])
        )
        assert meeting["chair_name"] == chair


def test_a_list_of_those_present_makes_a_meetings_record() -> None:
    """A copy that kept no title, date or symbol, and whose paragraphs name no speaker: the list of those present
    above them is printed only in a meeting's record, which is loaded, not refused."""
    lines = ["Present:", "Mr. Lund (Norway)", "Mr. Oki (Japan)", "Mr. Garcia Robles (Secretariat)"]
    lines += ["The question of the procedure to be followed in hearing the witnesses was discussed at length."]
    lines += ["It was agreed that the Secretariat would circulate a paper on the matter before the next meeting."]
    batch = parse(lines)
    assert only_meeting(batch)["paragraph_count"] == 2
    assert batch.frames["statements"]["speaker_role"].to_list() == ["procedural", "procedural"]


@pytest.mark.parametrize("ending", ["Present : Chairman:", "Present: Chairperson:", "Chairman:"])
def test_a_chairs_label_ending_the_title_line_names_the_officer_on_the_next(ending: str) -> None:
    """A scan runs the title, the held line and the first label of the list of those present onto one line; the
    officer stands on the next line, the State on the one after. Read even where the scan misread the year, so
    that no hour of the held line marks where the list of names begins."""
    lines = [
        "ECONOMIC AND SOCIAL COUNCIL SOCIAL COMMISSION SECOND SESSION",
        "SUMMARY RECORD OF THE NINTH MEETING Held at Lake Success, New York, on Tuesday, 9 September 19^7, at 2:30 "
        f"p.m. {ending}",
        "Mr. Harold Bjerkeland",
        "(Norway)",
        "Vice-Chairman:",
        "Mr. S. Obregon",
        "(Mexico)",
        PARAGRAPH,
    ]
    assert only_meeting(parse(lines))["chair_name"] == "Harold Bjerkeland"
    unlabelled = [line.replace(ending, "") if index == 1 else line for index, line in enumerate(lines)]
    assert only_meeting(parse(unlabelled))["chair_name"] is None


@pytest.mark.parametrize(
    ("labels", "chair"),
    [
        (["President:", "Chairman: Mr. LUND (Denmark)", "Rapporteur: Mr. WEBB (Canada)"], "Lund"),
        (["Acting Chairman;", "Chairman; (later)", "Mr. Obi (Executive Secretary)", "Mr. Diallo (Guinea)"], "Obi"),
    ],
)
def test_a_label_over_a_field_of_its_own_names_no_one(labels: list[str], chair: str) -> None:
    """A stray label over a line that is a presiding field itself ("President:" over "Chairman: Mr. X"), or over
    the next label of a column whose names come below: the label above is not read with the line as one field."""
    lines = ["SUMMARY RECORD OF THE FIFTH MEETING", "held at Headquarters, New York, on Monday, 9 May 1960, at 3 p.m."]
    batch = parse([*lines, *labels, PARAGRAPH])
    assert only_meeting(batch)["chair_name"] == chair
    assert batch.frames["statements"]["speaker_name"].to_list() == [chair]


def test_the_list_of_those_present_opening_on_the_chairs_line_below_the_contents() -> None:
    """Page two of a 1950s record: "PRESENT: Chairman: Mr, X Rapp&rteur: Mr, Y Members: ..." on one long line below
    the contents, the stops misread as commas and the next label misread too: the chair is the first name."""
    members = " ".join(f"Mr, {name} {state}" for name, state in [("SOUZA", "Brazil"), ("DIAZ", "Chile")] * 8)
    lines = [
        "ECONOMIC COMMISSION FOR LATIN AMERICA",
        "Fifth Session",
        "SUMMARY RECORD OF THE FORTY-NINTH MEETING Held at Santiago on Tuesday, 14 April 1953 at 3 p.m.",
        "CONTENTS",
        "General debate (continued)",
        f"PRESENT: Chairman: Mr, OSVALDO REIS Rapp&rteur: Mr, PIETRO ROSSI Members: {members}",
        PARAGRAPH,
    ]
    meeting = only_meeting(parse(lines))
    assert meeting["chair_name"] == "Osvaldo Reis"


def test_a_sites_table_of_those_present_gives_each_members_state() -> None:
    """A site's table of those present, a cell a line: the name, the State below it in brackets, the office below
    that, the mark of an alternate after a name, "(U.S.A.)" glued to another. The paragraphs print the members bare,
    and each speaks for the State the table gives."""
    lines = [
        *TITLE,
        "Held at the Palais des Nations, Geneva,",
        "on Monday, 15 May 1950, at 11 a.m.",
        "Present: |",
        "Mr. MORALES |",
        "(France) |",
        "Chairman |",
        "Mr. KAYA * |",
        "(Turkey) |",
        "* Mr. Whitfield(U.S.A.)",
        "Mr. Azcarate | Principal Secretary |",
        "Mr. KAYA thought that the note should be published at once.",
        "Mr. WHITFIELD agreed.",
    ]
    rows = parse(lines).frames["statements"].select("speaker_name", "country_iso3").rows()
    assert rows == [("Kaya", "TUR"), ("Whitfield", "USA")]


def test_a_french_sites_table_of_those_present_a_row_a_line() -> None:
    """A site's table in a French record, a row a line, its cells between bars: "Président : | M. DUBOIS | Canada |",
    "M. LAMBERT | Belgique |". The chair is the first row's name, and each member speaks for the State beside it."""
    lines = [
        "Première session, COMITE SPECIAL DE L'APATRIDIE : COMPTE RENDU ANALYTIQUE DE LA VINGT-CINQUIEME SEANCE",
        "E/AC.32/SR.25",
        "SOMMAIRE",
        "Projet de convention relative au statut des réfugiés (suite)",
        "PRESENTS",
        "Président : | M. DUBOIS | Canada |",
        "Membres : | M. LAMBERT | Belgique |",
        "M. SOUZA | Brésil | |",
        "M. KAYA | Turquie | |",
        "Le PRESIDENT ouvre le débat sur les réserves.",
        "M. KAYA estime que l'article doit être maintenu.",
    ]
    batch = parse(lines)
    assert only_meeting(batch)["chair_name"] == "Dubois"
    rows = speakers(batch)
    assert rows == [("Dubois", "chair", None), ("Kaya", "delegation", "TUR")]


@pytest.mark.parametrize(
    ("held", "day"),
    [
        (["held in the Grand Hotel, Beirut,", "on 9 March 1949 at 1600 hours."], date(1949, 3, 9)),
        (["held in Lausanne, on Friday,", "3 June 1949, at 11:30 a.m.."], date(1949, 6, 3)),
    ],
)
def test_a_held_line_broken_after_a_comma_above_a_table_of_cells(held: list[str], day: date) -> None:
    """The date below a held line broken after its comma reads like a sentence ("on 9 March 1949 at 1600 hours."):
    it is the masthead's, not the first paragraph; the table below it, a cell a line with the office after the
    State, gives the chair; a delegation the body met is named by an office cell, its State the bare speaker's."""
    table = ["Present: |", "Mr. Okafor |", "(France) |", "Chairman |", "Mr. Lindqvist |", "(Turkey) |", "||"]
    table += ["Mr. Perez |", "Principal Secretary |", "Mr. Ilan Barak |", "Representatives of Israel |"]
    table += ["Mr. Dov Amir |", "Mr. Yoav Segal |", "Replies of the delegations to the questionnaire"]
    turns = ["The CHAIRMAN said that the Commission would hear the delegation.", "Mr. BARAK handed over the reply."]
    turns += ["Mr. AMIR agreed with him.", "Mr. LINDQVIST thanked them."]
    batch = parse([*TITLE, *held, *table, *turns])
    meeting = only_meeting(batch)
    assert (meeting["meeting_date"], meeting["chair_name"]) == (day, "Okafor")
    rows = speakers(batch)
    assert rows == [
        ("Okafor", "chair", None),
        ("Barak", "delegation", "ISR"),
        ("Amir", "delegation", "ISR"),
        ("Lindqvist", "delegation", "TUR"),
    ]


@pytest.mark.parametrize("row", ["Mr. Lindqvist(Turkey) - Chairman", "Mr. LINDQVIST (Turkey)Chairman"])
def test_a_chairs_office_after_the_name_and_state_on_one_line(row: str) -> None:
    lines = [*TITLE, "held in Beirut on 24 March, 1949", row, "Mr. Okafor(France)", PARAGRAPH]
    assert only_meeting(parse(lines))["chair_name"] == "Lindqvist"


def test_a_head_of_government_by_office_speaks_for_the_state_the_list_gives() -> None:
    """A meeting with a government: its head, listed by name with "- Prime Minister of Jordan" below, speaks as "The
    PRIME MINISTER"; a minister who names the State speaks for it with no list."""
    lines = ["held in Amman on 3 March 1949.", "H.E. Samir Haddad", "- Prime Minister of Jordan"]
    lines += ["Mr. Okafor(France) - Chairman", "Mr. Lindqvist(Turkey)", PARAGRAPH]
    lines += ["The PRIME MINISTER welcomed the Commission and promised his Government's help."]
    lines += ["He added that the refugees came first.", "The Foreign Minister of Egypt said that he agreed."]
    rows = parse(lines).frames["statements"].select("speaker_name", "speaker_role", "country_iso3", "is_continuation")
    assert rows.rows() == [
        ("Okafor", "chair", None, False),
        (None, "delegation", "JOR", False),
        (None, "delegation", "JOR", True),
        (None, "delegation", "EGY", False),
    ]


@pytest.mark.parametrize(
    ("officers", "chair"),
    [
        ("Chairman: Mr. OKAFOR Ghana Rapporteur: Mr. LINDQVIST Sweden", "Okafor"),
        ("Qhairman r':.. Mr. OKAFOR Ghana Rapportenr:: Mr. LINDQVIST Sweden", "Okafor"),  # the label misread
        ("Chainnan; Mrs. OKAFOR (Ghana)", "Okafor"),
        ("Chairpers o n:Ms. Okafor", "Okafor"),  # a label a conversion broke with spaces
        # A letter read for its lookalike, in any of the labels: "Chairpcrson", "Cbair", "Chalr".
        ("Chairpcrson: Ms. Okafor", "Okafor"),
        ("Cbair: Mrs. OKAFOR (Ghana)", "Okafor"),
        ("Chalr:Ms. Okafor", "Okafor"),
    ],
)
def test_the_officers_a_scan_ran_on_after_the_held_line(officers: str, chair: str) -> None:
    """A scan that ran the officers onto the held line, their labels misread past spelling: the word before the
    first name that is nearly "Chairman", or any label a letter or two off its lookalikes, is its label."""
    masthead = ["SUMMARY RECORD OF THE FIFTEENTH MEETING"]
    masthead += [f"Held at the Town Hall, Caracas, on Friday, 16 August 1974, at 10.50 a.m. {officers}"]
    batch = parse([*masthead, PARAGRAPH])
    assert (only_meeting(batch)["chair_name"], only_meeting(batch)["meeting_date"]) == (chair, date(1974, 8, 16))
    assert batch.frames["statements"]["speaker_name"].to_list() == [chair]


@pytest.mark.parametrize(
    "held",
    [
        # A scan's stop for the space after "at".
        "Held at.the Town Hall, Caracas,' on Friday, 16 August 1974, at 4 .50 p.m.. .",
        # The contents, their label lost, run on after the hour: longer than any field, still the held line.
        "Held at the Town Hall, Caracas, on Friday, 16 August 1974, at 4.50 p.m. Presentation of proposals on item 12"
        + " (Preservation of the marine environment) Reports of the Chairmen of the informal meetings" * 3,
    ],
)
def test_a_held_line_a_scan_misread_or_ran_on(held: str) -> None:
    masthead = ["SUMMARY RECORD OF THE FIFTEENTH MEETING", held, "Chairman: Mr. OKAFOR Ghana"]
    assert only_meeting(parse([*masthead, PARAGRAPH]))["meeting_date"] == date(1974, 8, 16)


def test_a_list_of_those_present_run_onto_one_line_with_the_offices_after_the_states() -> None:
    """A copy that ran the whole record onto one line, the list of those present with each office after the State
    ("Present: Mr. X (France) Chairman Mr. Y (Turkey) ... Dr. Z Principal Secretary"): "Chairman" is the member's
    before it, not a label of the next; each member speaks for the State the list gives."""
    text = (
        "UNITED NATIONS CONCILIATION COMMISSION FOR PALESTINE SUMMARY RECORD OF THE FORTIETH MEETING held in"
        " Lausanne on Friday, 20 May 1949, at 10 a.m. Present: Mr. Okafor (France) Chairman Mr. Lindqvist (Turkey)"
        " Mr. Hale (U.S.A.) Dr. Mensah Principal Secretary The CHAIRMAN informed the Commission that it would first"
        " hear the report of its General Committee on the talks held the day before. Mr. LINDQVIST said that he"
        " agreed with the Chairman and would wait for the report, which the General Committee had promised for the"
        " morning. Mr. Hale felt that the report should be heard first, and that the Commission should then decide"
        " whether to meet the delegations again."
    )
    batch = parse([text])
    assert (only_meeting(batch)["chair_name"], only_meeting(batch)["meeting_date"]) == ("Okafor", date(1949, 5, 20))
    rows = speakers(batch)
    assert rows == [("Okafor", "chair", None), ("Lindqvist", "delegation", "TUR"), ("Hale", "delegation", "USA")]


@pytest.mark.parametrize(
    "present",
    [
        "Present: Mr. Okafor (France) Chairman Mr. Lindqvist (Turkey) Dr. Mensah Principal Secretary",
        # A web table's cells flattened with their rules onto the line.
        "Present: | ||| Mr. OKAFOR | (France) | Chairman | | Mr. LINDQVIST * | (Turkey) | || Dr. MENSAH | Principal"
        " Secretary | || * Alternate",
    ],
)
def test_a_list_of_those_present_on_one_line_of_a_record_printed_line_by_line(present: str) -> None:
    lines = [*TITLE, "held in Lausanne on Friday, 20 May 1949, at 10 a.m.", present, PARAGRAPH]
    batch = parse([*lines, "Mr. LINDQVIST said that he agreed."])
    assert only_meeting(batch)["chair_name"] == "Okafor"
    rows = speakers(batch)
    assert rows == [("Okafor", "chair", None), ("Lindqvist", "delegation", "TUR")]


def test_a_day_printed_as_an_ordinal_and_a_list_without_its_label_after_the_hour() -> None:
    """A 1950 record gives its day as an ordinal ("on Wednesday, 8th March 1950") and its list of those present with
    no label, the chair first ("Mr. X (France)Chairman"); run onto one line, the list follows the hour at once."""
    lines = ["Held at the Palais des Nations, Geneva,", "on Wednesday, 8th March 1950, at 11 a.m."]
    lines += ["Mr. OKAFOR (France)Chairman", "Mr. LINDQVIST (Turkey)", "Mr. de HALE.Principal Secretary"]
    body = [PARAGRAPH, "Mr. LINDQVIST said that he agreed with the Chairman and would wait for the General Committee's"]
    body += ["report before the Commission decided whether to meet the delegations again in the course of the week."]
    for text in ("\n".join([*TITLE, *lines, *body]), " ".join([*TITLE, *lines, *body])):
        batch = parse([text])
        assert (only_meeting(batch)["meeting_date"], only_meeting(batch)["chair_name"]) == (date(1950, 3, 8), "Okafor")
        rows = speakers(batch)
        assert rows == [("Okafor", "chair", None), ("Lindqvist", "delegation", "TUR")]


def test_a_member_whose_name_is_like_the_label_is_no_label() -> None:
    """ "Mr. CHAPMAN Mr. X": a name in the list that is nearly "Chairman" stays a name."""
    masthead = ["SUMMARY RECORD OF THE FIFTEENTH MEETING", "Held at Lake Success, New York, on Monday, 8 May 1950"]
    masthead += ["Chairman: Mr. OKAFOR Ghana", "Members: Mr. CHAPMAN Mr. LINDQVIST"]
    assert only_meeting(parse([*masthead, PARAGRAPH]))["chair_name"] == "Okafor"


def test_office_cells_a_dash_opens() -> None:
    """A site's table whose office cells open with an en dash, before "Chairman" and "Representatives of ..."."""
    table = ["|", "Mr. Okafor |", "(Turkey) |", "– Chairman |", "Mr. Lindqvist |", "(France) |", "|||"]
    table += ["Mr. Barak |", "– Representatives of Israel |", "|||", "Mr. Amir |"]
    turns = ["The CHAIRMAN said that the Committee would hear the delegation.", "Mr. AMIR replied at once."]
    batch = parse([*TITLE, "held in Lausanne on Monday,", "15 August 1949, at 4 p.m.", *table, *turns])
    assert only_meeting(batch)["chair_name"] == "Okafor"
    rows = speakers(batch)
    assert rows == [("Okafor", "chair", None), ("Amir", "delegation", "ISR")]


def test_rows_of_the_list_of_those_present_do_not_open_the_body() -> None:
    """A short row of the list with a name and an office run together ("M. Okafor département juridique") reads
    like a French turn, but no sentence ends it: the body opens with the first paragraph below the list."""
    lines = ["COMPTE RENDU ANALYTIQUE DE LA TRENTE-NEUVIEME SEANCE", "Présents :", "Président :M. LARSEN (Danemark)"]
    lines += ["Secrétariat :", "M. Okafor département juridique", "M. Lindqvist Secrétaire du Comité"]
    lines += [
        "PROJET DE CONVENTION",
        "Le PRESIDENT attire l'attention du Comité sur les observations des Gouvernements.",
    ]
    batch = parse(lines)
    rows = batch.frames["statements"].select("speaker_name", "speaker_role").rows()
    assert rows == [("Larsen", "chair")]


def test_a_list_of_members_run_onto_one_line_gives_each_their_state() -> None:
    lines = [
        "SUMMARY RECORD OF THE TWENTY-NINTH MEETING",
        "Held at Lake Success, New York, on Tuesday, 14 February 1950",
    ]
    lines += ["Chairman: Mr. OKAFOR Ghana", "Members: Mr. LINDQVIST Sweden Mr. DUBOIS Belgium Sir Oliver HALE Canada"]
    lines += ["1. Mr. DUBOIS said that he supported the text.", "2. Sir Oliver HALE agreed."]
    rows = parse(lines).frames["statements"].select("speaker_name", "country_iso3").rows()
    assert rows == [("Dubois", "BEL"), ("Oliver Hale", "CAN")]


@pytest.mark.parametrize(
    ("line", "mended"),
    [
        ("(E/CN.4/480) Chairmen: Mrs. OKAFOR Ghana", "(E/CN.4/480) Chairman: Mrs. OKAFOR Ghana"),
        ("Chajrman: Ms. Okafor", "Chairman: Ms. Okafor"),
        ("Chairperson: Ms. Okafor", "Chairperson: Ms. Okafor"),  # a label as printed is left as it is
    ],
)
def test_a_label_misread_past_spelling_is_mended_before_the_name(line: str, mended: str) -> None:
    from transforms.masthead_mending import mended_line

    assert mended_line(line) == mended


def test_a_chair_listed_without_a_state_before_the_office_cell() -> None:
    """An alternate presides: his row prints no State, the office cell below it after blank lines ("Mr. Okafor" /
    "" / "- Chairman")."""
    lines = [*TITLE, "held in Lausanne on Monday,", "8 August 1949, at 5 p.m.", "Mr. Okafor", "", "", "- Chairman"]
    lines += ["Mr. Lindqvist(Turkey)", "Mr. Perez- Principal Secretary", PARAGRAPH]
    batch = parse(lines)
    assert only_meeting(batch)["chair_name"] == "Okafor"
    assert batch.frames["statements"]["speaker_name"].to_list() == ["Okafor"]


def test_a_first_row_that_lost_its_name_names_no_chair() -> None:
    """Labels dropped and the first row's name lost with them, its State left ("(United States of America)"): the
    next row is a member, not the one presiding."""
    lines = [*TITLE, "Held at Government House, Nicosia,", "on Tuesday, 12 September, 1950 at 9:30 a.m."]
    lines += ["(United States of America)", "Mr. LINDQVIST (France)", "Mr. OKAFOR (Turkey)", PARAGRAPH]
    assert only_meeting(parse(lines))["chair_name"] is None


@pytest.mark.parametrize("speck", ["'", "‘", "’", "`"])
def test_a_speck_a_scan_set_before_a_turn(speck: str) -> None:
    lines = [*TITLE, "held in Lausanne on Monday,", "8 August 1949, at 5 p.m.", "Mr. Okafor(France) - Chairman"]
    lines += [f"{speck}The CHAIRMAN pointed out that the draft report", "had been prepared by the Secretariat."]
    lines += [f"{speck}Mr. LINDQVIST (Turkey) asked for time to read it."]
    rows = speakers(parse(lines))
    assert rows == [("Okafor", "chair", None), ("Lindqvist", "delegation", "TUR")]


@pytest.mark.parametrize(("opening", "hour"), [("at_4.20 p.m", "16:20"), ("at_10.30.a.m.", "10:30")])
def test_an_underline_a_scan_read_for_the_space_before_the_hour(opening: str, hour: str) -> None:
    lines = [*TITLE, "held in Lausanne on Monday, 8 August 1949", f"The meeting was called to order {opening}"]
    called = only_meeting(parse([*lines, PARAGRAPH]))["called_to_order"]
    assert isinstance(called, time)
    assert called.strftime("%H:%M") == hour


def test_the_labels_of_a_column_run_onto_one_line_before_the_names() -> None:
    """A flattened scan that printed the officers' labels, then the names in the labels' order, on one line:
    "Chairman: Rapporteur: Members: Mr. X France Mr. Y Chile ...": the first name is the chair's."""
    masthead = ["COMMISSION ON HUMAN RIGHTS", "SUMMARY RECORD OF THE THREE HUNDRED AND TENTH MEETING"]
    masthead += ["Held at Headquarters, New York, on Tuesday, 20 May 1952, at 10.30 a.m."]
    masthead += ["Chairman: Rapporteur: Members: Mr. OKAFOR France Mr. LINDQVIST Chile Mr. PEREZ Egypt"]
    assert only_meeting(parse([*masthead, PARAGRAPH]))["chair_name"] == "Okafor"


def test_the_assemblys_two_columns_read_across_below_held_on() -> None:
    """The Official Records' masthead of the 1980s, its two columns read across: "held on" alone, the date after
    the other column's session in capitals."""
    masthead = ["GENERAL FIFTH COMMITTEE", "ASSEMBLY 41st meeting", "held on"]
    masthead += ["FORTY-FIRST SESSION Tuesday, 11 November 1986", "Official Records* at 10 a.m.", "New York"]
    masthead += ["SUMMARY RECORD OF THE 41st MEETING", "Chairman: Mr. OKAFOR (Ghana)"]
    meeting = only_meeting(parse([*masthead, PARAGRAPH]))
    assert (meeting["meeting_date"], meeting["session_number"], meeting["meeting_number"]) == (
        date(1986, 11, 11),
        41,
        41,
    )


def test_a_table_whose_first_row_is_in_mixed_case_names_no_chair_by_its_order() -> None:
    """Labels dropped, the first row printed in mixed case ("Mr. Okafor", its State and office lost) above rows in
    capitals: a table of those present, whose first row in capitals is a member, not the one presiding."""
    lines = [*TITLE, "held in Beirut on 25 March 1949 at 10 p.m.", "Mr. Okafor", "Mr. LINDQVIST (Turkey)"]
    lines += ["Mr. PEREZ (United States)", PARAGRAPH]
    assert only_meeting(parse(lines))["chair_name"] is None


def test_doubled_spaces_read_as_single_ones() -> None:
    """A typist's or a converter's doubled spaces inside the lines: a printed volume's page under its cover, the end
    of the meeting before above its heading, read as with single ones."""
    single = ["Document:-", "A/CN.4/SR.1190", "Summary record of the 1190th meeting", "Topic:"]
    single += ["Succession of States with respect to treaties"]
    single += ["Extract from the Yearbook of the International Law Commission:-", "1972, vol. I"]
    single += ["Copyright © United Nations", "1190th meeting—28 June 1972"]
    single += ["of the treaties concluded by the union with third States.", "82. Mr. PEREZ agreed with him."]
    single += ["The meeting rose at 1 p.m.", "1190th MEETING", "Wednesday, 28 June 1972, at 10.5 a.m."]
    single += ["Chairman: Mr. OKAFOR", "1. The CHAIRMAN invited the Commission to continue its consideration."]
    single += ["2. Mr. LINDQVIST said that he agreed with the Special Rapporteur."]
    doubled = [line.replace(" ", "  ") for line in single]
    batches = [parse(lines) for lines in (single, doubled)]
    rows = [batch.frames["statements"].select("speaker_name", "speaker_role").rows() for batch in batches]
    assert rows[0] == rows[1] == [("Okafor", "chair"), ("Lindqvist", "member")]
    meetings = [only_meeting(batch) for batch in batches]
    assert [(m["symbol"], m["meeting_date"]) for m in meetings] == [("A/CN.4/SR.1190", date(1972, 6, 28))] * 2


def test_a_chair_listed_first_below_an_hour_whose_zero_a_scan_read_as_o() -> None:
    """Labels dropped, the chair the first name below the hour, the hour printed "2.3O p.m."."""
    lines = ["SUMMARY RECORD OF THE FORTY-SECOND MEETING", "Lake Success, New York Thursday, 20 May 1948, at 2.3O p.m."]
    lines += ["Mrs. OKAFOR United States of America", "Mr. LINDQVIST Chile", PARAGRAPH]
    assert only_meeting(parse(lines))["chair_name"] == "Okafor"


def test_a_misread_chair_label_above_the_body_and_a_misread_month_stay_in_the_masthead() -> None:
    """A web rendition's masthead whose chair's label and month a scan misread into lookalikes ("Chairmau: Mr. X
    ...... (Senegal)", "15 Decembcr 2011"), the body opening right below: the label's line is the masthead's, not a
    heading of the body, and the date is read."""
    lines = [
        "Committee on the Exercise of the Inalienable Rights of the Palestinian People",
        "Summary record of the 338th meeting",
        "Held at Headquarters, New York, on Thursday, 15 Decembcr 2011, at 3 p.m.",
        "Chairmau: Mr. Okafor ............................................ (Senegal)",
        "The agenda was adopted.",
        "Update on developments since the previous meeting",
        "The Chair said that the Special Coordinator had briefed the Security Council.",
    ]
    meeting = only_meeting(parse(lines))
    assert (meeting["chair_name"], meeting["meeting_date"]) == ("Okafor", date(2011, 12, 15))


def test_a_mastheads_words_a_scan_misread_into_lookalikes_are_read_as_spelt() -> None:
    """A scan reads a masthead's words' letters as their lookalikes ("Summary rccord of tbe 260th mecting",
    "Fifty-sccond scssion", "Hcld at ... on Tnesday"): the fields are read as if spelt, the names kept as printed."""
    lines = [
        "Committee on the Exercise of the Inalienable Rights of the Palestinian People",
        "Fifty-sccond scssion",
        "Summary rccord of tbe 260th mecting",
        "Hcld at Headquarters, New York, on Tnesday, 3 March 1998, at 10.30 a.m.",
        "Chairman: Mr. Hansen (Denmark)",
        "The meeting was called to order at 10.40 a.m.",
        "The Chairman said that the Committee would hear the report of its Bureau.",
    ]
    meeting = only_meeting(parse(lines))
    assert (meeting["meeting_number"], meeting["session_number"], meeting["meeting_date"], meeting["chair_name"]) == (
        260,
        52,
        date(1998, 3, 3),
        "Hansen",
    )


def test_an_opening_line_whose_words_a_scan_misread_into_lookalikes_gives_the_hour() -> None:
    """A record whose opening line a scan misread ("The mecting was callcd to ordcr at 10.15 a.m."), no other formula
    read as printed: the line is the opening formula, its hour the meeting's."""
    lines = [
        "Committee on the Exercise of the Inalienable Rights of the Palestinian People",
        "Summary record of the 260th meeting",
        "Held at Headquarters, New York, on Tuesday, 3 March 1998, at 10 a.m.",
        "Chairman: Mr. Hansen (Denmark)",
        "The mecting was callcd to ordcr at 10.15 a.m.",
        "1. The Chairman said that the Committee would hear the report of its Bureau.",
    ]
    assert only_meeting(parse(lines))["called_to_order"] == time(10, 15)

"""Meetings published as the pages of a printed volume, under the cover the Office of Legal Affairs puts on them.

The International Law Commission's Yearbook and the codification conferences' Official Records print
one meeting after another; each meeting's pages open with the end of the meeting before and may close
with the start of the one after. The records below are written in our own words after the layout of
those pages (`tests/fixtures/real/README.md`, trait `previous-meeting-tail`).
"""

from __future__ import annotations

from datetime import date, time

import pytest

from flows.sources import RawRecord
from transforms.parse import ParsedBatch, parse_documents

YEARBOOK_COVER = (
    "Document:- A/CN.4/SR.1402 Summary record of the 1402nd meeting Topic: State responsibility "
    "Extract from the Yearbook of the International Law Commission:- 1976, vol. I Downloaded from the web site "
    "of the International Law Commission (http://www.un.org/law/ilc/index.htm) Copyright © United Nations"
)
PREVIOUS_MEETING_END = [
    "118 Yearbook of the International Law Commission, 1976, vol. I",
    "14. The CHAIRMAN suggested that the Commission should take up article 9 at its next meeting.",
    "It was so agreed.",
    "15. Mr. KEARNEY said that he would circulate a note on the draft before then.",
    "The meeting rose at 1 p.m.",
]
OWN_MEETING = [
    "1402nd MEETING Thursday, 4 June 1976, at 10.05 a.m.",
    "Chairman: Mr. Abdul Hakim TABIBI",
    "Members present: Mr. Ago, Mr. Kearney, Mr. Ushakov.",
    "State responsibility (continued) (A/CN.4/291 and Add.1 and 2) [Item 2 of the agenda]",
    "1. Mr. USHAKOV said that the article drew too wide a line between a wrongful act and its effects.",
    "2. Mr. AGO said that the line was the one the practice of States had drawn.",
]


def parse(text: str) -> ParsedBatch:
    return parse_documents([RawRecord("file:///extract.txt", text.encode(), "extract.txt")])


def only_meeting(batch: ParsedBatch) -> dict[str, object]:
    assert batch.rejects == []
    assert batch.frames["meetings"].height == 1
    return batch.frames["meetings"].row(0, named=True)


def test_the_end_of_the_meeting_before_is_left_out_and_said() -> None:
    for separator in ("\n", " "):  # as the pages print it, and as a document site runs it onto one line
        batch = parse(separator.join([YEARBOOK_COVER, *PREVIOUS_MEETING_END, *OWN_MEETING]))
        meeting = only_meeting(batch)
        assert {key: meeting[key] for key in ("symbol", "body", "meeting_number", "meeting_date", "rose_at")} == {
            "symbol": "A/CN.4/SR.1402",
            "body": "ILC",
            "meeting_number": 1402,
            "meeting_date": date(1976, 6, 4),
            "rose_at": None,  # the hour the meeting before rose is not this one's
        }
        statements = batch.frames["statements"].sort("paragraph")
        assert statements.select("paragraph", "speaker_name").rows() == [(1, "Ushakov"), (2, "Ago")]
        assert any("the end of the meeting before it" in problem for _, problem in batch.problems)


def test_the_start_of_the_meeting_after_is_left_out() -> None:
    own_end = ["3. The CHAIRMAN said that the debate would continue in the afternoon.", "The meeting rose at 1.05 p.m."]
    next_meeting = ["1403rd MEETING Friday, 5 June 1976, at 10 a.m.", "Chairman: Mr. Abdul Hakim TABIBI"]
    next_meeting += ["1. Mr. AGO said that he wished to return to article 9."]
    batch = parse("\n".join([YEARBOOK_COVER, *PREVIOUS_MEETING_END, *OWN_MEETING, *own_end, *next_meeting]))
    meeting = only_meeting(batch)
    assert meeting["rose_at"] == time(13, 5)
    statements = batch.frames["statements"].sort("paragraph")
    chair = "Abdul Hakim Tabibi"  # the masthead's name for "The CHAIRMAN"
    assert statements.select("paragraph", "speaker_name").rows() == [(1, "Ushakov"), (2, "Ago"), (3, chair)]
    assert any("the start of the meeting after it" in problem for _, problem in batch.problems)


def test_pages_that_reach_only_the_meeting_before_load_the_cover_alone() -> None:
    """A document site's opening that ends before the meeting's heading: the record is the cover's meeting,
    with no paragraph of its own, rather than a record refused or the meeting before loaded under its name."""
    cover = [
        "1 United Nations Conference on Succession of States in respect of Treaties Vienna, Austria",
        "First session 4 April 6 May 1977 Document:- A/CONF.80/C.1/SR.12",
        "12th meeting of the Committee of the Whole Extract from the Official Records of the United Nations "
        "Conference on Succession of States in respect of Treaties, First Session Copyright United Nations",
    ]
    pages = ["2 84 Meetings of the Committee of the Whole Article 9 (Devolution agreements)"]
    pages += ["40. Mr. MARESCA (Italy) said that the article should stand as drafted."]
    pages += ["41. Mr. YASSEEN (Iraq) agreed with the previous speaker."]
    batch = parse("\n".join([*cover, *pages]))
    meeting = only_meeting(batch)
    assert {key: meeting[key] for key in ("symbol", "body", "session_number", "meeting_number")} == {
        "symbol": "A/CONF.80/C.1/SR.12",
        "body": "A/CONF.80/C.1",
        "session_number": 1,
        "meeting_number": 12,
    }
    assert batch.frames["statements"].height == 0
    assert any("open at paragraph 40" in problem for _, problem in batch.problems)


def test_covers_and_headings_in_french_and_spanish() -> None:
    french = [
        "Document:- A/CN.4/SR.705 Compte rendu analytique de la 705e séance Sujet: Droit des traités "
        "Extrait de l'Annuaire de la Commission du droit international:- 1963, vol. I Copyright © Nations Unies",
        "88. M. BRIGGS dit qu'il retire son amendement.",
        "La séance est levée à 13 heures.",
        "705e SÉANCE Mardi 28 mai 1963, à 10 heures",
        "Président: M. Eduardo JIMÉNEZ DE ARÉCHAGA",
        "1. M. ROSENNE dit que l'article devrait viser tous les traités.",
    ]
    spanish = [
        "Documento:- A/CN.4/SR.705 Acta resumida de la 705.ª sesión Tema: Derecho de los tratados "
        "Extracto del Anuario de la Comisión de Derecho Internacional:- 1963, vol. I Copyright © Naciones Unidas",
        "88. El Sr. BRIGGS retira su enmienda.",
        "Se levanta la sesión a las 13.00 horas.",
        "705.ª SESIÓN Martes 28 de mayo de 1963, a las 10.00 horas",
        "Presidente: Sr. Eduardo JIMÉNEZ DE ARÉCHAGA",
        "1. El Sr. ROSENNE dice que el artículo debería abarcar todos los tratados.",
    ]
    for lines in (french, spanish):
        batch = parse("\n".join(lines))
        meeting = only_meeting(batch)
        assert (meeting["symbol"], meeting["meeting_number"], meeting["meeting_date"]) == (
            "A/CN.4/SR.705",
            705,
            date(1963, 5, 28),
        )
        assert meeting["rose_at"] is None
        assert batch.frames["statements"].select("paragraph", "speaker_name").rows() == [(1, "Rosenne")]


@pytest.mark.parametrize(
    "lines",
    [
        [
            "Document:- A/CONF.99/C.2/SR.7 7ème séance de la Deuxième Commission Extrait des Documents officiels de"
            " la Conférence Copyright © Nations Unies",
            "M. OKAFOR appuie les amendements proposés.",
            "La séance est levée à 12 h. 55.",
            "SEPTIÈME SÉANCE Vendredi 8 mars 1963, à 15 h. 20 Président: M. LINDQVIST (Suède)",
            "ARTICLE 30 (Inviolabilité des locaux) [suite]",
            "1. Le PRÉSIDENT invite la Commission à poursuivre l'examen de l'article 30.",
        ],
        [
            "Documento:- A/CONF.99/C.2/SR.7 7.ª sesión de la Segunda Comisión Extracto de los Documentos Oficiales de"
            " la Conferencia Copyright © Naciones Unidas",
            "El Sr. OKAFOR apoya las enmiendas propuestas.",
            "Se levanta la sesión a las 12.55 horas.",
            "SÉPTIMA SESIÓN Viernes 8 de marzo de 1963, a las 15.20 horas Presidente: Sr. LINDQVIST (Suecia)",
            "ARTÍCULO 30 (Inviolabilidad de los locales) [continuación]",
            "1. El PRESIDENTE invita a la Comisión a proseguir el examen del artículo 30.",
        ],
    ],
    ids=["fr", "es"],
)
def test_a_conferences_heading_whose_number_is_in_words_and_its_hour_after_a_stop(lines: list[str]) -> None:
    """A codification conference's Official Records head each meeting with its number in words and the hour with a
    stop after "h" ("SEPTIÈME SÉANCE Vendredi 8 mars 1963, à 15 h. 20 Président: M. X (Brésil)", "SÉPTIMA SESIÓN
    ..."): the heading is found, the meeting before left out, and its date and officer read."""
    batch = parse("\n".join(lines))
    meeting = only_meeting(batch)
    assert (meeting["meeting_number"], meeting["meeting_date"], meeting["chair_name"]) == (
        7,
        date(1963, 3, 8),
        "Lindqvist",
    )
    assert meeting["rose_at"] is None
    assert batch.frames["statements"].select("speaker_name", "speaker_role").rows() == [("Lindqvist", "chair")]


def test_a_running_head_naming_the_meeting_is_no_heading() -> None:
    """ "1402nd meeting — 4 June 1976 119" heads a page of the meeting; the heading prints the day of the week."""
    running_head = "1402nd meeting — 4 June 1976 119"
    batch = parse("\n".join([YEARBOOK_COVER, running_head, *PREVIOUS_MEETING_END[1:], *OWN_MEETING]))
    statements = batch.frames["statements"].sort("paragraph")
    assert statements.select("paragraph", "speaker_name").rows() == [(1, "Ushakov"), (2, "Ago")]


def test_without_its_heading_the_meeting_before_ends_at_its_closing_line() -> None:
    """A heading a scan misread ("1402nd MEETTNG"): the meeting before is left out up to its closing line."""
    misread = ["1402nd MEETTNG Thursday, 4 June 1976, at 10.05 a.m.", *OWN_MEETING[1:]]
    batch = parse("\n".join([YEARBOOK_COVER, *PREVIOUS_MEETING_END, *misread]))
    meeting = only_meeting(batch)
    assert (meeting["meeting_number"], meeting["rose_at"]) == (1402, None)
    statements = batch.frames["statements"].sort("paragraph")
    assert statements.select("paragraph", "speaker_name").rows() == [(1, "Ushakov"), (2, "Ago")]
    assert any("to its closing line" in problem for _, problem in batch.problems)


def test_generated_records_printed_in_a_volume_parse_as_generated() -> None:
    """The generator prints 3% of old records as a volume's pages (`Rendition.in_a_volume`): each such record's
    meeting and every paragraph of its own are read as labelled, and nothing of the meetings around it."""
    from tests.corpus.formats import ordinal_figures
    from tests.corpus.records import generate_expected_records

    records = [record for record in generate_expected_records(1500, seed=20261207) if record.text.startswith("Doc")]
    assert len(records) >= 12
    headings = [f"{ordinal_figures(r.expected['meeting']['meeting_number']).upper()} MEETING " for r in records]
    assert sum(heading in record.text for heading, record in zip(headings, records, strict=True)) >= 5
    batch = parse_documents([RawRecord(f"file:///{r.name}", r.text.encode(), r.name) for r in records])
    assert batch.rejects == []
    meetings = {row["source_uri"]: row for row in batch.frames["meetings"].iter_rows(named=True)}
    statements = batch.frames["statements"].partition_by("meeting_id", as_dict=True)
    for record in records:
        meeting = meetings[f"file:///{record.name}"]
        truth = record.expected["meeting"]
        rose = meeting["rose_at"].strftime("%H:%M") if meeting["rose_at"] else None
        assert (meeting["symbol"], meeting["meeting_number"], rose) == (
            truth["symbol"],
            truth["meeting_number"],
            truth["rose_at"],
        ), record.name
        rows = statements[(meeting["meeting_id"],)].select("paragraph", "speaker_name", "speaker_role").rows()
        expected = [(s["paragraph"], s["speaker_name"], s["speaker_role"]) for s in record.expected["statements"]]
        assert rows == expected, record.name


def test_a_french_or_spanish_volumes_page_run_onto_one_line() -> None:
    """A document site's copy of a page of the Spanish or French volumes, run onto one line under no record's title:
    the meeting's heading, its presiding officer, its agenda heading and its numbered turns are read apart."""
    spanish = (
        "13\n165.ª sesión Jueves, 22 de abril de 1982, a las 15.00 horas Presidente: Sr. K. ODHIAMBO (Kenya). "
        "Examen del informe de la Segunda Comisión (A/CONF.62/L.90) (continuación) 1. El Sr. BRANDT (Islandia) dice "
        "que su delegación apoya el informe del Presidente y las propuestas de los coordinadores sobre la Comisión "
        "Preparatoria. 2. El orador añade que la Conferencia ha avanzado más de lo que sus críticos admiten y que "
        "queda poco por negociar. 3. El Sr. MOREAU (Francia) dice que su delegación comparte esa opinión y que "
        "presentará sus enmiendas por escrito antes del final de la semana."
    )
    french = (
        "7\n705e séance Mardi 28 mai 1963, à 10 heures Président: M. Eduardo JIMÉNEZ DE ARÉCHAGA. Droit des traités "
        "(A/CN.4/156) [Point 1 de l'ordre du jour] 1. M. ROSENNE dit que l'article devrait viser tous les traités "
        "conclus par écrit entre des États, quelle que soit leur forme. 2. M. BRIGGS dit qu'il partage cet avis et "
        "qu'il retire son amendement au paragraphe 2 de l'article premier, devenu sans objet."
    )
    batch = parse(spanish)
    meeting = only_meeting(batch)
    assert (meeting["meeting_number"], meeting["meeting_date"], meeting["chair_name"]) == (
        165,
        date(1982, 4, 22),
        "K. Odhiambo",
    )
    rows = batch.frames["statements"].select("paragraph", "speaker_name", "country_iso3", "is_continuation").rows()
    assert rows == [(1, "Brandt", "ISL", False), (2, "Brandt", "ISL", True), (3, "Moreau", "FRA", False)]
    batch = parse(french)
    meeting = only_meeting(batch)
    assert (meeting["meeting_number"], meeting["meeting_date"]) == (705, date(1963, 5, 28))
    assert batch.frames["statements"].select("paragraph", "speaker_name").rows() == [(1, "Rosenne"), (2, "Briggs")]


def test_a_cover_without_its_label_and_a_heading_set_on_lines_apart() -> None:
    """A document site's copy: the cover prints the symbol without "Document:-", the title below it; the meeting's
    heading has its figures, their letter and the word on lines of their own, the Chair run on after the date."""
    lines = [
        "A/CN.4/SR.705",
        "Compte rendu analytique de la 705e séance",
        "Extrait de l'Annuaire de la Commission du droit international:-",
        "1963 , vol. I",
        "Copyright © Nations Unies",
        "88. M. BRIGGS dit qu'il retire son amendement.",
        "La séance est levée à 13 heures.",
        "705",
        "e",
        "SEANCE",
        "Mardi 28 mai 1963, à 10 heures Président : M. Eduardo JIMÉNEZ DE ARÉCHAGA",
        "1. M. ROSENNE dit que l'article devrait viser tous les traités conclus par écrit.",
    ]
    batch = parse("\n\n".join(lines))
    meeting = only_meeting(batch)
    assert {key: meeting[key] for key in ("symbol", "meeting_number", "meeting_date", "chair_name", "rose_at")} == {
        "symbol": "A/CN.4/SR.705",
        "meeting_number": 705,
        "meeting_date": date(1963, 5, 28),
        "chair_name": "Eduardo Jiménez de Aréchaga",
        "rose_at": None,
    }
    assert batch.frames["statements"].select("paragraph", "speaker_name").rows() == [(1, "Rosenne")]


def test_a_page_run_onto_one_line_that_opens_past_paragraph_one_is_the_meeting_befores() -> None:
    """A document site's copy runs each page onto one line. The pages of an extract begin with the page the meeting
    begins on, so a first page that opens at paragraph 53, whatever its running head, is the meeting before's end
    when no heading of this meeting follows. A cover that lost "SR." ("A/CN.4/1402"), or that prints its "Extract
    from" line first, names the meeting its title names."""
    cover = YEARBOOK_COVER.replace("A/CN.4/SR.1402", "A/CN.4/1402")
    extract_first = cover[cover.index("Extract from") : cover.index(" Downloaded")]
    extract_first += f" {cover[: cover.index(' Extract from')]} Downloaded ... (Copyright"
    for running_head in ("118 Yearbook of the International Law Commission, 1976, vol. I", "1402nd meeting — 4 June"):
        before = f"2 {running_head} the draft as a whole. 53. Mr. KEARNEY said that he would circulate a note on the"
        before += " draft before the next meeting. 54. Mr. AGO agreed."
        for printed in (cover, extract_first):
            batch = parse(f"1 {printed}\n\n{before}")
            meeting = only_meeting(batch)
            assert (meeting["symbol"], meeting["meeting_number"]) == ("A/CN.4/SR.1402", 1402)
            assert batch.frames["statements"].height == 0


def test_a_heading_whose_figures_a_copy_lost() -> None:
    """ "th MEETING Wednesday, 27 May 2009, at a.m.": a document site's copy lost the meeting's figures and the
    hour's with their links; the heading still starts the meeting's own pages, and the date is read."""
    page = "2 1402nd meeting — 4 June th MEETING Friday, 4 June 1976, at a.m. Chairman: Mr. Abdul Hakim TABIBI"
    page += " 1. Mr. USHAKOV said that the article drew too wide a line between a wrongful act and its effects."
    batch = parse("\n".join([YEARBOOK_COVER, *PREVIOUS_MEETING_END, page]))
    meeting = only_meeting(batch)
    assert (meeting["meeting_number"], meeting["meeting_date"], meeting["rose_at"]) == (1402, date(1976, 6, 4), None)
    assert batch.frames["statements"].select("paragraph", "speaker_name").rows() == [(1, "Ushakov")]


@pytest.mark.parametrize(
    ("running_head", "cover"),
    [
        ("1402nd meeting — 4 June 1976 121", YEARBOOK_COVER),
        ("1402nd meeting–4 June 1976", YEARBOOK_COVER),
        # The year left to the cover, which prints it after the topic: "Topic: ... 1976, vol. I Downloaded".
        (
            "1402nd meeting 4 June",
            YEARBOOK_COVER.replace(":- 1976, vol. I", ":-").replace("Downloaded", "1976, vol. I Downloaded"),
        ),
    ],
)
def test_pages_that_reach_no_heading_take_the_meetings_day_from_the_running_head(running_head: str, cover: str) -> None:
    """An extract whose pages open in the middle of the meeting and never reach its heading (the heading, with the
    day of the week, is on a page before): the page's running head names the meeting and its day, the year printed
    there or left to the cover's volume; another meeting's running head gives no day."""
    page = [
        running_head,
        "23. Mr. KEARNEY said that the draft would need a further article on the duty to make reparation.",
        "24. Mr. AGO agreed.",
    ]
    meeting = only_meeting(parse("\n".join([cover, *page])))
    assert (meeting["meeting_number"], meeting["meeting_date"]) == (1402, date(1976, 6, 4))
    another = only_meeting(parse("\n".join([cover, running_head.replace("1402nd", "1401st"), *page[1:]])))
    assert (another["meeting_number"], another["meeting_date"]) == (1402, None)


@pytest.mark.parametrize(
    ("session_head", "session"),
    [
        ("120 Summary records of the meetings of the twenty-eighth session", 28),
        ("86 Summary records of the second part of the fifty-third session", 53),
        ("264 Comptes rendus analytiques des séances de la quarante-septième session", 47),
        ("90 Actas resumidas de las sesiones del cuadragésimo séptimo período de sesiones", 47),
    ],
)
def test_pages_that_reach_no_heading_take_the_session_from_the_facing_pages_running_head(
    session_head: str, session: int
) -> None:
    """The left-hand page's running head names the volume's session ("Summary records of the meetings of the
    twenty-eighth session", in French "Comptes rendus analytiques des séances de la ... session", in Spanish "Actas
    resumidas de las sesiones del ... período de sesiones"): an extract whose pages reach no heading reads it."""
    page = [
        session_head,
        "the rule would then apply to every State, whatever its practice had been.",
        "23. Mr. KEARNEY said that the draft would need a further article on the duty to make reparation.",
    ]
    meeting = only_meeting(parse("\n".join([YEARBOOK_COVER, *page])))
    assert (meeting["meeting_number"], meeting["session_number"]) == (1402, session)

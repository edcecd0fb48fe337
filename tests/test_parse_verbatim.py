"""Verbatim records: the real S/PV.4507 PDF, and first-person turns written in other styles."""

from __future__ import annotations

from datetime import date, time

import polars as pl
import pytest

from flows.sources import RawRecord as Document
from tests.conftest import ROOT
from transforms.parse import ParsedBatch, parse_documents

REAL_PDF = ROOT / "samples" / "verbatim" / "S_PV.4507-EN.pdf"


@pytest.fixture(scope="module")
def real() -> ParsedBatch:
    return parse_documents([Document(REAL_PDF.as_uri(), REAL_PDF.read_bytes(), REAL_PDF.name)])


def test_real_masthead(real: ParsedBatch) -> None:
    assert real.rejects == []
    meeting = real.frames["meetings"].row(0, named=True)
    assert {
        k: meeting[k]
        for k in (
            "meeting_id",
            "record_type",
            "body",
            "meeting_number",
            "meeting_date",
            "chair_name",
            "called_to_order",
            "session_id",
        )
    } == {
        "meeting_id": "S/PV.4507",
        "record_type": "verbatim",
        "body": "SC",
        "meeting_number": 4507,
        "meeting_date": date(2002, 4, 4),
        "chair_name": "Lavrov",
        "called_to_order": time(11, 50),
        "session_id": "SC-57",
    }


def test_every_turn_of_the_real_record_is_attributed(real: ParsedBatch) -> None:
    statements = real.frames["statements"]
    turns = statements.filter(~pl.col("is_continuation") & (pl.col("speaker_role") != "procedural"))
    assert turns.select("speaker_name", "speaker_role", "country_iso3", "spoke_in").rows() == [
        ("Lavrov", "chair", None, "Russian"),
        ("Bertini", "observer", None, None),
        ("Levitte", "delegation", "FRA", "French"),
        ("Yap", "delegation", "SGP", None),
        ("Wehbe", "delegation", "SYR", "Arabic"),
        ("Lajous", "delegation", "MEX", "Spanish"),
        ("Valdivieso", "delegation", "COL", "Spanish"),
        ("Kolby", "delegation", "NOR", None),
        ("Eldon", "delegation", "GBR", None),
        ("Lavrov", "chair", None, "Russian"),
    ]
    procedural = statements.filter(pl.col("speaker_role") == "procedural")["text"].to_list()
    assert procedural == ["The agenda was adopted."]
    assert statements.filter(pl.col("speaker_name").is_null() & (pl.col("speaker_role") != "procedural")).height == 0


def test_turns_split_into_paragraphs(real: ParsedBatch) -> None:
    statements = real.frames["statements"]
    assert statements["paragraph"].to_list() == list(range(1, statements.height + 1))
    bertini = statements.filter(pl.col("speaker_name") == "Bertini")
    assert bertini.height > 10
    assert bertini["turn"].n_unique() == 1
    assert bertini["text"][0].startswith("I would like to thank you very much, Mr. President")


GA_PLENARY = """United Nations
A/58/PV.12
General Assembly
Fifty-eighth session
12th plenary meeting
Monday, 29 September 2003, 3 p.m.
New York
President: Mr. Hunte . . . . . . . . . . . . . . . . . . . . . . . . (Saint Lucia)
The meeting was called to order at 3.05 p.m.
Address by Mr. Festus Mogae, President of the Republic of Botswana
The President: The Assembly will first hear an address by the President of the Republic of Botswana.
Mr. Mogae (Botswana): Allow me to congratulate you, Sir, on your election.
Botswana has long been committed to the fight against HIV/AIDS.
The Acting President (spoke in French): I now give the floor to the Minister for Foreign Affairs of Mali.
Mr. Diarra (Mali) (spoke in French): On behalf of my delegation, I thank you.
The meeting rose at 6.10 p.m.
"""


def test_general_assembly_plenary_written_in_the_verbatim_style() -> None:
    batch = parse_documents([Document("file:///A_58_PV.12-EN.txt", GA_PLENARY.encode(), "A_58_PV.12-EN.txt")])
    meeting = batch.frames["meetings"].row(0, named=True)
    assert (meeting["meeting_id"], meeting["body"], meeting["session_number"], meeting["meeting_number"]) == (
        "A/58/PV.12",
        "GA",
        58,
        12,
    )
    assert (meeting["called_to_order"], meeting["rose_at"], meeting["chair_name"]) == (
        time(15, 5),
        time(18, 10),
        "Hunte",
    )
    rows = batch.frames["statements"].select("speaker_name", "speaker_role", "country_iso3", "is_continuation").rows()
    assert rows == [
        ("Hunte", "chair", None, False),
        ("Mogae", "delegation", "BWA", False),
        ("Mogae", "delegation", "BWA", True),
        (None, "chair", None, False),
        ("Diarra", "delegation", "MLI", False),
    ]


@pytest.mark.parametrize(
    "president",
    [
        "President: Mr. Zhang Yishan . . . . . . . . . . . . . . . (China)",
        "President:\tMr. Zhang Yishan\t(China)",  # a word processor's copy: the leader is a tab
        "President: Mr. Zhang Yishan (China)",  # a web rendition: no leader at all
        "President: Mr. Zhang Yishan",
    ],
)
def test_the_president_however_the_leader_was_printed(president: str) -> None:
    text = "\n".join(
        [
            "United Nations", "S/PV.4567", "Security Council", "Fifty-seventh year", "4567th meeting",
            "Tuesday, 9 July 2002, 10 a.m.", "New York", president,
            "Members:\tBulgaria\tMr. Tafrov", "The meeting was called to order at 10.20 a.m.",
            "The President: I welcome the representative of Canada.",
            "Mr. Tafrov: My delegation supports the draft resolution.",
        ]
    )  # fmt: skip
    batch = parse_documents([Document("file:///S_PV.4567.txt", text.encode(), "S_PV.4567.txt")])
    assert batch.frames["meetings"]["chair_name"].to_list() == ["Zhang Yishan"]
    statements = batch.frames["statements"].select("speaker_name", "speaker_role", "country_iso3").rows()
    assert statements == [("Zhang Yishan", "chair", None), ("Tafrov", "delegation", "BGR")]


@pytest.mark.parametrize(
    ("organ", "year", "meeting", "symbol"),
    [
        ("SECURITY COUNCIL", "FIFTEENTH YEAR", "850th MEETING: 20 JULY 1960", "S/PV.850"),
        ("GENERAL ASSEMBLY", "FIFTEENTH SESSION", "900th PLENARY MEETING: 20 JULY 1960", "A/PV.900"),
        ("GENERAL ASSEMBLY", "THIRTY-FIRST SESSION", "12th PLENARY MEETING: 20 JULY 1976", "A/31/PV.12"),
    ],
)
def test_the_first_decades_official_records_in_capitals(organ: str, year: str, meeting: str, symbol: str) -> None:
    """No symbol printed, the date in capitals, "The PRESIDENT:": the organ's numbering gives the symbol, marked
    derived."""
    text = "\n".join(
        [
            "UNITED NATIONS", organ, "OFFICIAL RECORDS", year, meeting, "NEW YORK",
            "President: Mr. Vasily V. KUZNETSOV (Union of Soviet Socialist Republics).",
            "The PRESIDENT: I call on the representative of Tunisia.",
            "Mr. SLIM (Tunisia): My delegation has asked for this meeting.",
        ]
    )  # fmt: skip
    batch = parse_documents([Document("file:///or.txt", text.encode(), "or.txt")])
    meeting_row = batch.frames["meetings"].row(0, named=True)
    assert (meeting_row["symbol"], meeting_row["symbol_derived"], meeting_row["meeting_date"].day) == (symbol, True, 20)
    assert meeting_row["chair_name"] == "Vasily V. Kuznetsov"
    statements = batch.frames["statements"].select("speaker_name", "speaker_role", "country_iso3").rows()
    assert statements == [("Vasily V. Kuznetsov", "chair", None), ("Slim", "delegation", "TUN")]

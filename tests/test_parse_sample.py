"""The bundled sample parsed completely: every paragraph, speaker, time and citation."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import polars as pl
import pytest

from flows.sources import RawRecord as Document
from tests.conftest import SAMPLE
from tests.golden import assert_matches_golden
from transforms.parse import ParsedBatch, parse_documents


@pytest.fixture(scope="module")
def batch() -> ParsedBatch:
    # A URI independent of where the checkout lives, so the golden file holds on any machine.
    uri = f"file:///samples/summary-records/{SAMPLE.name}"
    return parse_documents([Document(uri, SAMPLE.read_bytes(), SAMPLE.name)])


@pytest.fixture(scope="module")
def statements(batch: ParsedBatch) -> pl.DataFrame:
    return batch.frames["statements"]


def speaker_of(statements: pl.DataFrame, paragraph: int) -> dict:
    return statements.filter(pl.col("paragraph") == paragraph).row(0, named=True)


def test_whole_output_matches_golden(batch: ParsedBatch) -> None:
    assert batch.rejects == []
    assert_matches_golden("cmw-mexico-second-periodic-report", batch.frames)


def test_every_paragraph_is_read_in_order(statements: pl.DataFrame) -> None:
    assert statements["paragraph"].to_list() == list(range(1, 60))


@pytest.mark.parametrize("paragraph", [6, 7, 8])
def test_continuations_belong_to_ms_herrera_rivero(statements: pl.DataFrame, paragraph: int) -> None:
    row = speaker_of(statements, paragraph)
    assert (row["speaker_name"], row["country_iso3"], row["is_continuation"]) == ("Herrera Rivero", "MEX", True)


def test_paragraph_28_continues_mr_tall(statements: pl.DataFrame) -> None:
    row = speaker_of(statements, 28)
    assert (row["speaker_name"], row["speaker_role"], row["country_iso3"]) == ("Tall", "member", None)
    assert row["turn"] == speaker_of(statements, 27)["turn"]


def test_a_name_inside_a_paragraph_is_not_a_speaker(statements: pl.DataFrame) -> None:
    row = speaker_of(statements, 15)  # "As to Fr. Solalinde, he had become ..."
    assert row["speaker_name"] == "Yrizar Barbosa"
    assert row["is_continuation"] is True


def test_roles(statements: pl.DataFrame) -> None:
    assert speaker_of(statements, 1)["speaker_role"] == "procedural"
    assert speaker_of(statements, 2)["speaker_role"] == "chair"
    rapporteur = speaker_of(statements, 32)
    assert (rapporteur["speaker_name"], rapporteur["speaker_role"], rapporteur["country_iso3"]) == (
        "Carrión-Mena",
        "rapporteur",
        None,
    )
    assert speaker_of(statements, 33)["speaker_name"] == "Poussi Konsimbo"
    assert speaker_of(statements, 37)["speaker_role"] == "member"


def test_misprint_merged_and_audited(batch: ParsedBatch, statements: pl.DataFrame) -> None:
    assert speaker_of(statements, 12)["speaker_name"] == "Beltrán del Río Madrid"
    assert speaker_of(statements, 12)["speaker_label"].startswith("Mr. Baltrán")
    aliases = batch.frames["speaker_aliases"].to_dicts()
    assert [(a["alias_name"], a["canonical_name"], a["paragraphs"]) for a in aliases] == [
        ("Baltrán del Río Madrid", "Beltrán del Río Madrid", [12, 13])
    ]


def test_different_people_are_not_merged(statements: pl.DataFrame) -> None:
    assert speaker_of(statements, 38)["speaker_name"] == "Muñoz"
    assert speaker_of(statements, 45)["speaker_name"] == "Negrín Muñoz"


def test_meeting_frame(batch: ParsedBatch) -> None:
    meeting = batch.frames["meetings"].row(0, named=True)
    assert meeting["called_to_order"] == time(10, 0)
    assert meeting["rose_at"] == time(13, 5)
    assert meeting["state_party"] == "MEX"
    assert meeting["paragraph_count"] == 59
    # The masthead was lost and the file name is not in the UN's form: an id from where it comes from.
    assert meeting["meeting_id"].startswith("source:")


def test_agenda_cites_three_documents(batch: ParsedBatch) -> None:
    refs = batch.frames["document_refs"].filter(pl.col("paragraph").is_null())["symbol"].to_list()
    assert refs == ["CMW/C/MEX/2", "CMW/C/MEX/Q/2", "CMW/C/MEX/Q/2/Add.1"]


def test_symbol_taken_from_a_un_file_name(tmp_path: Path) -> None:
    named = tmp_path / "CMW_C_SR.160-EN.txt"
    named.write_bytes(SAMPLE.read_bytes())
    meeting = parse_documents([Document(named.as_uri(), named.read_bytes(), named.name)]).frames["meetings"]
    assert meeting.select("meeting_id", "body", "meeting_number").row(0) == ("CMW/C/SR.160", "CMW", 160)

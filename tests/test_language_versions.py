"""A meeting's English, French and Spanish versions in a real DuckDB warehouse, side by side.

The English tables answer as before whatever other version loads; each other language's rows go to
its own schema under the meeting's own id; `statements_aligned` shows the versions paragraph by
paragraph and every load records whether they agree.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import polars as pl
import pytest

from flows.sources import RawRecord
from transforms.parse import parse_documents
from transforms.schemas import QUARANTINE, empty
from warehouse.export import export_relation
from warehouse.load import BatchToLoad, load_batch
from warehouse.store import connect, migrate

VERSIONS = Path(__file__).parent / "fixtures" / "versions"
ENGLISH, FRENCH, SPANISH = "crc-c-sr-2501-en.txt", "crc-c-sr-2501-fr.txt", "crc-c-sr-2501-es.txt"


def load(con: duckdb.DuckDBPyConnection, run_id: str, *files: tuple[str, bytes]) -> int:
    batch = parse_documents([RawRecord(f"file:///versions/{name}", content, name) for name, content in files])
    assert batch.rejects == []
    return load_batch(con, BatchToLoad(batch.frames, empty(QUARANTINE), None, "versions"), run_id)


def version(name: str) -> tuple[str, bytes]:
    return name, (VERSIONS / name).read_bytes()


def main_tables(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple[object, ...]]]:
    tables = ("meetings", "statements", "agenda_items", "document_refs", "indicators", "speakers", "sessions")
    return {
        table: con.execute(f"select * exclude (ingested_at, run_id) from main.{table} order by all").fetchall()
        if table == "meetings"
        else con.execute(f"select * from main.{table} order by all").fetchall()
        for table in tables
    }


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    connection = connect(str(tmp_path / "records.duckdb"))
    migrate(connection)
    return connection


def test_a_ducklake_keeps_the_versions_side_by_side_too(tmp_path: Path) -> None:
    lake = connect(f"ducklake:{tmp_path / 'catalog.ducklake'}")
    try:
        migrate(lake)
        load(lake, "run", version(ENGLISH), version(FRENCH), version(SPANISH))
        held = {s: lake.execute(f"select count(*) from {s}.statements").fetchone() for s in ("main", "fr", "es")}
        aligned = lake.execute("select count(*), min(versions) from statements_aligned").fetchone()
    finally:
        lake.close()
    assert held == {"main": (6,), "fr": (6,), "es": (6,)}
    assert aligned == (6, 3)


def agreement(con: duckdb.DuckDBPyConnection, run_id: str) -> list[tuple[object, ...]]:
    return con.execute(
        "select success, element_count, unexpected_count, unexpected_sample, meeting_ids from quality_results "
        "where suite = 'language_versions' and run_id = ?",
        [run_id],
    ).fetchall()


def test_other_languages_load_beside_the_english_version_and_change_no_english_answer(
    con: duckdb.DuckDBPyConnection,
) -> None:
    assert load(con, "run-en", version(ENGLISH)) == 1
    english = main_tables(con)

    assert load(con, "run-fr-es", version(FRENCH), version(SPANISH)) == 2

    assert main_tables(con) == english
    languages = {
        schema: con.execute(f"select meeting_id, language from {schema}.meetings").fetchall()
        for schema in ("main", "fr", "es")
    }
    assert languages == {
        "main": [("CRC/C/SR.2501", "en")],
        "fr": [("CRC/C/SR.2501", "fr")],
        "es": [("CRC/C/SR.2501", "es")],
    }
    aligned = con.execute(
        "select paragraph, speaker_name, speaker_role, country_iso3, versions, left(text_en, 12), "
        "left(text_fr, 12), left(text_es, 12) from statements_aligned order by paragraph"
    ).fetchall()
    assert aligned == [
        (1, None, "procedural", None, 3, "At the invit", "Sur l’invita", "Por invitaci"),
        (2, "Otani", "chair", None, 3, "The Chair we", "La Président", "La President"),
        (3, "Pereira Salvo", "delegation", "URY", 3, "Mr. Pereira ", "M. Pereira S", "El Sr. Perei"),
        (4, "Aldoseri", "rapporteur", None, 3, "Ms. Aldoseri", "M me Aldoser", "La Sra. Aldo"),
        (5, "Pereira Salvo", "delegation", "URY", 3, "Mr. Pereira ", "M. Pereira S", "El Sr. Perei"),
        (6, "Otani", "chair", None, 3, "The Chair pr", "La Président", "La President"),
    ]
    assert con.execute("select count(*) from version_disagreements").fetchone() == (0,)
    assert agreement(con, "run-fr-es") == [(True, 6, 0, "[]", ["CRC/C/SR.2501"])]


def test_a_batch_may_hold_every_version_and_a_rerun_loads_nothing_twice(con: duckdb.DuckDBPyConnection) -> None:
    files = (version(ENGLISH), version(FRENCH), version(SPANISH))
    load(con, "first", *files)
    counts = {
        schema: con.execute(f"select count(*) from {schema}.statements").fetchone() for schema in ("main", "fr", "es")
    }
    load(con, "again", *files)

    assert counts == {"main": (6,), "fr": (6,), "es": (6,)}
    assert {
        schema: con.execute(f"select count(*) from {schema}.statements").fetchone() for schema in ("main", "fr", "es")
    } == counts
    assert con.execute("select count(*) from source_files").fetchone() == (3,)


def test_a_revised_version_replaces_its_rows_and_a_disagreement_is_reported(
    con: duckdb.DuckDBPyConnection,
) -> None:
    load(con, "first", version(ENGLISH), version(FRENCH), version(SPANISH))
    spanish = (VERSIONS / SPANISH).read_text(encoding="utf-8")
    # The revision gives paragraph 5 to the Rapporteur and drops paragraph 6.
    revised = spanish.replace(
        "5.\tEl Sr. Pereira Salvo (Uruguay) dice", "5.\tLa Sra. Aldoseri (Relatora para el país) dice"
    ).replace("6.\tLa Presidenta propone que el diálogo continúe en la sesión siguiente.\n", "")

    load(con, "revision", (SPANISH, revised.encode()))

    assert con.execute("select paragraph, speaker_name from es.statements order by paragraph").fetchall() == [
        (1, None), (2, "Otani"), (3, "Pereira Salvo"), (4, "Aldoseri"), (5, "Aldoseri"),
    ]  # fmt: skip
    assert con.execute(
        "select paragraph, language_a, language_b, disagreement from version_disagreements order by all"
    ).fetchall() == [
        (5, "en", "es", "speaker role differs"),
        (5, "es", "fr", "speaker role differs"),
        (6, "en", "es", "paragraph missing in es"),
        (6, "es", "fr", "paragraph missing in es"),
    ]
    [(success, compared, failed, sample, meetings)] = agreement(con, "revision")
    assert (success, compared, failed, meetings) == (False, 6, 4, ["CRC/C/SR.2501"])
    assert json.loads(str(sample))[0] == "5: speaker role differs (en/es)"
    assert con.execute(
        "select severity, table_name from quality_failures where expectation = 'expect_language_versions_to_agree'"
    ).fetchall() == [("warning", "statements")]


def test_each_language_version_is_explained_and_exported(con: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    load(con, "first", version(FRENCH))
    described = dict(
        con.execute(
            "select column_name, comment from duckdb_columns() where schema_name = 'fr' and table_name = 'statements'"
        ).fetchall()
    )
    assert described["speaker_name"].startswith("Normalised name without title")

    rows = export_relation(con, "fr.statements", tmp_path / "fr.statements.parquet", "parquet")

    assert rows == 6
    assert pl.read_parquet(tmp_path / "fr.statements.parquet")["speaker_name"].to_list()[1] == "Otani"
    with pytest.raises(ValueError, match="no table or view"):
        export_relation(con, "de.statements", tmp_path / "x.parquet", "parquet")

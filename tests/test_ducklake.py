"""A DuckLake catalog as the warehouse: the same flow, the rows the parser makes, documented as a DuckDB file is."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from flows.nightly import nightly_ingest
from flows.sources.folder import FolderSource
from tests.conftest import SAMPLE, lake_counts, scalar
from tests.corpus import write_corpus
from transforms.parse import parse_documents
from warehouse import store

pytestmark = pytest.mark.slow  # the flow run into a DuckLake, three times


def parsed_counts(folder: Path) -> dict[str, int]:
    """The rows of every table for the whole folder from the parser alone: what any warehouse that
    loaded it holds (a DuckDB file does: tests/test_flow_end_to_end.py)."""
    source = FolderSource(folder)
    parsed = parse_documents(source.fetch(source.discover()).records)
    assert not parsed.rejects
    return {table: frame.height for table, frame in parsed.frames.items()}


def test_a_ducklake_warehouse_holds_what_the_parser_makes_of_its_records(prefect_api: str, tmp_path: Path) -> None:
    folder = tmp_path / "records"
    write_corpus(folder, 6, seed=3)
    shutil.copy(SAMPLE, folder / "CMW_C_SR.160-EN.txt")
    lake = f"ducklake:{tmp_path / 'lake' / 'catalog.ducklake'}"

    first = nightly_ingest(source=str(folder), warehouse=lake, batch_size=3)

    assert (first.status, first.loaded) == ("completed", 7)
    expected = parsed_counts(folder)
    assert {table: lake_counts(lake)[table] for table in expected} == expected
    assert lake_counts(lake)["source_files"] == 7
    assert list((tmp_path / "lake" / "catalog.ducklake.files").rglob("*.parquet"))

    # Idempotent and revisable as the file is: a rerun loads nothing, a revised record replaces its rows.
    again = nightly_ingest(source=str(folder), warehouse=lake, batch_size=3)
    assert (again.loaded, again.skipped) == (0, 7)
    sample = folder / "CMW_C_SR.160-EN.txt"
    sample.write_text(sample.read_text(encoding="utf-8").replace("1,325 complaints", "1,326 complaints"))
    revised = nightly_ingest(source=str(folder), warehouse=lake, batch_size=3)
    assert revised.loaded == 1
    expected = parsed_counts(folder)
    assert {table: lake_counts(lake)[table] for table in expected} == expected

    con = store.connect(lake, read_only=True)
    try:
        figure = con.execute("select value from indicators where surface = '1,326'").fetchall()
        comment = scalar(con, "select comment from duckdb_tables() where table_name = 'statements'")
    finally:
        con.close()
    assert figure == [(1326.0,)]
    assert "paragraph" in comment

"""A DuckLake catalog as the warehouse: the same flow, the same rows as a DuckDB file, documented the same way."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from flows.nightly import nightly_ingest
from tests.conftest import SAMPLE, lake_counts, scalar, table_counts
from tests.corpus import write_corpus
from warehouse import store

pytestmark = pytest.mark.slow  # the flow run twice, into a DuckDB file and into a DuckLake


def test_a_ducklake_warehouse_holds_what_a_duckdb_file_holds(prefect_api: str, tmp_path: Path) -> None:
    folder = tmp_path / "records"
    write_corpus(folder, 6, seed=3)
    shutil.copy(SAMPLE, folder / "CMW_C_SR.160-EN.txt")
    reference = tmp_path / "file.duckdb"
    lake = f"ducklake:{tmp_path / 'lake' / 'catalog.ducklake'}"

    nightly_ingest(source=str(folder), warehouse=str(reference), batch_size=3)
    first = nightly_ingest(source=str(folder), warehouse=lake, batch_size=3)

    assert (first.status, first.loaded) == ("completed", 7)
    expected = table_counts(reference)
    assert {table: lake_counts(lake)[table] for table in expected} == expected
    assert list((tmp_path / "lake" / "catalog.ducklake.files").rglob("*.parquet"))

    # Idempotent and revisable as the file is: a rerun loads nothing, a revised record replaces its rows.
    again = nightly_ingest(source=str(folder), warehouse=lake, batch_size=3)
    assert (again.loaded, again.skipped) == (0, 7)
    sample = folder / "CMW_C_SR.160-EN.txt"
    sample.write_text(sample.read_text(encoding="utf-8").replace("1,325 complaints", "1,326 complaints"))
    revised = nightly_ingest(source=str(folder), warehouse=lake, batch_size=3)
    assert revised.loaded == 1
    nightly_ingest(source=str(folder), warehouse=str(reference), batch_size=3)
    expected = table_counts(reference)
    assert {table: lake_counts(lake)[table] for table in expected} == expected

    con = store.connect(lake, read_only=True)
    try:
        figure = con.execute("select value from indicators where surface = '1,326'").fetchall()
        comment = scalar(con, "select comment from duckdb_tables() where table_name = 'statements'")
    finally:
        con.close()
    assert figure == [(1326.0,)]
    assert "paragraph" in comment

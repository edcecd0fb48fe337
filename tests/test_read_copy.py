"""The read copy of a DuckDB-file warehouse: readers hold it, never the writer's file."""

from __future__ import annotations

from pathlib import Path

import duckdb

from tests.conftest import scalar
from warehouse.read_copy import for_reading, publish, read_copy_of


def write(warehouse: Path, rows: int) -> None:
    with duckdb.connect(str(warehouse)) as con:
        con.execute("create or replace table meetings as select range as meeting_id from range(?)", [rows])


def test_a_reader_holding_the_copy_never_stops_the_writer_and_keeps_what_it_opened(tmp_path: Path) -> None:
    warehouse = tmp_path / "records.duckdb"
    write(warehouse, 3)
    assert for_reading(str(warehouse)) == str(warehouse)  # nothing published yet: the file as it is

    copy = publish(str(warehouse))

    assert copy == read_copy_of(warehouse) == tmp_path / "records.read.duckdb"
    assert for_reading(str(warehouse)) == str(copy)
    held = duckdb.connect(str(copy), read_only=True)
    try:
        write(warehouse, 5)  # the writer opens its own file while a reader holds the copy
        publish(str(warehouse))
        assert scalar(held, "select count(*) from meetings") == 3  # whole, as it was when opened
    finally:
        held.close()
    with duckdb.connect(str(copy), read_only=True) as fresh:
        assert scalar(fresh, "select count(*) from meetings") == 5
    assert sorted(path.name for path in tmp_path.iterdir()) == ["records.duckdb", "records.read.duckdb"]


def test_a_lake_has_no_copy_its_readers_read_it_as_it_is(tmp_path: Path) -> None:
    lake = f"ducklake:{tmp_path / 'catalog.ducklake'}"
    assert publish(lake) is None
    assert for_reading(lake) == lake

"""The warehouse DDL, the frame schemas and the comments agree."""

from __future__ import annotations

from pathlib import Path

import duckdb
import polars as pl
import pytest

from transforms import schemas
from warehouse.store import is_current, migrate

DUCKDB_TYPES = {
    pl.String: "VARCHAR",
    pl.Int32: "INTEGER",
    pl.Int64: "BIGINT",
    pl.Float64: "DOUBLE",
    pl.Boolean: "BOOLEAN",
    pl.Date: "DATE",
    pl.Time: "TIME",
    pl.List(pl.Int32): "INTEGER[]",
    pl.List(pl.String): "VARCHAR[]",
    pl.Datetime("us", "UTC"): "TIMESTAMP WITH TIME ZONE",
}
LOAD_COLUMNS = {"meetings": {"ingested_at": "TIMESTAMP WITH TIME ZONE", "run_id": "VARCHAR"}}


@pytest.fixture(scope="module")
def con(tmp_path_factory: pytest.TempPathFactory) -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect(str(tmp_path_factory.mktemp("schema") / "w.duckdb"))
    migrate(connection)
    return connection


def columns(con: duckdb.DuckDBPyConnection, table: str) -> dict[str, str]:
    rows = con.execute(
        "select column_name, data_type from duckdb_columns() where table_name = ? order by column_index", [table]
    ).fetchall()
    return dict(rows)


@pytest.mark.parametrize("table", sorted(schemas.ALL_TABLES))
def test_table_matches_frame_schema(con: duckdb.DuckDBPyConnection, table: str) -> None:
    expected = {name: DUCKDB_TYPES[dtype] for name, dtype in schemas.ALL_TABLES[table].items()}
    expected.update(LOAD_COLUMNS.get(table, {}))
    assert columns(con, table) == expected


def test_quality_results_match_the_gate(con: duckdb.DuckDBPyConnection) -> None:
    from expectations.results import QUALITY_RESULTS

    assert columns(con, "quality_results") == {name: DUCKDB_TYPES[dtype] for name, dtype in QUALITY_RESULTS.items()}


def test_every_table_and_column_is_explained(con: duckdb.DuckDBPyConnection) -> None:
    tables = con.execute("select table_name, comment from duckdb_tables()").fetchall()
    assert [name for name, comment in tables if not comment] == []
    bare = con.execute(
        "select table_name, column_name from duckdb_columns() c where comment is null and not internal "
        "and (table_name in (select table_name from duckdb_tables()) "
        "or table_name in (select view_name from duckdb_views() where not internal))"
    ).fetchall()
    assert bare == []  # tables, the bookkeeping of migrations and every view's columns


def test_every_view_is_explained(con: duckdb.DuckDBPyConnection) -> None:
    views = con.execute("select view_name, comment from duckdb_views() where not internal").fetchall()
    assert views, "no views created"
    assert [name for name, comment in views if not comment] == []


def test_migrations_are_applied_once(tmp_path: Path) -> None:
    path = tmp_path / "twice.duckdb"
    with duckdb.connect(str(path)) as first:
        applied = migrate(first)
    with duckdb.connect(str(path)) as second:
        assert migrate(second) == []
    assert len(applied) == len(list((Path(__file__).parents[1] / "warehouse" / "schema").glob("*.sql")))


def test_an_older_warehouse_s_repeated_quarantine_entries_become_one_per_record(tmp_path: Path) -> None:
    schema = Path(__file__).parents[1] / "warehouse" / "schema"
    path = tmp_path / "older.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("create table schema_migrations (name varchar, applied_at timestamp with time zone)")
        for script in sorted(schema.glob("*.sql")):
            if script.name < "018":
                con.execute(script.read_text(encoding="utf-8"))
                con.execute("insert into schema_migrations values (?, now())", [script.name])
        for night, resolved in ((1, None), (2, None), (3, None), (1, "2026-11-02")):
            uri = "file:///r/loaded-later.txt" if resolved else "file:///r/notes.txt"
            con.execute(
                "insert into quarantine (quarantine_id, run_id, quarantined_at, source_uri, stage, reason, resolved_at)"
                " values (?, ?, ?, ?, 'parse', ?, ?)",
                [f"q{night}{uri}", f"run-{night}", f"2026-11-0{night} 02:30:00+00", uri, f"night {night}", resolved],
            )
        assert migrate(con)[0] == "018_quarantine_one_entry_per_record.sql"
        rows = con.execute(
            "select source_uri, attempts, first_quarantined_at::date::varchar, reason from quarantine order by 1"
        ).fetchall()
    assert rows == [
        ("file:///r/loaded-later.txt", 1, "2026-11-01", "night 1"),
        ("file:///r/notes.txt", 3, "2026-11-01", "night 3"),
    ]


def test_an_older_warehouse_loses_the_table_its_duckdb_search_index_was_built_on(tmp_path: Path) -> None:
    """Search moved to an index beside the warehouse (`warehouse/search.py`); the next run builds it."""
    schema = Path(__file__).parents[1] / "warehouse" / "schema"
    with duckdb.connect(str(tmp_path / "older.duckdb")) as con:
        con.execute("create table schema_migrations (name varchar, applied_at timestamp with time zone)")
        for script in sorted(schema.glob("*.sql")):
            if script.name < "019":
                con.execute(script.read_text(encoding="utf-8"))
                con.execute("insert into schema_migrations values (?, now())", [script.name])
        con.execute("create table statement_search as select 'a#1' as statement_key, 'text' as text")
        con.execute("create schema fts_main_statement_search")
        assert migrate(con) == ["019_search_index_leaves_the_warehouse.sql", "020_language_versions.sql"]
        tables = {row[0] for row in con.execute("select table_name from duckdb_tables()").fetchall()}
        schemas = {row[0] for row in con.execute("select schema_name from duckdb_schemas()").fetchall()}
    assert "statement_search" not in tables
    assert "fts_main_statement_search" not in schemas


def test_a_copy_is_current_only_with_every_schema_file_applied(tmp_path: Path) -> None:
    """Readers open the writer's file only to migrate it (`flows.cli.common.bring_up_to_date`)."""
    with duckdb.connect(str(tmp_path / "new.duckdb")) as con:
        migrate(con)
        assert is_current(con)
        con.execute("delete from schema_migrations where name = (select max(name) from schema_migrations)")
        assert not is_current(con)
    with duckdb.connect(str(tmp_path / "bare.duckdb")) as con:
        assert not is_current(con)

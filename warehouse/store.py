"""Opening the warehouse, keeping its schema current, and reading its incremental state."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb

from warehouse.location import has_server_catalog, local_path, shown
from warehouse.location import is_lake as is_lake_location
from warehouse.sql import SCHEMA_DIR, VIEWS_DIR, one_row, statement, statements_of


class WarehouseError(RuntimeError):
    """The warehouse cannot be used: corrupt, locked by another program, or unwritable."""


def is_lake(con: duckdb.DuckDBPyConnection) -> bool:
    return bool(one_row(con.execute("select current_database() = 'lake'"))[0])


def connect(
    location: str,
    *,
    read_only: bool = False,
    memory_limit: str | None = None,
    data_path: Path | None = None,
) -> duckdb.DuckDBPyConnection:
    """A connection to the warehouse, with a clear error when it cannot be opened.

    `location` is a DuckDB file, or a DuckLake (`warehouse.location` says how each is written). A
    DuckLake with a catalog file keeps its Parquet files beside it (`CATALOG.files/`, DuckLake's
    default); one whose catalog is in PostgreSQL keeps them in `data_path`, which the catalog
    remembers: only the connection that creates it needs to say it.
    """
    # The index rebuild over a whole warehouse otherwise takes what it likes (6.5 GB for 1.2 million
    # paragraphs); with a limit DuckDB spills to disk and a backfill's memory stays flat.
    config: dict[str, str | bool | int | float | list[str]] = {"memory_limit": memory_limit} if memory_limit else {}
    where = shown(location)
    try:
        if has_server_catalog(location):
            return _connect_lake(location, read_only=read_only, config=config, data_path=data_path)
        path = local_path(location)
        if not read_only:
            path.parent.mkdir(parents=True, exist_ok=True)
        if is_lake_location(location):
            if read_only and not path.exists():
                raise WarehouseError(f"no DuckLake catalog at {path}")
            return _connect_lake(location, read_only=read_only, config=config, data_path=data_path)
        return duckdb.connect(str(path), read_only=read_only, config=config)
    except duckdb.IOException as error:
        if "lock" in str(error).casefold():
            raise WarehouseError(f"warehouse {where} is locked by another program: {error}") from error
        raise WarehouseError(f"warehouse {where} cannot be opened: {error}") from error
    except duckdb.Error as error:
        raise WarehouseError(f"warehouse {where} is not a usable DuckDB file: {error}") from error


def _connect_lake(
    location: str,
    *,
    read_only: bool,
    config: dict[str, str | bool | int | float | list[str]],
    data_path: Path | None,
) -> duckdb.DuckDBPyConnection:
    from warehouse.extensions import load_extension

    con = duckdb.connect(config=config)
    load_extension(con, "ducklake")
    if has_server_catalog(location):
        load_extension(con, "postgres")
    options = ["READ_ONLY"] if read_only else []
    if data_path is not None and not read_only:
        options.append(f"DATA_PATH {_sql_string(f'{data_path.resolve()}/')}")
    # ATTACH takes no parameters: the location and data path are this machine's own settings,
    # quoted as SQL strings.
    attached = f" ({', '.join(options)})" if options else ""
    con.execute(f"attach {_sql_string(location)} as lake{attached}")
    con.execute("use lake")
    return con


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def is_current(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether every schema file of this version is applied (read-only: nothing is changed)."""
    try:
        applied = {row[0] for row in con.execute(statement("applied_migrations")).fetchall()}
    except duckdb.CatalogException:  # no schema_migrations: written by no version that migrates
        return False
    return {path.name for path in SCHEMA_DIR.glob("*.sql")} <= applied


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply the schema files not yet applied, then (re)create the views; return what was applied."""
    con.execute("create table if not exists schema_migrations (name varchar, applied_at timestamp with time zone)")
    con.execute("comment on table schema_migrations is 'Schema files of warehouse/schema applied to this file.'")
    con.execute("comment on column schema_migrations.name is 'The schema file (warehouse/schema/NNN_what.sql).'")
    con.execute("comment on column schema_migrations.applied_at is 'When it was applied to this file (UTC).'")
    applied = {row[0] for row in con.execute(statement("applied_migrations")).fetchall()}
    newly_applied = []
    for path in sorted(SCHEMA_DIR.glob("*.sql")):
        if path.name in applied:
            continue
        con.execute("begin transaction")
        con.execute(path.read_text(encoding="utf-8"))
        con.execute("insert into schema_migrations values (?, ?)", [path.name, datetime.now(UTC)])
        con.execute("commit")
        newly_applied.append(path.name)
    if newly_applied:
        _comment_version_columns(con)
    lake = is_lake(con)
    for path in sorted(VIEWS_DIR.glob("*.sql")):
        script = path.read_text(encoding="utf-8")
        for part in statements_of(script):
            # DuckLake keeps comments on tables, their columns and views, not on a view's columns.
            if lake and part.lower().startswith("comment on column"):
                continue
            con.execute(part)
        if not lake:
            _inherit_column_comments(con, path.stem, _READS.findall(script))
    return newly_applied


def _comment_version_columns(con: duckdb.DuckDBPyConnection) -> None:
    """Each language's tables (`warehouse.versions`) explain their columns as the main tables do."""
    rows = con.execute(
        "select v.schema_name, v.table_name, v.column_name, m.comment from duckdb_columns() v "
        "join duckdb_columns() m on m.database_name = v.database_name and m.schema_name = 'main' "
        "and m.table_name = v.table_name and m.column_name = v.column_name "
        "where v.database_name = current_database() and v.schema_name in ('fr', 'es') "
        "and v.comment is null and m.comment is not null"
    ).fetchall()
    # One transaction: a DuckLake commits its catalog once, not once a column (3 s less per new warehouse).
    con.execute("begin transaction")
    for schema, table, column, comment in rows:
        # Names come from the catalog and are checked as plain identifiers; the comment is a literal.
        if not (schema.isidentifier() and table.isidentifier() and column.isidentifier()):
            continue
        escaped = comment.replace("'", "''")
        con.execute(f"comment on column {schema}.{table}.{column} is '{escaped}'")
    con.execute("commit")


# The tables a view reads, in the order it names them: "from indicators i join meetings m ...".
_READS = re.compile(r"\b(?:from|join)\s+([a-z_]+)\b")


def _inherit_column_comments(con: duckdb.DuckDBPyConnection, view: str, tables: list[str]) -> None:
    """A view's columns its file does not explain take the comment of the column they show, so that
    `DESCRIBE` explains views as it does tables and no comment is written twice."""
    bare = [
        row[0]
        for row in con.execute(
            "select column_name from duckdb_columns() where table_name = ? and comment is null", [view]
        ).fetchall()
    ]
    for column in bare:
        found = con.execute(
            "select table_name, comment from duckdb_columns() where column_name = ? and comment is not null "
            "and table_name in (select unnest(?::varchar[]))",
            [column, tables],
        ).fetchall()
        source = next((comment for table in tables for name, comment in found if name == table), None)
        if source is not None:
            # Names come from the catalog and are checked as plain identifiers; the comment is a literal.
            if not (column.isidentifier() and view.isidentifier()):
                continue
            escaped = source.replace("'", "''")
            con.execute(f"comment on column {view}.{column} is '{escaped}'")


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """All or nothing: a crash or error inside leaves the warehouse as it was."""
    con.execute("begin transaction")
    try:
        yield con
    except BaseException:
        con.execute("rollback")
        raise
    con.execute("commit")


def loaded_hashes(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {row[0] for row in con.execute(statement("loaded_hashes")).fetchall()}


def highest_meetings(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Highest meeting number loaded per symbol prefix ("CMW/C/SR." -> 160)."""
    rows = con.execute(statement("highest_meetings")).fetchall()
    return {prefix: int(number) for prefix, number in rows if prefix}


def watermark(con: duckdb.DuckDBPyConnection, source: str) -> datetime | None:
    row = con.execute(statement("get_watermark"), [source]).fetchone()
    return row[0] if row else None


def finished_backfill_windows(con: duckdb.DuckDBPyConnection, source: str) -> dict[tuple[date, date], int]:
    """The windows of a source's backfills already finished, with how many records each held."""
    rows = con.execute(statement("finished_backfill_windows"), [source]).fetchall()
    return {(start, end): discovered for start, end, discovered in rows}


def record_backfill_window(
    con: duckdb.DuckDBPyConnection, source: str, window: tuple[date, date], run_id: str, counts: dict[str, int]
) -> None:
    con.execute(
        statement("insert_backfill_window"),
        [source, *window, run_id, counts["discovered"], counts["loaded"], counts["quarantined"], datetime.now(UTC)],
    )


def open_quarantine(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    cursor = con.execute(statement("open_quarantine"))
    columns = [column[0] for column in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def quarantine_entry_id(con: duckdb.DuckDBPyConnection, typed: str) -> str:
    """The one entry an operator means by an id or its first characters; LookupError when none or several."""
    matches = con.execute(statement("quarantine_entries_like"), [typed.strip()]).fetchall()
    if len(matches) != 1:
        found = "no" if not matches else f"{len(matches)}"
        raise LookupError(f"{found} quarantine entries start with {typed!r}: give more of the id")
    return str(matches[0][0])


def settle_quarantine_entry(con: duckdb.DuckDBPyConnection, entry_id: str, outcome: str, note: str | None) -> None:
    """Mark one entry resolved or ignored, with the operator's note."""
    con.execute(statement(f"{outcome}_quarantine_entry"), [datetime.now(UTC), note, entry_id])


def loaded_local_files(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The file:// URIs of the meetings loaded from folders."""
    return [row[0] for row in con.execute(statement("loaded_local_files")).fetchall()]


def quarantined_records(
    con: duckdb.DuckDBPyConnection, quarantine_id: str | None = None
) -> list[tuple[str, dict[str, str]]]:
    """(source_uri, metadata) of one quarantine entry, or of every open one."""
    if quarantine_id is None:
        rows = [(entry["source_uri"], entry["record_key"]) for entry in open_quarantine(con)]
    else:
        rows = con.execute(statement("quarantine_entry"), [quarantine_id]).fetchall()
        if not rows:
            raise LookupError(f"no quarantine entry {quarantine_id}")
    return [(uri, {"symbol": key} if key else {}) for uri, key in rows]


def mark_interrupted_runs(con: duckdb.DuckDBPyConnection) -> None:
    """Call only while holding the writer lock: any run still "running" then is dead."""
    con.execute(statement("mark_interrupted_runs"))


def start_run(
    con: duckdb.DuckDBPyConnection, run_id: str, flow_run_id: str | None, source: str, parameters: Mapping[str, Any]
) -> None:
    con.execute(
        statement("start_run"),
        [run_id, flow_run_id, source, datetime.now(UTC), json.dumps(parameters, default=str)],
    )


def finish_run(
    con: duckdb.DuckDBPyConnection, run_id: str, status: str, counts: Mapping[str, int], error: str | None = None
) -> None:
    con.execute(
        statement("finish_run"),
        [
            datetime.now(UTC),
            status,
            counts.get("discovered", 0),
            counts.get("skipped", 0),
            counts.get("loaded", 0),
            counts.get("quarantined", 0),
            counts.get("warnings", 0),
            error,
            run_id,
        ],
    )

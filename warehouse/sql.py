"""The SQL statements of `warehouse/sql/`, read once, by name, and the one row an aggregate returns."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import duckdb

SQL_DIR = Path(__file__).parent / "sql"
SCHEMA_DIR = Path(__file__).parent / "schema"
VIEWS_DIR = Path(__file__).parent / "views"
QUERIES_DIR = Path(__file__).parent / "queries"


@cache
def statement(name: str) -> str:
    """The text of `warehouse/sql/<name>.sql`."""
    return (SQL_DIR / f"{name}.sql").read_text(encoding="utf-8")


def query(name: str) -> str:
    """The text of `warehouse/queries/<name>.sql` (the queries shown to users)."""
    return (QUERIES_DIR / f"{name}.sql").read_text(encoding="utf-8")


def statements_of(script: str) -> list[str]:
    """The statements of a script, one per `;` that ends a line (DuckDB prepares a pragma before the
    statements above it have run, so scripts that mix them are run one statement at a time)."""
    parts = [part.strip() for part in script.split(";\n")]
    return [
        part for part in parts if any(line.strip() and not line.strip().startswith("--") for line in part.splitlines())
    ]


def one_row(cursor: duckdb.DuckDBPyConnection) -> tuple[Any, ...]:
    """The row a query that always returns one (an aggregate, a setting) returned."""
    row = cursor.fetchone()
    if row is None:
        raise LookupError("the query returned no row")
    return row

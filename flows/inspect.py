"""Read-only views of the warehouse for the command line: tables of rows, printed with rich."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import duckdb
from rich.console import Console
from rich.table import Table


def print_rows(cursor: duckdb.DuckDBPyConnection, title: str | None = None, console: Console | None = None) -> int:
    """Print a query's result as a table; return the number of rows."""
    columns = [column[0] for column in cursor.description or []]
    rows = cursor.fetchall()
    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(value) for value in row))
    (console or Console()).print(table)
    return len(rows)


def _cell(value: Any) -> str:
    if value is None:
        return "[dim]null[/dim]"
    if isinstance(value, Sequence) and not isinstance(value, str):
        return ", ".join(map(str, value))
    return str(value)

"""Read-only views of the warehouse for the command line: rows as a table (rich), CSV, JSON or Markdown."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any, Literal, TextIO

import duckdb
from rich.console import Console
from rich.table import Table

OutputFormat = Literal["box", "csv", "json", "markdown"]


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


def write_rows(cursor: duckdb.DuckDBPyConnection, output_format: OutputFormat, out: TextIO | None = None) -> int:
    """Write a query's result for a script (CSV with a header, JSON rows) or a document (Markdown)."""
    out = out or sys.stdout
    columns = [column[0] for column in cursor.description or []]
    rows = cursor.fetchall()
    if output_format == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[_plain(value) for value in row] for row in rows])
    elif output_format == "json":
        out.write(
            json.dumps([dict(zip(columns, row, strict=True)) for row in rows], default=_json_value, ensure_ascii=False)
        )
        out.write("\n")
    else:
        out.write("| " + " | ".join(columns) + " |\n")
        out.write("|" + "|".join(" --- " for _ in columns) + "|\n")
        for row in rows:
            cells = (_plain(value).replace("|", "\\|").replace("\n", " ") for value in row)
            out.write("| " + " | ".join(cells) + " |\n")
    return len(rows)


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Sequence) and not isinstance(value, str | bytes):
        return ", ".join(map(str, value))
    return value.isoformat() if isinstance(value, date | datetime | time) else str(value)


def _json_value(value: Any) -> Any:
    if isinstance(value, date | datetime | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return str(value)


def _cell(value: Any) -> str:
    if value is None:
        return "[dim]null[/dim]"
    if isinstance(value, Sequence) and not isinstance(value, str):
        return ", ".join(map(str, value))
    return str(value)

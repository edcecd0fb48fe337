"""Full-text search over statements with DuckDB's FTS extension (shipped as a wheel, loaded offline)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import duckdb

from warehouse.sql import one_row, statement, statements_of


def load_extension(con: duckdb.DuckDBPyConnection, name: str) -> None:
    """Load a DuckDB extension from the duckdb-ext-* wheels; never from the network."""
    import duckdb_ext

    directory = Path(next(iter(duckdb_ext.__path__))) / "extensions"
    con.execute("set autoinstall_known_extensions = false")
    con.execute("set extension_directory = ?", [str(directory)])
    con.execute(f"load {_EXTENSIONS[name]}")


# Our names for the extensions, and the names DuckDB loads them by (the files the wheels ship).
_EXTENSIONS = {"fts": "fts", "ducklake": "ducklake", "postgres": "postgres_scanner"}


def rebuild_search_index(con: duckdb.DuckDBPyConnection) -> None:
    """Rebuild the index after a load; a query never sees a half-built index (it is one statement batch)."""
    load_extension(con, "fts")
    # The index has no order to keep, and keeping it pins blocks: with it a 256MB limit runs out of
    # memory on 3 million paragraphs; without it, the same rebuild spills and peaks at 0.6 GB. The
    # caller's connection gets its own setting back.
    (keeps_order,) = one_row(con.execute("select current_setting('preserve_insertion_order')"))
    con.execute("set preserve_insertion_order = false")
    try:
        for part in statements_of(statement("build_statement_search")):
            con.execute(part)
    finally:
        con.execute("set preserve_insertion_order = ?", [keeps_order])


@dataclass(frozen=True, slots=True)
class Hit:
    meeting_id: str
    paragraph: int
    body: str | None
    meeting_date: date | None
    speaker_name: str | None
    country_iso3: str | None
    score: float
    snippet: str


def search_statements(
    con: duckdb.DuckDBPyConnection, query: str, *, body: str | None = None, country: str | None = None, limit: int = 10
) -> list[Hit]:
    load_extension(con, "fts")
    rows = con.execute(
        statement("search_statements"), {"query": query, "body": body, "country": country, "limit": limit}
    ).fetchall()
    return [
        Hit(meeting_id, paragraph, body_code, day, speaker, iso3, score, snippet(text, query))
        for meeting_id, paragraph, body_code, day, speaker, iso3, score, text in rows
    ]


def snippet(text: str, query: str, width: int = 90) -> str:
    """The text around the first query word, cut at word boundaries."""
    words = [re.escape(word) for word in query.split() if len(word) > 2] or [re.escape(query)]
    match = re.search(r"\b(?:" + "|".join(words) + r")", text, re.IGNORECASE)
    start = max(0, (match.start() if match else 0) - width // 2)
    start = text.rfind(" ", 0, start) + 1 if start else 0
    end = min(len(text), start + width)
    end = text.find(" ", end) if text.find(" ", end) != -1 else len(text)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")

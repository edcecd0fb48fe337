"""Where each language's version of a meeting is kept: English in the main tables, others beside them.

A batch may hold several versions of one meeting (CMW/C/SR.160 in English and in French); to stay one
row a meeting there, a version in another language carries its language after its id
(`CMW/C/SR.160@fr`, `transforms.language.version_id`). At load each version goes to its language's schema
(`fr.meetings`, `es.statements`, made by warehouse/schema/020_language_versions.sql) under the
meeting's own id, so that every language's rows of a meeting join on `meeting_id` and `paragraph`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

import duckdb
import polars as pl

from transforms.language import VERSION_SUFFIX
from transforms.parse import without_meetings
from transforms.schemas import MEETING_TABLES
from warehouse.sql import one_row

# The schema of each language's versions; only these names are ever put in a search path.
SCHEMA_OF_LANGUAGE: Mapping[str, str] = {"en": "main", "fr": "fr", "es": "es"}


def versions_by_schema(frames: Mapping[str, pl.DataFrame]) -> Iterator[tuple[str, dict[str, pl.DataFrame]]]:
    """The batch's frames split by language, each with the meetings' own ids, and the schema they load into."""
    meetings = frames["meetings"]
    languages = meetings["language"].fill_null("en").unique(maintain_order=True).to_list()
    for language in languages:
        schema = SCHEMA_OF_LANGUAGE.get(language)
        if schema is None:
            raise ValueError(f"no tables for records in language {language!r}")
        others = meetings.filter(pl.col("language").fill_null("en") != language)["meeting_id"].to_list()
        part = without_meetings(frames, others) if others else dict(frames)
        yield schema, part if schema == "main" else without_version_suffix_all(part)


def without_version_suffix(frame: pl.DataFrame) -> pl.DataFrame:
    """ "CMW/C/SR.160@fr" as "CMW/C/SR.160": the meeting's id in its language's tables."""
    return frame.with_columns(pl.col("meeting_id").str.replace(VERSION_SUFFIX, ""))


def without_version_suffix_all(frames: Mapping[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    return {name: without_version_suffix(frame) if name in MEETING_TABLES else frame for name, frame in frames.items()}


@contextmanager
def in_schema(con: duckdb.DuckDBPyConnection, schema: str) -> Iterator[None]:
    """Unqualified table names resolve to `schema` first, then to the main schema (quarantine, source_files)."""
    if schema == "main":
        yield
        return
    if schema not in SCHEMA_OF_LANGUAGE.values():
        raise ValueError(f"not a language schema: {schema!r}")
    saved, database = one_row(con.execute("select current_setting('search_path'), current_database()"))
    con.execute("set search_path = ?", [f"{database}.{schema},{database}.main"])
    try:
        yield
    finally:
        con.execute("set search_path = ?", [saved])

"""Load one validated batch into the warehouse through Arrow, in one transaction.

A meeting's rows are replaced as a whole (delete by meeting_id, then insert), so a revised
record never leaves old paragraphs behind and a re-run never doubles anything; a meeting loaded
before from the same source file goes too, whatever its id was. A French or Spanish version loads
into its language's tables, beside the English one, never over it. The incremental state
(source_files, watermarks, quarantine) commits with the rows.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

import duckdb
import polars as pl

from transforms.schemas import MEETING_TABLES, QUARANTINE, SHARED_TABLES
from warehouse.sql import one_row, statement, statements_of
from warehouse.store import transaction
from warehouse.versions import in_schema, versions_by_schema, without_version_suffix


@dataclass(slots=True)
class BatchToLoad:
    frames: dict[str, pl.DataFrame]
    quarantine: pl.DataFrame
    quality_results: pl.DataFrame | None
    source: str
    watermark: datetime | None = None


def load_batch(con: duckdb.DuckDBPyConnection, batch: BatchToLoad, run_id: str) -> int:
    """Write the batch atomically; return the number of meetings loaded (every language's version counts)."""
    now = datetime.now(UTC)
    meetings = batch.frames["meetings"].with_columns(
        ingested_at=pl.lit(now, dtype=pl.Datetime("us", "UTC")), run_id=pl.lit(run_id)
    )
    with transaction(con):
        # Each language's versions load into that language's tables (`warehouse.versions`), in the same transaction.
        for schema, frames in versions_by_schema({**batch.frames, "meetings": meetings}):
            with in_schema(con, schema):
                _load_meeting_rows(con, frames)
        with _Registered(con, {"incoming_meetings": without_version_suffix(meetings)}):
            con.execute(statement("record_source_files"), [now, run_id])
            con.execute(statement("resolve_quarantine"), [now, run_id])
            if batch.frames["meetings"]["language"].is_in(["fr", "es"]).any() or _has_versions(con):
                con.execute(statement("record_version_agreement"), [run_id, now])
        _insert_quarantine(con, batch.quarantine, run_id, now)
        if batch.quality_results is not None and batch.quality_results.height:
            _insert(con, "quality_results", batch.quality_results)
        if batch.watermark is not None:
            advance_watermark(con, batch.source, batch.watermark, run_id, now)
    return meetings.height


def _has_versions(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether any meeting is held in a language other than English (most warehouses: none, and no check)."""
    return bool(one_row(con.execute(statement("has_language_versions")))[0])


def _load_meeting_rows(con: duckdb.DuckDBPyConnection, frames: dict[str, pl.DataFrame]) -> None:
    """Replace the meetings' rows in every meeting table, and upsert the sessions and speakers they name."""
    with _Registered(con, {"incoming_meetings": frames["meetings"]}):
        con.execute(statement("replaced_meeting_ids"))
        # A meeting's rows in every table load together, so one not in `meetings` is nowhere.
        replacing = one_row(con.execute(statement("meetings_loaded_before")))[0] > 0
        for table in MEETING_TABLES:
            if replacing:
                con.execute(statement("delete_meeting_rows").format(table=table))
            _insert(con, table, frames[table])
        for table, (_, key) in SHARED_TABLES.items():
            frame = frames[table]
            name = f"incoming_{table}"
            con.register(name, frame.to_arrow())
            try:
                con.execute(statement("delete_shared_rows").format(table=table, key=key, incoming=name))
                con.execute(statement("insert_rows").format(table=table, incoming=name))
            finally:
                con.unregister(name)
        if replacing:
            # A replaced record may no longer name a speaker (a corrected name, a new name fold) or a session.
            for part in statements_of(statement("delete_unnamed_shared_rows")):
                con.execute(part)


def record_quarantine(con: duckdb.DuckDBPyConnection, quarantine: pl.DataFrame, run_id: str) -> None:
    """Quarantine records on their own (when a batch fails before it can load)."""
    with transaction(con):
        _insert_quarantine(con, quarantine, run_id, datetime.now(UTC))


def _insert(con: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame) -> None:
    if frame.height == 0:
        return
    name = f"incoming_{table}_rows"
    con.register(name, frame.to_arrow())
    try:
        con.execute(statement("insert_rows").format(table=table, incoming=name))
    finally:
        con.unregister(name)


def _insert_quarantine(con: duckdb.DuckDBPyConnection, quarantine: pl.DataFrame, run_id: str, now: datetime) -> None:
    if quarantine.height == 0:
        return
    # One entry per record: the last word of a batch about a record is its reason.
    latest = quarantine.select(QUARANTINE.names()).unique(subset="source_uri", keep="last", maintain_order=True)
    rows = latest.with_columns(
        quarantine_id=pl.Series([uuid.uuid4().hex for _ in range(latest.height)], dtype=pl.String),
        run_id=pl.lit(run_id),
        quarantined_at=pl.lit(now, dtype=pl.Datetime("us", "UTC")),
    )
    with _Registered(con, {"incoming_quarantine": rows}):
        for part in statements_of(statement("insert_quarantine")):
            con.execute(part)


def advance_watermark(con: duckdb.DuckDBPyConnection, source: str, mark: datetime, run_id: str, now: datetime) -> None:
    """Move a source's watermark forward to `mark`; never back."""
    current = con.execute(statement("get_watermark"), [source]).fetchone()
    if current and current[0] is not None and current[0] >= mark:
        return
    con.execute(statement("delete_watermark"), [source])
    con.execute(statement("insert_watermark"), [source, mark, now, run_id])


class _Registered:
    """Register Polars frames as Arrow relations for the duration of a block."""

    def __init__(self, con: duckdb.DuckDBPyConnection, frames: dict[str, pl.DataFrame]) -> None:
        self._con, self._frames = con, frames

    def __enter__(self) -> None:
        for name, frame in self._frames.items():
            self._con.register(name, frame.to_arrow())

    def __exit__(self, *_: object) -> None:
        for name in self._frames:
            self._con.unregister(name)

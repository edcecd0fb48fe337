"""`records backfill`: load a span of history window by window, resumable, with a progress bar.

Each window is one run of the nightly flow restricted to the records modified inside it: for a
catalogue, when the UN published or changed them; for a folder, when their meetings were held
(`flows.sources.dated`), since a file's modification time says when it was copied. A window
holding no record is passed without a run. A
finished window is written to `backfill_windows` in the same warehouse, so a backfill stopped by
Ctrl-C or a kill starts again at the first unfinished window (and, inside it, skips the records
already loaded, by content hash). Windows do not move the nightly watermark: a backfill of 2012
must not make the nightly run skip 2013-2020. When the span has been loaded up to its end and the
nightly watermark is unset or inside the span, the watermark moves to the end of the span, so the
nightly run carries on from there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from flows.settings import Settings
from flows.sources import RecordRef
from flows.sources.dated import PREFIX as DATED_PREFIX
from flows.sources.dated import MeetingDatedFolder, spec_for
from flows.sources.folder import FolderSource
from flows.sources.registry import source_from_spec
from warehouse import store
from warehouse.load import advance_watermark
from warehouse.lock import exclusive_writer

Window = tuple[date, date]  # [start, end): modified on or after start, before end


@dataclass(slots=True)
class BackfillSummary:
    windows: int = 0
    skipped_windows: int = 0
    discovered: int = 0
    loaded: int = 0
    quarantined: int = 0
    run_ids: list[str] = field(default_factory=list)


def windows_between(start: date, end: date, days: int) -> list[Window]:
    """Consecutive windows of `days` covering [start, end]; the last one ends the day after `end`."""
    if end < start:
        raise ValueError(f"the backfill ends ({end}) before it starts ({start})")
    stop = end + timedelta(days=1)
    spans, cursor = [], start
    while cursor < stop:
        spans.append((cursor, min(cursor + timedelta(days=days), stop)))
        cursor = spans[-1][1]
    return spans


def backfill_settings(settings: Settings, start: date) -> Settings:
    """The settings a backfill runs with: a folder is windowed by its meetings' dates."""
    source = source_from_spec(settings.source, settings)
    if not isinstance(source, FolderSource):
        return settings
    return settings.model_copy(update={"source": spec_for(str(source.root), start)})


def undated_records(settings: Settings) -> int:
    """How many of a folder's records give no meeting date (they load with the first window)."""
    source = source_from_spec(settings.source, settings)
    if not isinstance(source, MeetingDatedFolder):
        return 0
    source.discover(None, None)
    return source.undated


def windowed_by(settings: Settings) -> str:
    return "meeting date" if settings.source.startswith(DATED_PREFIX) else "publication date"


def records_in_span(settings: Settings, start: date, end: date) -> int:
    """How many records the source holds in the span, for the progress bar's total."""
    refs = _refs_in_span(settings, start, end)
    if any(ref.last_modified is None for ref in refs):
        raise ValueError(f"{settings.source} gives no modification dates, so it cannot be backfilled by date")
    return len(refs)


def _refs_in_span(settings: Settings, start: date, end: date) -> list[RecordRef]:
    """The source's records dated in the span, or not dated at all."""
    source = source_from_spec(settings.source, settings)
    stop = _midnight(end + timedelta(days=1))
    refs = source.discover(_midnight(start) - timedelta(microseconds=1), None)
    return [ref for ref in refs if ref.last_modified is None or ref.last_modified < stop]


def run_backfill(
    settings: Settings,
    start: date,
    end: date,
    window_days: int,
    on_window: Callable[[Window, dict[str, int], bool], None] = lambda window, counts, skipped: None,
) -> BackfillSummary:
    """Load every unfinished window in order; `on_window` hears of each, `skipped` when finished before."""
    from flows.dask_runner import on_task_runner
    from flows.nightly import nightly_ingest
    from flows.refresh import publish_read_copy, refresh_derived

    settings = backfill_settings(settings, start)

    con = store.connect(
        settings.warehouse, memory_limit=settings.duckdb_memory_limit, data_path=settings.lake_data_path
    )
    try:
        store.migrate(con)
        finished = store.finished_backfill_windows(con, settings.source)
    finally:
        con.close()
    summary = BackfillSummary()
    ingest = on_task_runner(nightly_ingest, settings)
    # The dates windows are chosen by: a window with none is passed without a run.
    dates = [ref.last_modified for ref in _refs_in_span(settings, start, end) if ref.last_modified is not None]
    for window in windows_between(start, end, window_days):
        summary.windows += 1
        if window in finished:
            summary.skipped_windows += 1
            on_window(window, {"discovered": finished[window], "loaded": 0, "quarantined": 0}, True)
            continue
        if not any(_midnight(window[0]) <= day < _midnight(window[1]) for day in dates):
            on_window(window, {"discovered": 0, "loaded": 0, "quarantined": 0}, False)  # nothing to run for
            continue
        run = ingest(
            source=settings.source,
            warehouse=settings.warehouse,
            since=window[0],
            until=window[1],
            batch_size=settings.batch_size,
            task_runner=settings.task_runner,
            dask_address=settings.dask_address,
            backfill=True,
        )
        counts = run.counts()
        con = store.connect(settings.warehouse, memory_limit=settings.duckdb_memory_limit)
        try:
            store.record_backfill_window(con, settings.source, window, run.run_id, counts)
        finally:
            con.close()
        summary.discovered += counts["discovered"]
        summary.loaded += counts["loaded"]
        summary.quarantined += counts["quarantined"]
        summary.run_ids.append(run.run_id)
        on_window(window, counts, False)
    _carry_watermark(settings, start, end, summary)
    # Once, not per window: the index is rebuilt from the whole warehouse (see `nightly_ingest`).
    # Also when every window was done before, since a backfill killed after its last window missed it.
    refresh_derived(settings)
    with exclusive_writer(settings.warehouse, settings.lock_wait_seconds, settings.lake_data_path):
        publish_read_copy(settings)
    return summary


def _carry_watermark(settings: Settings, start: date, end: date, summary: BackfillSummary) -> None:
    if not source_from_spec(settings.source, settings).incremental:
        return  # a folder is read whole every night; it keeps no watermark
    con = store.connect(settings.warehouse, memory_limit=settings.duckdb_memory_limit)
    try:
        current = store.watermark(con, settings.source)
        if current is None or current >= _midnight(start):
            with store.transaction(con):
                run_id = summary.run_ids[-1] if summary.run_ids else "backfill"
                advance_watermark(con, settings.source, _midnight(end + timedelta(days=1)), run_id, datetime.now(UTC))
    finally:
        con.close()


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=UTC)

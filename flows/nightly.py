"""The nightly ingestion: discover -> fetch -> parse -> check -> load, batch by batch."""

# No `from __future__ import annotations` here: Prefect validates a scheduled run's parameters against
# the flow's annotations, and a served flow's postponed ones ("date | None") do not resolve there.
import logging
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from time import perf_counter
from typing import Any

import polars as pl
from prefect import flow, get_run_logger
from prefect.context import FlowRunContext
from prefect.exceptions import MissingContextError
from prefect.runtime import flow_run

from flows.cluster import fetch_and_parse_in_chunks
from flows.report import publish_run_report
from flows.settings import Settings, load_settings
from flows.sources import FetchFailure, RecordRef, Source
from flows.sources.archive import ArchiveSource
from flows.sources.listed import ListedSource
from flows.sources.ods import highest_meetings
from flows.sources.registry import remote_fetcher, source_from_spec
from flows.sources.reparse import ReparseSource
from flows.stages import check_batch, fetch_task, load_checked_batch, parse_batch
from warehouse import store
from warehouse.load import QUARANTINE, record_quarantine
from warehouse.lock import exclusive_writer
from warehouse.search import rebuild_search_index


@dataclass(slots=True)
class RunSummary:
    run_id: str
    status: str = "running"
    discovered: int = 0
    skipped: int = 0
    loaded: int = 0
    quarantined: int = 0
    warnings: int = 0
    failed_expectations: list[dict[str, Any]] = field(default_factory=list)
    # Records held back, by the stage that refused them, and the first few of them (stage, URI, reason).
    quarantined_by_stage: dict[str, int] = field(default_factory=dict)
    held_back: list[tuple[str, str, str]] = field(default_factory=list)
    # Seconds spent in each stage, summed over batches (benchmarks and the run report read them).
    stage_seconds: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def timed(self, stage: str) -> Iterator[None]:
        began = perf_counter()
        try:
            yield
        finally:
            self.stage_seconds[stage] = self.stage_seconds.get(stage, 0.0) + perf_counter() - began

    def counts(self) -> dict[str, int]:
        return {
            "discovered": self.discovered,
            "skipped": self.skipped,
            "loaded": self.loaded,
            "quarantined": self.quarantined,
            "warnings": self.warnings,
        }


@flow(name="nightly_ingest", log_prints=True)
def nightly_ingest(  # noqa: PLR0917 (flow parameters, set by name from deployments and the CLI)
    source: str | None = None,
    warehouse: str | None = None,
    since: date | None = None,
    limit: int | None = None,
    batch_size: int | None = None,
    until: date | None = None,
    task_runner: str | None = None,
    dask_address: str | None = None,
) -> RunSummary:
    """Ingest what is new at `source` into the DuckDB `warehouse`, one transaction per batch.

    `since` and `until` bound a backfill window: records modified on or after `since` and before
    `until`. A run with `until` leaves the nightly watermark alone and retries no quarantined record.
    `task_runner` "dask" fetches and parses in chunks on the flow's task runner, which the caller
    sets to match (`flows.cluster.on_task_runner`).
    """
    settings = load_settings(
        source=source,
        warehouse=warehouse,
        limit=limit,
        batch_size=batch_size,
        task_runner=task_runner,
        dask_address=dask_address,
    )
    with exclusive_writer(settings.warehouse, settings.lock_wait_seconds):
        return _ingest(settings, since, until)


def _ingest(settings: Settings, since: date | None, until: date | None = None) -> RunSummary:
    logger = get_run_logger()
    summary = RunSummary(run_id=uuid.uuid4().hex)
    con = store.connect(settings.warehouse, memory_limit=settings.duckdb_memory_limit)
    try:
        store.migrate(con)
        store.mark_interrupted_runs(con)
        store.start_run(con, summary.run_id, flow_run.get_id(), settings.source, settings.model_dump(mode="json"))
    finally:
        con.close()
    try:
        con = store.connect(settings.warehouse, memory_limit=settings.duckdb_memory_limit)
        try:
            source = _source(con, settings)
            refs = _refs_to_process(con, source, since, until, settings.limit)
            summary.discovered = len(refs)
            # A re-parse (records reparse) loads bytes the warehouse has seen: that is its point.
            loaded_hashes = set() if getattr(source, "reparse", False) else store.loaded_hashes(con)
        finally:
            con.close()
        logger.info("%d records to process from %s", len(refs), settings.source)
        for refs_in_batch in _batches(refs, settings.batch_size):
            _process_batch(settings, source, refs_in_batch, loaded_hashes, summary, backfill=until is not None)
        summary.status = "completed"
    except BaseException as error:
        summary.status = "failed"
        _finish(settings, summary, error=f"{type(error).__name__}: {error}")
        try:
            publish_run_report(summary, settings, error=f"{type(error).__name__}: {error}")
        except Exception:  # the run's own error is the one to raise
            logger.exception("the failed run's report could not be published")
        raise
    if until is None:
        # A backfill runs this once, after its last window (`run_backfill`): rebuilt after every
        # window, the index would cost time and memory that grow with the history loaded so far.
        refresh_derived(settings, rebuild_index=summary.loaded > 0)
    _finish(settings, summary)
    publish_run_report(summary, settings)
    seconds = {stage: round(spent, 2) for stage, spent in summary.stage_seconds.items()}
    logger.info("run %s: %s; seconds per stage %s", summary.run_id, summary.counts(), seconds)
    return summary


def _source(con: Any, settings: Settings) -> Source:
    """The configured source; `quarantine:` (or `quarantine:ID`) retries what is quarantined."""
    if settings.source.startswith("quarantine:"):
        entry = settings.source.removeprefix("quarantine:") or None
        records = store.quarantined_records(con, entry)
        return ListedSource(records, remote_fetcher(settings, [uri for uri, _ in records]), settings.max_record_bytes)
    if settings.source == "archive:":
        archive = ArchiveSource(settings.raw_archive)
        return ReparseSource(archive, store.loaded_local_files(con), settings.max_record_bytes)
    # ODS has no catalogue: it probes the meetings after the highest one the warehouse holds.
    highest = highest_meetings(con) if settings.source.startswith("ods:") else None
    return source_from_spec(settings.source, settings, highest_meetings=highest)


def _process_batch(
    settings: Settings,
    source: Source,
    refs: Sequence[RecordRef],
    loaded_hashes: set[str],
    summary: RunSummary,
    *,
    backfill: bool = False,
) -> None:
    if settings.task_runner == "dask":
        fetched, parsed, skipped = fetch_and_parse_in_chunks(source, refs, loaded_hashes, settings, summary.timed)
    else:
        with summary.timed("fetch"):
            fetched = fetch_task(settings)(source, refs)
        with summary.timed("parse"):
            parsed, skipped = parse_batch(fetched.records, loaded_hashes)
    with summary.timed("check"):
        checked = check_batch(parsed, summary.run_id, settings.validation_results_dir)
    checked.quarantine = pl.concat([checked.quarantine, _fetch_failures(fetched.failures)])
    watermark = max((ref.last_modified for ref in refs if ref.last_modified), default=None)
    incremental = getattr(source, "incremental", False) and not backfill
    with summary.timed("load"):
        summary.loaded += load_checked_batch(
            settings.warehouse,
            checked,
            source.name,
            watermark if incremental else None,
            summary.run_id,
            memory_limit=settings.duckdb_memory_limit,
        )
    loaded_hashes.update(checked.frames["meetings"]["content_sha256"].to_list())
    _forget_task_results()
    summary.skipped += skipped
    summary.quarantined += checked.quarantine.height
    for stage, uri, reason in checked.quarantine.select("stage", "source_uri", "reason").iter_rows():
        summary.quarantined_by_stage[stage] = summary.quarantined_by_stage.get(stage, 0) + 1
        if len(summary.held_back) < _HELD_BACK_SHOWN:
            summary.held_back.append((stage, uri, reason))
    summary.warnings += checked.warnings
    summary.failed_expectations.extend(checked.failed_expectations)


_HELD_BACK_SHOWN = 50  # records listed in the run's report; the counts cover them all


def _forget_task_results() -> None:
    """Drop Prefect's references to this batch's frames once it is loaded.

    A flow run keeps every task's return value (`FlowRunContext.run_results`, for linking task
    inputs), so a run of many batches would hold every batch's frames until it ends: memory would
    grow with the backfill. Results of finished batches are never inputs again.
    """
    context = FlowRunContext.get()
    if context is not None:
        context.run_results.clear()


def _refs_to_process(
    con: Any, source: Source, since: date | None, until: date | None, limit: int | None
) -> list[RecordRef]:
    """New records since the watermark (or `since`, and before `until`), plus quarantined ones to retry."""
    # Sources return what changed after a stamp; "on or after `since`" starts a microsecond before it.
    start = datetime.combine(since, time(), tzinfo=UTC) - timedelta(microseconds=1) if since else None
    if start is None and getattr(source, "incremental", False):
        start = store.watermark(con, source.name)
    if until is not None:
        stop = datetime.combine(until, time(), tzinfo=UTC)
        refs = [ref for ref in source.discover(start, None) if ref.last_modified is None or ref.last_modified < stop]
        return refs[:limit] if limit else refs
    refs = source.discover(start, limit)
    seen = {ref.uri for ref in refs}
    if getattr(source, "incremental", False):
        retries = [
            RecordRef(uri=entry["source_uri"], metadata={"symbol": entry["record_key"]} if entry["record_key"] else {})
            for entry in store.open_quarantine(con)
            if entry["source_uri"] not in seen and _same_source(entry["source_uri"], source)
        ]
        refs.extend(retries)
    return refs


def _same_source(uri: str, source: Source) -> bool:
    base = getattr(source, "base_url", None)
    return bool(base) and uri.startswith(str(base))


def _fetch_failures(failures: Sequence[FetchFailure]) -> pl.DataFrame:
    return pl.DataFrame(
        [
            {
                "source_uri": f.uri,
                "record_key": f.metadata.get("symbol"),
                "content_sha256": None,
                "stage": "fetch",
                "reason": f.reason,
            }
            for f in failures
        ],
        schema=QUARANTINE,
    )


def _batches(refs: Sequence[RecordRef], size: int) -> Iterator[Sequence[RecordRef]]:
    for start in range(0, len(refs), size):
        yield refs[start : start + size]


def refresh_derived(settings: Settings, *, rebuild_index: bool = True) -> None:
    """What is rebuilt from the whole warehouse after loading: the search index and the Data Docs."""
    if rebuild_index:
        _rebuild_search_index(settings)
    _build_data_docs(settings)


def _build_data_docs(settings: Settings) -> None:
    """The Data Docs site shows the latest run; a failure to render must not fail the ingestion."""
    from expectations.data_docs import build_data_docs

    try:
        build_data_docs(settings.validation_results_dir, settings.data_docs_dir)
    except Exception:
        _logger().exception("Data Docs could not be built")


def _rebuild_search_index(settings: Settings) -> None:
    con = store.connect(settings.warehouse, memory_limit=settings.duckdb_memory_limit)
    try:
        if store.is_lake(con):
            # The FTS index is a set of macros and DuckLake stores no functions.
            _logger().warning("no full-text search index on a DuckLake warehouse")
            return
        rebuild_search_index(con)
    finally:
        con.close()


def _logger() -> logging.Logger | logging.LoggerAdapter[logging.Logger]:
    """The flow run's logger; the module's own when called outside a run (after a backfill)."""
    try:
        return get_run_logger()
    except MissingContextError:
        return logging.getLogger(__name__)


def _finish(settings: Settings, summary: RunSummary, error: str | None = None) -> None:
    con = store.connect(settings.warehouse, memory_limit=settings.duckdb_memory_limit)
    try:
        store.finish_run(con, summary.run_id, summary.status, summary.counts(), error)
    finally:
        con.close()


__all__ = ["RunSummary", "nightly_ingest", "record_quarantine"]

"""The nightly ingestion: discover -> fetch -> parse -> check -> load, batch by batch."""

# No `from __future__ import annotations` here: Prefect validates a scheduled run's parameters against
# the flow's annotations, and a served flow's postponed ones ("date | None") do not resolve there.
import contextvars
import uuid
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, time, timedelta

import duckdb
import polars as pl
from prefect import flow, get_run_logger
from prefect.runtime import flow_run

from flows.refresh import index_loaded_batch, publish_read_copy, refresh_data_docs, refresh_search_index
from flows.report import publish_run_report
from flows.run_summary import RunSummary
from flows.settings import Settings, load_settings
from flows.sources import FetchFailure, RecordRef, Source
from flows.sources.archive import ArchiveSource
from flows.sources.listed import ListedSource
from flows.sources.registry import remote_fetcher, source_from_spec
from flows.sources.reparse import ReparseSource
from flows.stages import check_batch, fetch_and_parse, load_checked_batch
from transforms.schemas import QUARANTINE
from warehouse import store
from warehouse.location import check_writable
from warehouse.lock import exclusive_writer


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
    backfill: bool = False,
    languages: list[str] | None = None,
) -> RunSummary:
    """Ingest what is new at `source` into the DuckDB `warehouse`, one transaction per batch.

    `since` and `until` bound the records by modification: on or after `since`, before `until`.
    A `backfill` run (one window of `records backfill`) leaves the nightly watermark alone,
    retries no quarantined record and leaves the search index to the backfill's end.
    `task_runner` "dask" fetches and parses in chunks on the flow's task runner, which the caller
    sets to match (`flows.dask_runner.on_task_runner`). `languages` are the versions an undl: or ods:
    source fetches of each record (en, fr, es; the `languages` setting when not given).
    """
    settings = load_settings(
        source=source,
        warehouse=warehouse,
        limit=limit,
        batch_size=batch_size,
        task_runner=task_runner,
        dask_address=dask_address,
        languages=languages,
    )
    check_writable(settings.warehouse, settings.lake_data_path)
    with exclusive_writer(settings.warehouse, settings.lock_wait_seconds, settings.lake_data_path):
        return _ingest(settings, since, until, backfill=backfill)


def _ingest(settings: Settings, since: date | None, until: date | None, *, backfill: bool) -> RunSummary:
    logger = get_run_logger()
    summary = RunSummary(run_id=uuid.uuid4().hex)
    con = store.connect(
        settings.warehouse, memory_limit=settings.duckdb_memory_limit, data_path=settings.lake_data_path
    )
    try:
        store.migrate(con)
        store.mark_interrupted_runs(con)
        store.start_run(con, summary.run_id, flow_run.get_id(), settings.source, settings.model_dump(mode="json"))
    finally:
        con.close()
    try:
        con = store.connect(settings.warehouse, memory_limit=settings.duckdb_memory_limit)
        try:
            with summary.timed("discover"):
                source = _source(con, settings)
                refs = _refs_to_process(con, source, since, until, settings.limit, retry_quarantined=not backfill)
                summary.discovered = len(refs)
                loaded_hashes = set() if source.reparse else store.loaded_hashes(con)
        finally:
            con.close()
        logger.info("%d records to process from %s", len(refs), settings.source)
        for refs_in_batch in _batches(refs, settings.batch_size):
            _process_batch(settings, source, refs_in_batch, loaded_hashes, summary, backfill=backfill)
        summary.status = "completed"
    except BaseException as error:
        summary.status = "failed"
        _finish(settings, summary, error=f"{type(error).__name__}: {error}")
        if not backfill:
            publish_read_copy(settings)  # the batches this run committed, each whole
        try:
            publish_run_report(summary, settings, error=f"{type(error).__name__}: {error}")
        except Exception:  # the run's own error is the one to raise
            logger.exception("the failed run's report could not be published")
        raise
    if not backfill:
        # A backfill runs this once, after its last window (`run_backfill`). The index is brought up
        # to date after every run, even one that loaded nothing: it then catches up with a run that
        # failed after committing batches, at the cost of comparing two lists of meetings.
        with summary.timed("search index"):
            refresh_search_index(settings)
    _finish(settings, summary)
    if not backfill:
        _publish_with_data_docs(settings, summary)
    publish_run_report(summary, settings)
    seconds = {stage: round(spent, 2) for stage, spent in summary.stage_seconds.items()}
    logger.info("run %s: %s; seconds per stage %s", summary.run_id, summary.counts(), seconds)
    return summary


def _source(con: duckdb.DuckDBPyConnection, settings: Settings) -> Source:
    """The configured source; `quarantine:` (or `quarantine:ID`) retries what is quarantined."""
    if settings.source.startswith("quarantine:"):
        entry = settings.source.removeprefix("quarantine:") or None
        records = store.quarantined_records(con, entry)
        return ListedSource(records, remote_fetcher(settings, [uri for uri, _ in records]), settings.max_record_bytes)
    if settings.source == "archive:":
        archive = ArchiveSource(settings.raw_archive)
        return ReparseSource(archive, store.loaded_local_files(con), settings.max_record_bytes)
    # ODS has no catalogue: it probes the meetings after the highest one the warehouse holds.
    highest = store.highest_meetings(con) if settings.source.startswith("ods:") else None
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
    fetched, parsed, skipped = fetch_and_parse(source, refs, loaded_hashes, settings, summary.timed)
    summary.checked += parsed.frames["meetings"].height
    with summary.timed("check"):
        checked = check_batch(parsed, summary.run_id, settings.validation_results_dir)
    checked.quarantine = pl.concat([checked.quarantine, _fetch_failures(fetched.failures)])
    watermark = max((ref.last_modified for ref in refs if ref.last_modified), default=None)
    incremental = source.incremental and not backfill
    with summary.timed("load"):
        summary.loaded += load_checked_batch(
            settings.warehouse,
            checked,
            source.name,
            watermark if incremental else None,
            summary.run_id,
            memory_limit=settings.duckdb_memory_limit,
        )
    if not backfill:  # a backfill's windows leave the index to its end
        with summary.timed("search index"):
            index_loaded_batch(settings, checked.frames, summary.run_id)
    loaded_hashes.update(checked.frames["meetings"]["content_sha256"].to_list())
    summary.skipped += skipped
    summary.quarantined += checked.quarantine.height
    for stage, uri, reason in checked.quarantine.select("stage", "source_uri", "reason").iter_rows():
        summary.quarantined_by_stage[stage] = summary.quarantined_by_stage.get(stage, 0) + 1
        if len(summary.held_back) < _HELD_BACK_SHOWN:
            summary.held_back.append((stage, uri, reason))
    summary.warnings += checked.warnings
    summary.failed_expectations.extend(checked.failed_expectations)


_HELD_BACK_SHOWN = 50  # records listed in the run's report; the counts cover them all


def _refs_to_process(
    con: duckdb.DuckDBPyConnection,
    source: Source,
    since: date | None,
    until: date | None,
    limit: int | None,
    *,
    retry_quarantined: bool,
) -> list[RecordRef]:
    """New records since the watermark (or `since`, and before `until`), plus quarantined ones to retry."""
    # Sources return what changed after a stamp; "on or after `since`" starts a microsecond before it.
    start = datetime.combine(since, time(), tzinfo=UTC) - timedelta(microseconds=1) if since else None
    if start is None and source.incremental:
        start = store.watermark(con, source.name)
    if until is not None:
        stop = datetime.combine(until, time(), tzinfo=UTC)
        refs = [ref for ref in source.discover(start, None) if ref.last_modified is None or ref.last_modified < stop]
        refs = refs[:limit] if limit else refs
    else:
        refs = source.discover(start, limit)
    # A source read whole every night retries its quarantined records by reading them again.
    if retry_quarantined and source.incremental:
        seen = {ref.uri for ref in refs}
        refs.extend(
            RecordRef(uri=entry["source_uri"], metadata={"symbol": entry["record_key"]} if entry["record_key"] else {})
            for entry in store.open_quarantine(con)
            if entry["source_uri"] not in seen and source.holds(entry["source_uri"])
        )
    return refs


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


def _publish_with_data_docs(settings: Settings, summary: RunSummary) -> None:
    """Publish the read copy while the Data Docs render: the copy is the kernel's and DuckDB's work,
    the rendering Python's, so on two cores the night waits for the longer of the two only."""

    def publish() -> None:
        with summary.timed("read copy"):
            publish_read_copy(settings)

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="read-copy") as pool:
        copying = pool.submit(contextvars.copy_context().run, publish)  # the run's logger, in the thread too
        if summary.checked:
            with summary.timed("data docs"):
                refresh_data_docs(settings)
        copying.result()


def _finish(settings: Settings, summary: RunSummary, error: str | None = None) -> None:
    con = store.connect(settings.warehouse, memory_limit=settings.duckdb_memory_limit)
    try:
        store.finish_run(con, summary.run_id, summary.status, summary.counts(), error)
    finally:
        con.close()


__all__ = ["RunSummary", "nightly_ingest"]

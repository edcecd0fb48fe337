"""The nightly ingestion: discover -> fetch -> parse -> check -> load, batch by batch."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

import polars as pl
from prefect import flow, get_run_logger
from prefect.runtime import flow_run

from flows.report import publish_run_report
from flows.settings import Settings, load_settings
from flows.sources import FetchFailure, RecordRef, Source
from flows.sources.listed import ListedSource
from flows.sources.registry import source_from_spec
from flows.stages import check_batch, fetch_batch, load_checked_batch, parse_batch
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

    def counts(self) -> dict[str, int]:
        return {
            "discovered": self.discovered,
            "skipped": self.skipped,
            "loaded": self.loaded,
            "quarantined": self.quarantined,
            "warnings": self.warnings,
        }


@flow(name="nightly_ingest", log_prints=True)
def nightly_ingest(
    source: str | None = None,
    warehouse: str | None = None,
    since: date | None = None,
    limit: int | None = None,
    batch_size: int | None = None,
) -> RunSummary:
    """Ingest what is new at `source` into the DuckDB `warehouse`, one transaction per batch."""
    settings = load_settings(source=source, warehouse=warehouse, limit=limit, batch_size=batch_size)
    with exclusive_writer(settings.warehouse, settings.lock_wait_seconds):
        return _ingest(settings, since)


def _ingest(settings: Settings, since: date | None) -> RunSummary:
    logger = get_run_logger()
    summary = RunSummary(run_id=uuid.uuid4().hex)
    con = store.connect(settings.warehouse)
    try:
        store.migrate(con)
        store.mark_interrupted_runs(con)
        store.start_run(con, summary.run_id, flow_run.get_id(), settings.source, settings.model_dump(mode="json"))
        source = _source(con, settings)
        refs = _refs_to_process(con, source, since, settings.limit)
        summary.discovered = len(refs)
        loaded_hashes = store.loaded_hashes(con)
    finally:
        con.close()
    logger.info("%d records to process from %s", len(refs), settings.source)
    try:
        for refs_in_batch in _batches(refs, settings.batch_size):
            _process_batch(settings, source, refs_in_batch, loaded_hashes, summary)
        summary.status = "completed"
    except BaseException as error:
        summary.status = "failed"
        _finish(settings, summary, error=f"{type(error).__name__}: {error}")
        raise
    if summary.loaded:
        _rebuild_search_index(settings)
    _build_data_docs(settings)
    _finish(settings, summary)
    publish_run_report(summary, settings)
    logger.info("run %s: %s", summary.run_id, summary.counts())
    return summary


def _source(con: Any, settings: Settings) -> Source:
    """The configured source; `quarantine:` (or `quarantine:ID`) retries what is quarantined."""
    if settings.source.startswith("quarantine:"):
        entry = settings.source.removeprefix("quarantine:") or None
        return ListedSource(store.quarantined_records(con, entry))
    return source_from_spec(settings.source, settings, highest_meetings=None)


def _process_batch(
    settings: Settings, source: Source, refs: Sequence[RecordRef], loaded_hashes: set[str], summary: RunSummary
) -> None:
    fetched = fetch_batch(source, refs)
    parsed, skipped = parse_batch(fetched.records, loaded_hashes)
    checked = check_batch(parsed, summary.run_id, settings.validation_results_dir)
    checked.quarantine = pl.concat([checked.quarantine, _fetch_failures(fetched.failures)])
    watermark = max((ref.last_modified for ref in refs if ref.last_modified), default=None)
    summary.loaded += load_checked_batch(
        settings.warehouse,
        checked,
        source.name,
        watermark if getattr(source, "incremental", False) else None,
        summary.run_id,
    )
    loaded_hashes.update(checked.frames["meetings"]["content_sha256"].to_list())
    summary.skipped += skipped
    summary.quarantined += checked.quarantine.height
    summary.warnings += checked.warnings
    summary.failed_expectations.extend(checked.failed_expectations)


def _refs_to_process(con: Any, source: Source, since: date | None, limit: int | None) -> list[RecordRef]:
    """New records since the watermark (or `since`), plus quarantined ones to retry."""
    start = datetime.combine(since, time(), tzinfo=UTC) if since else None
    if start is None and getattr(source, "incremental", False):
        start = store.watermark(con, source.name)
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


def _build_data_docs(settings: Settings) -> None:
    """The Data Docs site shows the latest run; a failure to render must not fail the ingestion."""
    from expectations.data_docs import build_data_docs

    try:
        build_data_docs(settings.validation_results_dir, settings.data_docs_dir)
    except Exception:
        get_run_logger().exception("Data Docs could not be built")


def _rebuild_search_index(settings: Settings) -> None:
    con = store.connect(settings.warehouse)
    try:
        rebuild_search_index(con)
    finally:
        con.close()


def _finish(settings: Settings, summary: RunSummary, error: str | None = None) -> None:
    con = store.connect(settings.warehouse)
    try:
        store.finish_run(con, summary.run_id, summary.status, summary.counts(), error)
    finally:
        con.close()


__all__ = ["RunSummary", "nightly_ingest", "record_quarantine"]

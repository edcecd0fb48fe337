"""The nightly flow's stages as Prefect tasks: one task run per batch of records, not per record."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import polars as pl
from prefect import Task, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows.dask_runner import chunks, run_chunks, runner_threads
from flows.settings import Settings
from flows.sources import FetchResult, RawRecord, RecordRef, Source
from transforms.parse import ParsedBatch, parse_documents, without_meetings
from transforms.schemas import MEETING_TABLES, QUARANTINE
from warehouse.load import BatchToLoad, load_batch
from warehouse.store import connect


@dataclass(slots=True)
class CheckedBatch:
    frames: dict[str, pl.DataFrame]
    quarantine: pl.DataFrame
    quality_results: pl.DataFrame | None
    warnings: int = 0
    failed_expectations: list[dict[str, object]] = field(default_factory=list)


@task(name="fetch", cache_policy=NO_CACHE)
def fetch_batch(source: Source, refs: Sequence[RecordRef]) -> FetchResult:
    """Download a batch; the source retries each request, `fetch_task` retries the batch."""
    return source.fetch(refs)


def fetch_task(settings: Settings) -> Task[[Source, Sequence[RecordRef]], FetchResult]:
    """The fetch task with the retries and timeout the settings give (fetching is safe to repeat)."""
    delays = settings.fetch_retry_delay_seconds
    return fetch_batch.with_options(
        retries=len(delays), retry_delay_seconds=delays, timeout_seconds=settings.fetch_timeout_seconds
    )


def fetch_and_parse(
    source: Source,
    refs: Sequence[RecordRef],
    loaded_hashes: set[str],
    settings: Settings,
    timed: Callable[[str], AbstractContextManager[None]],
) -> tuple[FetchResult, ParsedBatch, int]:
    """A batch fetched and parsed, in a chunk per thread of the task runner: its fetch, parse and skipped count.

    The records are deduplicated by content over the whole batch, between the two stages, so bytes
    fetched in two chunks are parsed (and loaded) once; the chunks' parses merge into the batch
    that parsing them all at once gives. The default runner has one chunk.
    """
    parts, fetch = runner_threads(settings), fetch_task(settings)
    with timed("fetch"):
        fetches = run_chunks(fetch, [(source.for_fetching(chunk), chunk) for chunk in chunks(refs, parts)], settings)
        fetched = merged_fetches(fetches)
    new = unseen_records(fetched.records, loaded_hashes)
    with timed("parse"):
        parsed = merged_parses(run_chunks(parse_batch, [(chunk,) for chunk in chunks(new, parts)], settings))
    return fetched, parsed, len(fetched.records) - len(new)


@task(name="parse", cache_policy=NO_CACHE)
def parse_batch(records: Sequence[RawRecord]) -> ParsedBatch:
    """Parse records into frames; a record that cannot be parsed is a reject, logged here."""
    batch = parse_documents(records)
    logger = get_run_logger()
    for reject in batch.rejects:
        logger.warning("quarantined %s at %s: %s", reject.source_uri, reject.stage, reject.reason)
    for meeting_id, problem in batch.problems:
        logger.info("%s: %s", meeting_id, problem)
    return batch


def unseen_records(records: Sequence[RawRecord], loaded_hashes: set[str]) -> list[RawRecord]:
    """The first record of each content not loaded already, in order: the same bytes never load twice."""
    unseen = {record.sha256: record for record in reversed(records) if record.sha256 not in loaded_hashes}
    return [record for record in records if unseen.get(record.sha256) is record]


def merged_fetches(results: Sequence[FetchResult]) -> FetchResult:
    """The fetches of consecutive chunks of a batch as one fetch of the batch."""
    return FetchResult(
        [record for result in results for record in result.records],
        [failure for result in results for failure in result.failures],
    )


def merged_parses(batches: Sequence[ParsedBatch]) -> ParsedBatch:
    """The parses of consecutive chunks of a batch's records as `parse_documents` would parse them all at once.

    A meeting parsed in two chunks (two versions of one record) keeps the later chunk's rows, at the
    place of its first appearance, as `parse_documents` keeps the later version; sessions and
    speakers are derived again from the merged rows, since a chunk only saw its own.
    """
    if len(batches) <= 1:
        return batches[0] if batches else parse_documents([])
    winner: dict[str, int] = {}  # meeting -> the last chunk that parsed it
    place: dict[str, int] = {}  # meeting -> its place among first appearances
    for number, batch in enumerate(batches):
        for meeting_id in batch.meeting_ids:
            winner[meeting_id] = number
            place.setdefault(meeting_id, len(place))
    kept = [
        [meeting_id for meeting_id in batch.meeting_ids if winner[meeting_id] == number]
        for number, batch in enumerate(batches)
    ]
    frames = {
        name: pl.concat(
            [
                batch.frames[name].filter(pl.col("meeting_id").is_in(pl.Series(ids, dtype=pl.String).implode()))
                for batch, ids in zip(batches, kept, strict=True)
            ]
        ).sort(pl.col("meeting_id").replace_strict(place, return_dtype=pl.Int64), maintain_order=True)
        for name in MEETING_TABLES
    }
    problems = sorted(
        (
            (meeting_id, problem)
            for number, batch in enumerate(batches)
            for meeting_id, problem in batch.problems
            if winner.get(meeting_id) == number
        ),
        key=lambda item: place[item[0]],
    )
    return ParsedBatch(
        without_meetings(frames, []), [reject for batch in batches for reject in batch.rejects], problems
    )


@task(name="check", cache_policy=NO_CACHE)
def check_batch(batch: ParsedBatch, run_id: str, results_dir: Path) -> CheckedBatch:
    """Validate the batch once with Great Expectations; meetings failing an error-level check are held back."""
    logger = get_run_logger()
    rejects = [
        {
            "source_uri": r.source_uri,
            "record_key": r.record_key,
            "content_sha256": r.content_sha256,
            "stage": r.stage,
            "reason": r.reason,
        }
        for r in batch.rejects
    ]
    if batch.frames["meetings"].height == 0:
        # Nothing new to check (a night whose records were all loaded before): no validation on
        # empty tables, whose "passed on 0 rows" would hide the last real results.
        return CheckedBatch(batch.frames, pl.DataFrame(rejects, schema=QUARANTINE), None)
    # Imported here: Great Expectations takes seconds to import, which a quiet night never needs.
    from expectations.data_docs import save_validation_results
    from expectations.validate import validate_batch

    validation = validate_batch(batch.frames, run_id, keep_validation_results=True)
    save_validation_results(validation, results_dir)
    for error in validation.unattributed_errors:
        logger.error("error-level check that names no meeting (nothing to quarantine): %s", error)
    origins = {row["meeting_id"]: row for row in batch.frames["meetings"].iter_rows(named=True)}
    for meeting_id, reasons in validation.failed_meetings.items():
        origin = origins.get(meeting_id, {})
        rejects.append(
            {
                "source_uri": origin.get("source_uri") or f"meeting:{meeting_id}",
                "record_key": meeting_id,
                "content_sha256": origin.get("content_sha256"),
                "stage": "check",
                "reason": "; ".join(reasons),
            }
        )
        logger.warning("quarantined %s at check: %s", meeting_id, "; ".join(reasons))
    frames = (
        without_meetings(batch.frames, list(validation.failed_meetings)) if validation.failed_meetings else batch.frames
    )
    failed = validation.results.filter(~pl.col("success")).to_dicts() if validation.results.height else []
    return CheckedBatch(
        frames, pl.DataFrame(rejects, schema=QUARANTINE), validation.results, validation.warnings, failed
    )


@task(name="load", retries=0, cache_policy=NO_CACHE)
def load_checked_batch(
    warehouse: str,
    checked: CheckedBatch,
    source: str,
    watermark: datetime | None,
    run_id: str,
    *,
    memory_limit: str | None = None,
) -> int:
    """One transaction per batch; never retried here, since a half-known outcome must not load twice."""
    con = connect(warehouse, memory_limit=memory_limit)
    try:
        return load_batch(
            con,
            BatchToLoad(checked.frames, checked.quarantine, checked.quality_results, source, watermark),
            run_id,
        )
    finally:
        con.close()

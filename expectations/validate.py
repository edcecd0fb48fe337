"""The quality gate: validate one parsed batch once, and say which meetings must be held back.

`validate_batch` builds the check frames (`expectations.check_frames`), runs every suite in
`expectations/suites/` through Great Expectations once per batch (`expectations.engine`) and
turns the outcomes into `quality_results` rows. A failed `error` expectation quarantines the
meetings its failing rows belong to (not the batch); a failed `warning` is only recorded.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import polars as pl

from expectations.check_frames import INDEX_COLUMNS, check_frames
from expectations.engine import CheckJob, EngineRun, Outcome, run_checks
from expectations.results import locator, reason, results_frame
from expectations.suites import load_suites
from transforms.schemas import ALL_TABLES


@dataclass
class BatchValidation:
    # Rows for the warehouse table quality_results (schema `expectations.results.QUALITY_RESULTS`).
    results: pl.DataFrame
    # meeting_id -> why it is held back, from failed error-level expectations only.
    failed_meetings: dict[str, list[str]]
    # How many warning-level expectations failed.
    warnings: int
    # Error-level failures that name no meeting (a row without meeting_id, a check that raised):
    # nothing could be quarantined for them, so the caller must decide (log, or fail the batch).
    unattributed_errors: list[str] = field(default_factory=list)
    # GX's own validation results as JSON dicts, when asked for (for Data Docs).
    validation_results: list[dict[str, Any]] = field(default_factory=list)


def validate_batch(
    frames: Mapping[str, pl.DataFrame],
    run_id: str,
    *,
    today: date | None = None,
    keep_validation_results: bool = False,
) -> BatchValidation:
    """Validate every table of the batch, and the tables against each other, in one GX pass."""
    _require_schemas(frames)
    today = today or datetime.now(UTC).date()
    parameters = {"today_yyyymmdd": today.year * 10_000 + today.month * 100 + today.day, "next_year": today.year + 1}
    validated_at = datetime.now(UTC)
    run: EngineRun = run_checks(
        check_jobs(frames),
        parameters,
        keep_validation_results=keep_validation_results,
        run_name=run_id,
        run_time=validated_at,
    )
    meetings_per_outcome = [_meetings_concerned(outcome, frames) for outcome in run.outcomes]
    failed: dict[str, list[str]] = defaultdict(list)
    unattributed: list[str] = []
    for outcome, meetings in zip(run.outcomes, meetings_per_outcome, strict=True):
        if outcome.success or outcome.spec.severity != "error":
            continue
        for meeting_id, locators in meetings.items():
            failed[meeting_id].append(reason(outcome, locators))
        if not meetings or outcome.exception or _has_rows_without_meeting(outcome):
            unattributed.append(reason(outcome, []))
    return BatchValidation(
        results=results_frame(run.outcomes, [list(m) for m in meetings_per_outcome], run_id, validated_at, parameters),
        failed_meetings=dict(failed),
        warnings=sum(1 for o in run.outcomes if not o.success and o.spec.severity == "warning"),
        unattributed_errors=unattributed,
        validation_results=run.validation_results,
    )


def check_jobs(frames: Mapping[str, pl.DataFrame]) -> list[CheckJob]:
    """One GX validation per table suite, and one per table the cross-table suite looks at."""
    frames_per_suite = check_frames(frames)
    jobs: list[CheckJob] = []
    for suite in load_suites():
        for frame_name in suite.frames:
            expectations = tuple(spec for spec in suite.expectations if spec.frame == frame_name)
            frame = frames_per_suite[suite.name][frame_name]
            jobs.append(CheckJob(suite.name, frame_name, frame, expectations, INDEX_COLUMNS[frame_name]))
    return jobs


def _meetings_concerned(outcome: Outcome, frames: Mapping[str, pl.DataFrame]) -> dict[str, list[str]]:
    """meeting_id -> where its failing rows are ('paragraph 4'); shared tables traced to their meetings."""
    if outcome.success:
        return {}
    frame_name = outcome.job.frame_name
    located: dict[str, list[str]] = defaultdict(list)
    if frame_name == "sessions":
        _trace(outcome, frames["meetings"], "session_id", located)
    elif frame_name == "speakers":
        _trace(outcome, frames["statements"], "speaker_id", located)
    else:
        for row in outcome.unexpected_rows:
            if isinstance(row.get("meeting_id"), str):
                located[row["meeting_id"]].append(locator(row, outcome.job.index_columns))
    return dict(located)


def _trace(outcome: Outcome, frame: pl.DataFrame, key: str, located: dict[str, list[str]]) -> None:
    """A failing shared row concerns every meeting of the batch that refers to it."""
    keys = sorted({row[key] for row in outcome.unexpected_rows if isinstance(row.get(key), str)})
    if not keys:
        return
    pairs = (
        frame.filter(pl.col(key).is_in(pl.Series(keys, dtype=pl.String).implode()))
        .select("meeting_id", key)
        .unique()
        .sort("meeting_id", key)
    )
    rows = {row[key]: row for row in outcome.unexpected_rows if isinstance(row.get(key), str)}
    for meeting_id, value in pairs.iter_rows():
        located[meeting_id].append(locator(rows[value], outcome.job.index_columns))


def _has_rows_without_meeting(outcome: Outcome) -> bool:
    return "meeting_id" in outcome.job.index_columns and any(
        not isinstance(row.get("meeting_id"), str) for row in outcome.unexpected_rows
    )


def _require_schemas(frames: Mapping[str, pl.DataFrame]) -> None:
    """A frame that is missing or shaped otherwise than `transforms.schemas` is a bug, not bad data."""
    for table, schema in ALL_TABLES.items():
        if table not in frames:
            raise ValueError(f"the batch has no {table} frame")
        if frames[table].schema != schema:
            raise ValueError(f"the {table} frame does not match transforms.schemas: {frames[table].schema}")

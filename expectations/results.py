"""Expectation outcomes as rows of the warehouse table `quality_results`, and as quarantine reasons."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

import polars as pl

from expectations.engine import Outcome

# Data types as instances, as a Datetime and a List must be (a mix of classes and instances is a
# dict that mypy types as `dict[str, object]`).
QUALITY_RESULTS = pl.Schema(
    {
        "run_id": pl.String(),
        "validated_at": pl.Datetime("us", "UTC"),
        "table_name": pl.String(),
        "suite": pl.String(),
        "expectation": pl.String(),
        "column_name": pl.String(),
        "severity": pl.String(),
        "success": pl.Boolean(),
        "element_count": pl.Int64(),
        "unexpected_count": pl.Int64(),
        "unexpected_percent": pl.Float64(),
        "unexpected_sample": pl.String(),
        "meeting_ids": pl.List(pl.String),
        "details": pl.String(),
    }
)

SAMPLE_SIZE = 20
# How many failing rows of one meeting a quarantine reason names before it says "and N more".
_LOCATORS_IN_REASON = 5


def results_frame(
    outcomes: Sequence[Outcome],
    meeting_ids: Sequence[Sequence[str]],
    run_id: str,
    validated_at: datetime,
    parameters: Mapping[str, Any],
) -> pl.DataFrame:
    """One row per expectation validated, with the meetings its failing rows belong to."""
    rows = [
        {
            "run_id": run_id,
            "validated_at": validated_at,
            "table_name": outcome.job.suite,  # the table, or cross_table
            "suite": outcome.job.suite,
            "expectation": outcome.spec.type,
            "column_name": outcome.spec.kwargs.get("column"),
            "severity": outcome.spec.severity,
            "success": outcome.success,
            "element_count": outcome.element_count,
            "unexpected_count": outcome.unexpected_count,
            "unexpected_percent": outcome.unexpected_percent,
            "unexpected_sample": _json(outcome.unexpected_values[:SAMPLE_SIZE]),
            "meeting_ids": sorted(meetings),
            "details": _json(_details(outcome, parameters)),
        }
        for outcome, meetings in zip(outcomes, meeting_ids, strict=True)
    ]
    return pl.DataFrame(rows, schema=QUALITY_RESULTS, orient="row") if rows else pl.DataFrame(schema=QUALITY_RESULTS)


def reason(outcome: Outcome, locators: Sequence[str]) -> str:
    """Why a meeting is held back, in words: which check, on what, and where in the record."""
    spec = outcome.spec
    where = ""
    places = [place for place in dict.fromkeys(locators) if place]
    if places:
        shown = ", ".join(places[:_LOCATORS_IN_REASON])
        more = len(places) - _LOCATORS_IN_REASON
        where = (" " if shown.startswith("(") else " at ") + shown + (f" and {more} more" if more > 0 else "")
    if outcome.exception:
        where += f" (the check itself failed: {outcome.exception})"
    return f"{outcome.job.asset_name}: {spec.description} [{spec.type} on {', '.join(spec.columns)}]{where}"


def locator(row: Mapping[str, Any], index_columns: Sequence[str]) -> str:
    """A failing row by its place below the meeting and the values that failed: 'paragraph 4 (turn=4)'."""
    place = " ".join(
        f"{key} {'null' if row[key] is None else row[key]}"
        for key in index_columns
        if key != "meeting_id" and key in row
    )
    values = ", ".join(f"{key}={_json(value)}" for key, value in row.items() if key not in index_columns)
    return f"{place} ({values})".strip() if values else place


def _details(outcome: Outcome, parameters: Mapping[str, Any]) -> dict[str, Any]:
    details: dict[str, Any] = {
        "description": outcome.spec.description,
        "kwargs": _resolved(outcome.spec.kwargs, parameters),
        "check_frame": outcome.job.asset_name,
    }
    if outcome.unexpected_rows:
        details["unexpected_rows"] = outcome.unexpected_rows[:SAMPLE_SIZE]
    if outcome.exception:
        details["exception"] = outcome.exception
    return details


def _resolved(kwargs: Mapping[str, Any], parameters: Mapping[str, Any]) -> dict[str, Any]:
    """The kwargs with suite parameters ({"$PARAMETER": name}) replaced by the values used."""
    return {
        key: parameters.get(value["$PARAMETER"]) if isinstance(value, dict) and "$PARAMETER" in value else value
        for key, value in kwargs.items()
    }


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)

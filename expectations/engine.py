"""The one place that runs Great Expectations: check frames in, plain outcomes out.

GX is imported here and only inside functions, through `expectations.gx_loader` (it takes
seconds to import). It is not thread-safe when a context is shared, so every call builds its
own ephemeral context (a few milliseconds) and nothing GX-owned outlives the call. Polars frames
become pandas at exactly one point, `_to_pandas`, after the check frames have been cut to the
columns a suite reads.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

import polars as pl
import polars.selectors as cs

from expectations.gx_loader import great_expectations
from expectations.suites import GX_SEVERITY, ExpectationSpec

if TYPE_CHECKING:
    import great_expectations as gx
    import pandas as pd
    from great_expectations.core.expectation_validation_result import (
        ExpectationSuiteValidationResult,
        ExpectationValidationResult,
    )

# Which of our expectations a GX result belongs to: GX may reorder results (failures that
# raised come first), so each expectation carries its position in the job.
_POSITION = "gate_position"


@dataclass(frozen=True, slots=True)
class CheckJob:
    """One GX validation: a suite's expectations on one check frame."""

    suite: str
    frame_name: str
    frame: pl.DataFrame
    expectations: tuple[ExpectationSpec, ...]
    index_columns: tuple[str, ...]

    @property
    def asset_name(self) -> str:
        return self.frame_name if self.frame_name == self.suite else f"{self.suite}.{self.frame_name}"


@dataclass(frozen=True, slots=True)
class Outcome:
    """One expectation's result in plain Python values."""

    job: CheckJob
    spec: ExpectationSpec
    success: bool
    element_count: int
    unexpected_count: int | None
    unexpected_percent: float | None
    # Values as `plain` makes them: JSON values of any shape, hence Any here and in the rows.
    unexpected_values: list[Any]
    # Every failing row: its index columns (meeting, paragraph, ...), then the values checked.
    unexpected_rows: list[dict[str, Any]]
    exception: str | None = None


@dataclass(slots=True)
class EngineRun:
    outcomes: list[Outcome] = field(default_factory=list)
    # GX's own validation results as JSON dicts, kept only when asked for (Data Docs).
    validation_results: list[dict[str, Any]] = field(default_factory=list)


def run_checks(
    jobs: Sequence[CheckJob],
    parameters: Mapping[str, Any],
    *,
    keep_validation_results: bool = False,
    run_name: str | None = None,
    run_time: datetime | None = None,
) -> EngineRun:
    """Validate every job in one ephemeral GX context; one suite validation per job.

    With `keep_validation_results`, GX's own results are kept as JSON, stamped with the run
    (`run_name`, `run_time`) as GX's checkpoints would, for Data Docs.
    """
    great_expectations()  # first, so that GX's own import defers what our suites never use
    context = _ephemeral_context()
    source = context.data_sources.add_pandas("batch")
    run = EngineRun()
    for job in jobs:
        batch = (
            source.add_dataframe_asset(job.asset_name)
            .add_batch_definition_whole_dataframe("whole")
            .get_batch(batch_parameters={"dataframe": _to_pandas(job)})
        )
        result = batch.validate(
            _gx_suite(job),
            result_format={
                "result_format": "COMPLETE",
                "unexpected_index_column_names": list(job.index_columns),
                "return_unexpected_index_query": False,
            },
            expectation_parameters=dict(parameters),
        )
        run.outcomes.extend(_outcome(job, expectation_result) for expectation_result in result.results)
        if keep_validation_results:
            run.validation_results.append(_stamped(result, run_name, run_time))
    return run


def _stamped(
    result: ExpectationSuiteValidationResult, run_name: str | None, run_time: datetime | None
) -> dict[str, Any]:
    from great_expectations.core.run_identifier import RunIdentifier

    run_id = RunIdentifier(run_name=run_name, run_time=run_time)
    result.meta["run_id"] = run_id
    result.meta["validation_time"] = run_id.run_time
    document: dict[str, Any] = result.to_json_dict()  # JSON values (GX leaves the method unannotated)
    document["batch_id"] = result.batch_id
    return document


def _ephemeral_context() -> gx.data_context.AbstractDataContext:
    import great_expectations as gx
    from great_expectations.data_context.types.base import (
        DataContextConfig,
        InMemoryStoreBackendDefaults,
        ProgressBarsConfig,
    )

    config = DataContextConfig(
        store_backend_defaults=InMemoryStoreBackendDefaults(),
        progress_bars=ProgressBarsConfig(globally=False),
        analytics_enabled=False,
    )
    return gx.get_context(mode="ephemeral", project_config=config)


def _gx_suite(job: CheckJob) -> gx.ExpectationSuite:
    """A fresh GX suite for the job, each expectation built strictly so a bad config raises."""
    import great_expectations as gx
    from great_expectations.expectations.expectation_configuration import ExpectationConfiguration
    from great_expectations.expectations.metadata_types import FailureSeverity

    expectations = [
        ExpectationConfiguration(
            type=spec.type,
            kwargs=dict(spec.kwargs),
            meta={**spec.meta, _POSITION: position},
            description=spec.description,
            severity=FailureSeverity(GX_SEVERITY[spec.severity]),
        ).to_domain_obj()
        for position, spec in enumerate(job.expectations)
    ]
    return gx.ExpectationSuite(name=job.suite, expectations=expectations)


def _to_pandas(job: CheckJob) -> pd.DataFrame:
    """The job's frame as pandas: only the columns it reads, integers as int64.

    GX compares int64/float64 columns vectorised but calls Python once per value for any other
    dtype (int32 included), which costs seconds on a million paragraphs.
    """
    wanted = dict.fromkeys([*job.index_columns, *(c for spec in job.expectations for c in spec.columns)])
    return job.frame.select(list(wanted)).with_columns(cs.integer().cast(pl.Int64)).to_pandas()


def _outcome(job: CheckJob, result: ExpectationValidationResult) -> Outcome:
    if result.expectation_config is None:  # GX gives every result of a suite its expectation
        raise ValueError("Great Expectations returned a result without its expectation")
    spec = job.expectations[result.expectation_config.meta[_POSITION]]
    details: dict[str, Any] = result.result or {}
    exception = (result.exception_info or {}).get("exception_message")
    if exception is None and not details and not result.success:
        # A metric that raised is reported per metric, not under exception_message.
        exception = "; ".join(
            str(info.get("exception_message"))
            for info in (result.exception_info or {}).values()
            if isinstance(info, dict) and info.get("raised_exception")
        )
    return Outcome(
        job=job,
        spec=spec,
        success=bool(result.success),
        element_count=int(details.get("element_count", job.frame.height)),
        unexpected_count=_optional_int(details.get("unexpected_count")),
        unexpected_percent=_optional_float(details.get("unexpected_percent")),
        unexpected_values=[plain(value) for value in details.get("unexpected_list", [])],
        unexpected_rows=[
            {key: plain(row[key]) for key in dict.fromkeys([*job.index_columns, *spec.columns]) if key in row}
            for row in details.get("unexpected_index_list", [])
            if isinstance(row, dict)
        ],
        exception=exception or None,
    )


def plain(value: Any) -> Any:
    """A pandas/numpy value as plain JSON-able Python: missing values become None."""
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if value is None or isinstance(value, str | bool | int):
        return value
    import pandas as pd  # loaded already: GX produced the value

    if pd.api.types.is_scalar(value) and pd.isna(value):  # NaN, NaT, pandas.NA
        return None
    if hasattr(value, "item") and callable(value.item):  # numpy scalars
        try:
            item = value.item()
        except (ValueError, TypeError):
            return str(value)
        if type(item) is not type(value):
            return plain(item)
    if isinstance(value, float):
        return None if math.isnan(value) else int(value) if value.is_integer() else value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    text = str(value)
    return None if text in ("<NA>", "NaT", "nan") else text


def _optional_int(value: Any) -> int | None:
    value = plain(value)
    return int(value) if value is not None else None


def _optional_float(value: Any) -> float | None:
    value = plain(value)
    return float(value) if value is not None else None

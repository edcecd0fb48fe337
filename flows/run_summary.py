"""What a run did: counts, what was held back and why, and seconds per stage."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from time import perf_counter
from typing import Any


@dataclass(slots=True)
class RunSummary:
    run_id: str
    status: str = "running"
    discovered: int = 0
    skipped: int = 0
    loaded: int = 0
    quarantined: int = 0
    warnings: int = 0
    # Meetings validated: a night that validated none has no new results for the Data Docs.
    checked: int = 0
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

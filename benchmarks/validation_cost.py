"""What the quality gate costs: seconds per batch and rows per second, for a 20,000-record batch.

    uv run python -m benchmarks.validation_cost [MEETINGS] [PARAGRAPHS] [REPEATS]

A batch is synthesized by replicating one hand-built meeting (`tests.frames`) of PARAGRAPHS
paragraphs into MEETINGS meetings, each with its own id, hash, session and delegate; one
meeting in 100 has no known chair (a warning) and one in 1,000 a gap in its paragraph numbers
(an error), so failing rows are collected and traced as in a real night. Also printed: the
one-off GX import, in fresh processes, plainly and through `expectations.gx_loader` (as the gate
imports it), and the cost of a batch at the flow's default size (200 records), which is dominated
by the fixed cost per suite.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from typing import TypeVar

import polars as pl

from tests.frames import Frames, meeting, rebuild_shared
from transforms.schemas import ALL_TABLES, MEETING_TABLES

TODAY = date(2026, 11, 28)
T = TypeVar("T")


def synthesized_batch(meetings: int, paragraphs: int) -> Frames:
    """`meetings` copies of one meeting, told apart by id, hash, session and delegate."""
    template = meeting(1000, body="CCPR", session_number=100, length=paragraphs)
    copies = pl.DataFrame({"copy": pl.int_range(meetings, eager=True)})
    new_id = pl.format("CCPR/C/SR.{}", pl.col("copy") + 1000)
    frames: Frames = {}
    for table in MEETING_TABLES:
        frame = template[table].join(copies, how="cross").with_columns(meeting_id=new_id)
        if table == "meetings":
            frame = frame.with_columns(
                symbol=new_id,
                meeting_number=(pl.col("copy") + 1000).cast(pl.Int32),
                session_number=(pl.col("copy") // 50 + 1).cast(pl.Int32),
                session_id=pl.format("CCPR-{}", pl.col("copy") // 50 + 1),
                content_sha256=pl.format("{}{}", pl.col("content_sha256").str.slice(0, 48), _hex16("copy")),
                chair_name=pl.when(pl.col("copy") % 100 == 7).then(None).otherwise(pl.col("chair_name")),
            )
        if table == "statements":
            delegate = pl.col("speaker_role") == "delegation"
            frame = frame.with_columns(
                speaker_id=pl.when(delegate).then(_hex16("copy")).otherwise(pl.col("speaker_id")),
                paragraph=pl.when((pl.col("copy") % 1000 == 3) & (pl.col("paragraph") == paragraphs))
                .then(paragraphs + 1)
                .otherwise(pl.col("paragraph")),
            )
        frames[table] = frame.sort("copy", maintain_order=True).drop("copy").cast(ALL_TABLES[table])
    return rebuild_shared(frames)


def _hex16(column: str) -> pl.Expr:
    return pl.col(column).cast(pl.String).str.zfill(16)


def timed(work: Callable[[], T]) -> tuple[float, T]:
    start = time.perf_counter()
    value = work()
    return time.perf_counter() - start, value


def import_seconds(statement: str, repeats: int) -> float:
    """The best CPU time of `statement` in a fresh interpreter, beyond the interpreter's own start."""
    code = f"import time; start = time.process_time(); {statement}; print(time.process_time() - start)"
    runs = [
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True) for _ in range(repeats)
    ]
    return min(float(run.stdout.strip().splitlines()[-1]) for run in runs)


def main(meetings: int = 20_000, paragraphs: int = 50, repeats: int = 3) -> None:
    plain_import = import_seconds("import great_expectations", repeats)
    deferred = "from expectations.gx_loader import great_expectations; great_expectations()"
    deferred_import = import_seconds(deferred, repeats)
    from expectations.validate import validate_batch

    small = synthesized_batch(200, paragraphs)
    validate_batch(small, "bench-warm-up", today=TODAY)  # GX loads its metric providers on first use
    small_seconds = min(timed(lambda: validate_batch(small, "bench-200", today=TODAY))[0] for _ in range(repeats))

    build_seconds, frames = timed(lambda: synthesized_batch(meetings, paragraphs))
    rows = sum(frame.height for frame in frames.values())
    runs = [timed(lambda: validate_batch(frames, "bench", today=TODAY)) for _ in range(repeats)]
    first, validation = runs[0]
    best = min(seconds for seconds, _ in runs)

    print(
        f"batch: {meetings} meetings x {paragraphs} paragraphs = {rows:,} rows in 9 tables "
        f"(synthesized in {build_seconds:.1f} s, not counted)"
    )
    print(
        f"great_expectations import, CPU once per process (best of {repeats}): {plain_import:.2f} s plainly, "
        f"{deferred_import:.2f} s through expectations.gx_loader ({deferred_import / plain_import:.2f} of it)"
    )
    print(
        f"validate_batch, {meetings} records: {best:.1f} s per batch (best of {repeats}; first {first:.1f} s), "
        f"{rows / best:,.0f} rows/s, {best / meetings * 1000:.2f} ms per record"
    )
    print(f"validate_batch, 200 records (the default batch size): {small_seconds:.2f} s per batch")
    print(f"held back: {len(validation.failed_meetings)} meetings; failed warning expectations: {validation.warnings}")


if __name__ == "__main__":
    arguments = [int(value) for value in sys.argv[1:4]]
    main(*arguments)

"""Load throughput: the warehouse's replace-by-meeting load against DuckDB's own CREATE TABLE AS from Arrow,
and against dlt's merge into DuckDB.

    uv run --group bench python -m benchmarks.load_throughput [MEETINGS ...]

All write the same frames (all tables) into a fresh DuckDB file. The CTAS is the limit: no deletes,
no transaction bookkeeping. The replace run loads the same meetings a second time (a revision of
every record), the worst case for the delete-then-insert path. dlt is what a data team would
otherwise pick: its `merge` disposition with the delete-insert strategy keyed by meeting is the
same replace-by-meeting semantics (sessions and speakers merge by their own keys). dlt lives in the
benchmark-only dependency group `bench`.

Three batch sizes by default: 50 meetings, a night of one committee's records, where fixed costs
per run count; 200, a busy night with several bodies in session; and 2,000, a backfill batch,
where the rows do.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import duckdb
import polars as pl

from tests.crash_loader import sample_batch
from transforms.schemas import ALL_TABLES, QUARANTINE, SHARED_TABLES
from warehouse.load import BatchToLoad, load_batch
from warehouse.store import migrate


def frames_for(meetings: int) -> dict[str, pl.DataFrame]:
    return sample_batch(0, meetings)


def ctas(path: Path, frames: dict[str, pl.DataFrame]) -> float:
    con = duckdb.connect(str(path))
    start = time.perf_counter()
    con.execute("begin transaction")
    for table in ALL_TABLES:
        arrow = frames[table].to_arrow()
        con.register("incoming", arrow)
        con.execute(f"create table {table} as select * from incoming")
        con.unregister("incoming")
    con.execute("commit")
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def replace_load(path: Path, frames: dict[str, pl.DataFrame], times: int) -> list[float]:
    con = duckdb.connect(str(path))
    migrate(con)
    timings = []
    for run in range(times):
        start = time.perf_counter()
        load_batch(con, BatchToLoad(frames, pl.DataFrame(schema=QUARANTINE), None, "bench"), f"bench-{run}")
        timings.append(time.perf_counter() - start)
    con.close()
    return timings


def dlt_merge(directory: Path, frames: dict[str, pl.DataFrame], times: int) -> list[float]:
    """dlt's merge of the same frames, run `times` times into one DuckDB file; seconds per run."""
    os.environ.setdefault("RUNTIME__DLTHUB_TELEMETRY", "false")
    os.environ.setdefault("RUNTIME__LOG_LEVEL", "ERROR")
    import dlt

    def resources() -> list[Any]:
        made = []
        for table, frame in frames.items():
            if table in SHARED_TABLES:
                hints: dict[str, Any] = {"primary_key": SHARED_TABLES[table][1], "write_disposition": "merge"}
            else:
                hints = {
                    "merge_key": "meeting_id",
                    "write_disposition": {"disposition": "merge", "strategy": "delete-insert"},
                }
            made.append(dlt.resource([frame.to_arrow()], name=table, **hints))
        return made

    pipeline = dlt.pipeline(
        pipeline_name="bench",
        pipelines_dir=str(directory / "dlt"),
        destination=dlt.destinations.duckdb(str(directory / "dlt.duckdb")),
        dataset_name="records",
    )
    timings = []
    for _ in range(times):
        start = time.perf_counter()
        pipeline.run(resources())
        timings.append(time.perf_counter() - start)
    return timings


def main(meetings: int) -> None:
    frames = frames_for(meetings)
    rows = sum(frame.height for frame in frames.values())
    # Best of three fresh runs of each: these machines are noisy.
    firsts, replaces, dlt_firsts, dlt_replaces, limits = [], [], [], [], []
    for attempt in range(3):
        with tempfile.TemporaryDirectory() as name:
            directory = Path(name)
            limits.append(ctas(directory / f"ctas{attempt}.duckdb", frames))
            first, replace = replace_load(directory / "load.duckdb", frames, 2)
            dlt_first, dlt_replace = dlt_merge(directory, frames, 2)
        firsts.append(first)
        replaces.append(replace)
        dlt_firsts.append(dlt_first)
        dlt_replaces.append(dlt_replace)
    limit, first, replace = min(limits), min(firsts), min(replaces)
    dlt_first, dlt_replace = min(dlt_firsts), min(dlt_replaces)
    print(f"frames: {meetings} meetings, {rows:,} rows in {len(frames)} tables")
    print(f"CTAS from Arrow (the limit): {limit:.2f} s, {rows / limit:,.0f} rows/s")
    print(f"load into an empty warehouse: {first:.2f} s, {rows / first:,.0f} rows/s, {limit / first:.2f} of the limit")
    print(
        f"replace every meeting (revision): {replace:.2f} s, {rows / replace:,.0f} rows/s, "
        f"{limit / replace:.2f} of the limit"
    )
    print(f"dlt merge into an empty DuckDB: {dlt_first:.2f} s; ours is {dlt_first / first:.1f}x faster")
    print(f"dlt merge of every meeting again: {dlt_replace:.2f} s; ours is {dlt_replace / replace:.1f}x faster")


if __name__ == "__main__":
    for size in [int(arg) for arg in sys.argv[1:]] or [50, 200, 2000]:
        main(size)

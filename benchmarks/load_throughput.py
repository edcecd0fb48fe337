"""Load throughput: the warehouse's replace-by-meeting load against DuckDB's own CREATE TABLE AS from Arrow.

    uv run python -m benchmarks.load_throughput [MEETINGS]

Both write the same frames (all tables) into a fresh DuckDB file. The CTAS is the limit: no deletes,
no transaction bookkeeping. The replace run loads the same meetings a second time (a revision of
every record), the worst case for the delete-then-insert path.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import duckdb
import polars as pl

from tests.crash_loader import sample_batch
from transforms.schemas import ALL_TABLES
from warehouse.load import QUARANTINE, BatchToLoad, load_batch
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


def main(meetings: int = 2000) -> None:
    frames = frames_for(meetings)
    rows = sum(frame.height for frame in frames.values())
    with tempfile.TemporaryDirectory() as directory:
        limit = min(ctas(Path(directory) / f"ctas{i}.duckdb", frames) for i in range(3))
        first, replace = replace_load(Path(directory) / "load.duckdb", frames, 2)
    print(f"frames: {meetings} meetings, {rows:,} rows in {len(frames)} tables")
    print(f"CTAS from Arrow (the limit): {limit:.2f} s, {rows / limit:,.0f} rows/s")
    print(f"load into an empty warehouse: {first:.2f} s, {rows / first:,.0f} rows/s, {limit / first:.2f} of the limit")
    print(
        f"replace every meeting (revision): {replace:.2f} s, {rows / replace:,.0f} rows/s, "
        f"{limit / replace:.2f} of the limit"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)

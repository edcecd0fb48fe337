"""End to end: generated records served as PDFs by the loopback UN Digital Library, through the nightly flow.

    uv run python -m benchmarks.end_to_end [RECORDS] [--batch-size N]

The records come from `tests.corpus` (treaty bodies the default UNDL query covers), typeset
as plain PDFs by `benchmarks.plain_pdf` on every core. `tests/un_server.py` serves them over HTTP
on 127.0.0.1 with the UNDL search protocol. `records ingest --source undl:...` runs in a child
process into an empty warehouse; its peak RSS is the child's. Printed: records per second, each
stage's share of the run (from the flow's own timings), Prefect's start-up (an ingest of an empty
folder), and a second run with nothing new, beyond that start-up.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb

from benchmarks.plain_pdf import plain_pdf
from flows.settings import Settings
from flows.sources.undl import body_of
from tests.corpus import generate_records
from tests.un_server import ServedRecord, UnServer, serve

ROOT = Path(__file__).resolve().parents[1]
RECORDS = ROOT / ".venv" / "bin" / "records"
STAGES = re.compile(r"seconds per stage (\{.*?\})")


def served_records(count: int, seed: int) -> list[ServedRecord]:
    bodies = Settings().undl_bodies
    wanted = []
    for name, text in generate_records(count * 3, seed=seed):
        symbol = name.removesuffix("-EN.txt").replace("_", "/")
        if body_of(symbol, bodies):
            wanted.append((symbol, text))
        if len(wanted) == count:
            break
    with ProcessPoolExecutor(os.cpu_count()) as pool:
        pdfs = list(pool.map(plain_pdf, [text for _, text in wanted], chunksize=50))
    # Modified over a year, a few records a day, as the library's catalogue changes.
    first = datetime(2024, 1, 1, tzinfo=UTC)
    stamps = [first + timedelta(seconds=n * 365 * 86400 // len(wanted)) for n in range(len(wanted))]
    return [
        ServedRecord(n + 1, symbol, f"{stamp:%Y%m%d%H%M%S}.0", pdf)
        for n, ((symbol, _), pdf, stamp) in enumerate(zip(wanted, pdfs, stamps, strict=True))
    ]


def ingest(source: str, warehouse: Path, env: dict[str, str], batch_size: int) -> tuple[float, str, int]:
    """Wall seconds, output and peak RSS (KiB) of one `records ingest` in a child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    began = time.perf_counter()
    done = subprocess.run(
        [str(RECORDS), "ingest", "--source", source, "--warehouse", str(warehouse), "--batch-size", str(batch_size)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - began
    if done.returncode != 0:
        sys.exit(f"ingest failed:\n{done.stderr[-3000:]}")
    return seconds, done.stdout + done.stderr, max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before)


def quarantine_reasons(warehouse: Path) -> list[tuple[str, str, int]]:
    """The most common reasons records were held back, with their stage and count."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(
            "select stage, left(reason, 100), count(*) from quarantine where resolved_at is null "
            "group by all order by 3 desc limit 5"
        ).fetchall()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("records", type=int, nargs="?", default=20_000)
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()

    began = time.perf_counter()
    records = served_records(args.records, args.seed)
    print(f"{len(records)} PDF records typeset in {time.perf_counter() - began:.0f} s")
    un = UnServer()
    for record in records:
        un.add(record)
    with serve(un), tempfile.TemporaryDirectory() as name:
        directory = Path(name)
        env = {key: value for key, value in os.environ.items() if not key.startswith("RECORDS_")}
        env.update(
            RECORDS_HTTP_REQUESTS_PER_SECOND="2000",
            RECORDS_HTTP_CONCURRENCY="4",
            RECORDS_RAW_ARCHIVE=str(directory / "raw"),
            PREFECT_LOGGING_LEVEL="INFO",
        )
        (directory / "empty").mkdir()
        startup, _, _ = ingest(str(directory / "empty"), directory / "empty.duckdb", env, args.batch_size)
        source = f"undl:{un.base_url}"
        wall, output, peak = ingest(source, directory / "records.duckdb", env, args.batch_size)
        held_back = quarantine_reasons(directory / "records.duckdb")
        again, _, _ = ingest(source, directory / "records.duckdb", env, args.batch_size)
    stages = ast.literal_eval(STAGES.findall(output)[-1])
    loaded = re.search(r"loaded (\d+)", output.split("completed:")[-1])
    print(f"first run: {len(records)} records in {wall:.1f} s, {len(records) / wall:,.1f} records/s end to end")
    print(f"  loaded {loaded.group(1) if loaded else '?'}; peak RSS {peak / 1024:,.0f} MiB")
    for stage, reason, count in held_back:
        print(f"  quarantined at {stage}: {count} ({reason})")
    accounted = sum(stages.values())
    for stage, seconds in stages.items():
        print(f"  {stage:<6} {seconds:8.1f} s  {seconds / wall:6.1%}")
    print(f"  Prefect start-up and the rest (discovery, Data Docs, search index): {wall - accounted:.1f} s "
          f"{(wall - accounted) / wall:6.1%}")  # fmt: skip
    print(f"  Great Expectations (check) share of the run: {stages.get('check', 0) / wall:.1%}")
    print(f"an ingest with nothing to do (Prefect's own start-up): {startup:.1f} s")
    print(f"second run, nothing new: {again:.1f} s, {again - startup:+.1f} s beyond that start-up")


if __name__ == "__main__":
    main()

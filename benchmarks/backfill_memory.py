"""Peak memory of `records backfill` as the history grows: it should stay flat, batch after batch.

    uv run python -m benchmarks.backfill_memory [RECORDS ...]

For each size, that many generated records (`tests.corpus`, text) are written to a folder with
meeting days spread over 2020-2023, and `records backfill --from 2020-01-01 --to 2023-12-31`
runs in a child process into an empty warehouse, 500 records per batch whatever the size. Printed
per size: wall time, records per second and the child's peak RSS.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.corpus import write_corpus

ROOT = Path(__file__).resolve().parents[1]
RECORDS = ROOT / ".venv" / "bin" / "records"
FIRST_DAY = datetime(2020, 1, 1, 12, tzinfo=UTC)
HELD_ON = re.compile(r"(?<=on )(?:[A-Z][a-z]+day,? )?\d{1,2} [A-Z][a-z]+ \d{4}")
DAYS = 4 * 365


def backfill(count: int) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name) / "history"
        for n, path in enumerate(write_corpus(folder, count, seed=23)):
            # A folder is backfilled by its meetings' dates: the masthead's date is set, spread over the span.
            day = FIRST_DAY + timedelta(days=n * DAYS // count)
            text = path.read_text(encoding="utf-8")
            path.write_text(HELD_ON.sub(f"{day:%A}, {day.day} {day:%B %Y}", text, count=1), encoding="utf-8")
        env = {key: value for key, value in os.environ.items() if not key.startswith("RECORDS_")}
        command = [str(RECORDS), "backfill", "--from", "2020-01-01", "--to", "2023-12-31", "--source", str(folder)]
        window = os.environ.get("BACKFILL_WINDOW_DAYS", "365")
        command += ["--warehouse", str(Path(name) / "records.duckdb"), "--window-days", window]
        # One batch size for every history length: peak memory follows the batch, and the point
        # is whether it also follows the length of the history.
        command += ["--batch-size", os.environ.get("BACKFILL_BATCH_SIZE", "500")]
        began = time.perf_counter()
        # A fresh interpreter per size: RUSAGE_CHILDREN keeps the largest child seen so far.
        probe = [sys.executable, "-c", _PROBE, *command]
        done = subprocess.run(probe, env=env, capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - began
        if done.returncode != 0:
            sys.exit(done.stderr[-3000:])
        return seconds, int(done.stdout.strip().splitlines()[-1])


_PROBE = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, capture_output=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def main(sizes: list[int]) -> None:
    for count in sizes:
        seconds, peak_kib = backfill(count)
        rate = count / seconds
        print(f"{count:>6} records: {seconds:6.1f} s, {rate:6.1f} records/s, peak RSS {peak_kib / 1024:,.0f} MiB")


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [2_000, 20_000])

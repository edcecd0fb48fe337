"""SIGKILL in the middle of loads: no partial meeting, and the next run completes the work."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from flows.nightly import nightly_ingest
from tests.conftest import ROOT, kill_after_loads, table_counts
from tests.crash_loader import load_all

pytestmark = pytest.mark.slow  # processes killed mid-load, then the flow run again

BATCHES, MEETINGS = 6, 15


def partial_meetings(warehouse: Path) -> list[tuple[str, int, int]]:
    """Meetings whose statements do not number exactly their paragraph count, and orphans."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(
            """
            select m.meeting_id, m.paragraph_count, count(s.paragraph)
            from meetings m left join statements s using (meeting_id)
            group by all having count(s.paragraph) <> m.paragraph_count
            union all
            select s.meeting_id, null, count(*) from statements s anti join meetings m using (meeting_id) group by all
            union all
            select f.meeting_id, null, 0 from source_files f anti join meetings m using (meeting_id)
            """
        ).fetchall()


def test_sigkill_during_loads_never_leaves_a_partial_meeting(tmp_path: Path) -> None:
    reference = tmp_path / "reference.duckdb"
    load_all(str(reference), BATCHES, MEETINGS)
    expected = table_counts(reference)

    warehouse = tmp_path / "killed.duckdb"
    rng = random.Random(20261128)
    kills = 0
    for _ in range(6):
        victim = subprocess.Popen(
            [sys.executable, "-m", "tests.crash_loader", str(warehouse), str(BATCHES), str(MEETINGS)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert victim.stdout is not None
        first_line = victim.stdout.readline()  # one batch committed: the process is loading now
        time.sleep(rng.uniform(0.0, 0.6))
        if victim.poll() is None:
            victim.send_signal(signal.SIGKILL)
            kills += 1
        victim.wait(timeout=60)
        assert first_line.startswith("loaded batch") or victim.returncode == -signal.SIGKILL
        assert partial_meetings(warehouse) == []

    load_all(str(warehouse), BATCHES, MEETINGS)

    assert kills >= 3
    assert partial_meetings(warehouse) == []
    assert table_counts(warehouse) == expected


def test_flow_killed_mid_run_resumes_to_the_same_warehouse(subprocess_env: dict[str, str], tmp_path: Path) -> None:
    folder = tmp_path / "records"
    folder.mkdir()
    text = (ROOT / "samples" / "summary-records" / "cmw-mexico-second-periodic-report.txt").read_bytes()
    for number in range(100, 106):  # two batches of three
        (folder / f"CMW_C_SR.{number}-EN.txt").write_bytes(text + f"\n{number}\n".encode())
    records = str(ROOT / ".venv" / "bin" / "records")
    command = [records, "ingest", "--source", str(folder), "--batch-size", "3"]
    reference, killed = tmp_path / "reference.duckdb", tmp_path / "killed.duckdb"

    # Killed right after a batch has loaded, with more to come.
    assert kill_after_loads([*command, "--warehouse", str(killed)], subprocess_env, 1) == -signal.SIGKILL
    assert partial_meetings(killed) == []
    assert 0 < table_counts(killed)["meetings"] < 6

    finished = subprocess.run(
        [*command, "--warehouse", str(killed)],
        env=subprocess_env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr[-2000:]
    nightly_ingest(source=str(folder), warehouse=str(reference), batch_size=3)  # never interrupted

    assert partial_meetings(killed) == []
    assert table_counts(killed) == table_counts(reference)
    with duckdb.connect(str(killed), read_only=True) as con:
        statuses = [row[0] for row in con.execute("select status from ingest_runs order by started_at").fetchall()]
    assert statuses == ["interrupted", "completed"]  # the killed run stays visible

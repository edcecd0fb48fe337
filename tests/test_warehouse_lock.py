"""Two ingestions on one warehouse: one writes, the other waits, then gives up with a clear message."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from tests.conftest import ROOT
from warehouse.lock import WarehouseBusy, exclusive_writer
from warehouse.store import WarehouseError, connect

HOLD = """
import sys, time
from warehouse.lock import exclusive_writer
with exclusive_writer(sys.argv[1], 5):
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def hold_lock(warehouse: Path, seconds: float) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(warehouse), str(seconds)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "holding"
    return holder


def test_a_second_writer_gives_up_with_a_clear_message(tmp_path: Path) -> None:
    warehouse = tmp_path / "records.duckdb"
    holder = hold_lock(warehouse, 10)
    try:
        with (
            pytest.raises(WarehouseBusy, match=r"is being written by pid \d+; gave up after 0 s"),
            exclusive_writer(str(warehouse), 0.3),
        ):
            pass
    finally:
        holder.kill()
        holder.wait()


def test_a_second_writer_waits_for_the_first(tmp_path: Path) -> None:
    warehouse = tmp_path / "records.duckdb"
    holder = hold_lock(warehouse, 1.0)
    start = time.monotonic()
    with exclusive_writer(str(warehouse), 30):
        waited = time.monotonic() - start
    holder.wait()
    assert 0.5 < waited < 10


def test_a_corrupt_warehouse_is_refused_and_left_untouched(tmp_path: Path) -> None:
    corrupt = tmp_path / "corrupt.duckdb"
    corrupt.write_bytes(b"\x00garbage" * 1000)
    with pytest.raises(WarehouseError, match=r"not a usable DuckDB file|cannot be opened"):
        connect(str(corrupt))
    assert corrupt.read_bytes() == b"\x00garbage" * 1000


def test_a_warehouse_opened_by_another_program_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "busy.duckdb"
    duckdb.connect(str(path)).close()
    other = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, time; c = duckdb.connect({str(path)!r}); print('open', flush=True); time.sleep(10)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert other.stdout is not None
    assert other.stdout.readline().strip() == "open"
    try:
        with pytest.raises(WarehouseError, match="locked by another program"):
            connect(str(path))
    finally:
        other.kill()
        other.wait()

"""The read copy of a DuckDB-file warehouse: what analysts open while the nightly writes.

DuckDB lets one process write a file, and a process that has it open, even read-only, keeps
every other process from writing it. So readers never open the writer's file: after each run the
writer publishes a copy of it beside it (`records.duckdb` -> `records.read.duckdb`), checkpointed,
written under a temporary name and renamed over the last copy in one step. A reader opens the
copy and sees a consistent, complete warehouse as of the last run that ended, whatever runs
now; a reader that keeps a connection open keeps reading the copy it opened (the rename leaves
its file in place until it closes), and never makes the nightly wait or fail. A DuckLake needs
none of this: its readers see whole commits (`warehouse.location`).

The price is a second copy of the file on disk, and a copy per run that grows with the
warehouse (`benchmarks/README.md` measures it).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb

from warehouse.location import is_lake, local_path


def read_copy_of(warehouse_file: Path) -> Path:
    """`records.duckdb` -> `records.read.duckdb`, in the same folder (a rename never crosses disks)."""
    return warehouse_file.with_name(f"{warehouse_file.stem}.read{warehouse_file.suffix or '.duckdb'}")


def for_reading(location: str) -> str:
    """Where a reader should open a warehouse: the published read copy of a DuckDB file once there
    is one; a DuckLake, or a file never published yet, as it is."""
    if is_lake(location):
        return location
    copy = read_copy_of(local_path(location))
    return str(copy) if copy.exists() else location


def publish(location: str) -> Path | None:
    """Publish the read copy of a DuckDB-file warehouse; call as its writer, with nothing else open.

    Returns the copy (None for a DuckLake, which has no copy to publish).
    """
    if is_lake(location):
        return None
    source = local_path(location)
    with duckdb.connect(str(source)) as con:
        con.execute("checkpoint")  # everything in the file itself, nothing left in its WAL
    target = read_copy_of(source)
    staging = target.with_name(f".{target.name}.{os.getpid()}.publishing")
    try:
        shutil.copyfile(source, staging)
        with staging.open("rb+") as copy:
            os.fsync(copy.fileno())
        staging.replace(target)
    finally:
        staging.unlink(missing_ok=True)
    folder = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(folder)  # the rename itself survives a power cut
    finally:
        os.close(folder)
    return target

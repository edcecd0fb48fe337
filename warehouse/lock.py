"""One writer per warehouse: a second run waits for the first, then gives up with a clear message."""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from warehouse.location import shown, writer_lock


class WarehouseBusy(RuntimeError):
    """Another ingestion holds the warehouse."""


@contextmanager
def exclusive_writer(warehouse: str, wait_seconds: float, lake_data_path: Path | None = None) -> Iterator[None]:
    """Hold the warehouse's lock file (`warehouse.location.writer_lock`) for the block; wait up to
    `wait_seconds` for it."""
    lock_path = writer_lock(warehouse, lake_data_path)
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with lock_path.open("a+") as handle:
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    handle.seek(0)
                    holder = handle.read().strip() or "another process"
                    raise WarehouseBusy(
                        f"warehouse {shown(warehouse)} is being written by {holder}; gave up after {wait_seconds:.0f} s"
                    ) from None
                time.sleep(0.2)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)

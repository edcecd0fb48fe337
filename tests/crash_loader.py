"""Load many batches of copies of the sample, forever or until killed: the crash drill's victim.

Run as `python -m tests.crash_loader WAREHOUSE BATCHES MEETINGS_PER_BATCH`.
"""

from __future__ import annotations

import sys

import polars as pl

from flows.sources import RawRecord as Document
from tests.conftest import SAMPLE
from transforms.parse import parse_documents
from transforms.schemas import QUARANTINE
from warehouse.load import BatchToLoad, load_batch
from warehouse.store import connect, migrate


def sample_batch(batch_number: int, meetings: int) -> dict[str, pl.DataFrame]:
    text = SAMPLE.read_bytes()
    documents = [
        Document(f"file:///drill/CMW_C_SR.{n}-EN.txt", text + f"\n{n}\n".encode(), f"CMW_C_SR.{n}-EN.txt")
        for n in range(batch_number * meetings + 1, (batch_number + 1) * meetings + 1)
    ]
    return parse_documents(documents).frames


def load_all(warehouse: str, batches: int, meetings: int) -> None:
    """Load `batches` batches of `meetings` copies of the sample, each a distinct meeting."""
    con = connect(warehouse)
    migrate(con)
    for number in range(batches):
        frames = sample_batch(number, meetings)
        load_batch(con, BatchToLoad(frames, pl.DataFrame(schema=QUARANTINE), None, "drill"), f"drill-{number}")
        print(f"loaded batch {number}", flush=True)
    con.close()


if __name__ == "__main__":
    load_all(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))

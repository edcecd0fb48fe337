"""What a night costs as the history grows: 50 new records into warehouses of 0.1, 1 and 3 million paragraphs.

    uv run python -m benchmarks.night_cost [--sizes 100000 1000000 3000000] [--night 50] [--work DIR [--reuse]]

The warehouses are built from one stream of generated records (`tests.corpus`, about 40
paragraphs each), parsed on every core and loaded batch by batch with the flow's own loader
(without the quality gate, which a night's cost does not depend on history for). At each size
the build stops, builds the search index whole and publishes the read copy, as after any night,
and keeps a snapshot; the figures of those two full builds are printed too.

Then, on a copy of each snapshot, with a Prefect server running in this process: two nights of
50 records warm what the first nights pay once (GX's import, the Data Docs site's first rendering,
the read copies' first whole copies); three nights of 50 other records each are measured, each
followed by a night with nothing new, which gives Prefect's own cost of a run (its wall time
outside the flow's timed steps). Printed per size, for the median night: its wall time, that time
beyond Prefect's, and each step's share from the flow's own timings (`RunSummary.stage_seconds`).
The night's records come from the end of the stream: no warehouse holds them before.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from pathlib import Path

import polars as pl

from flows.sources import RawRecord
from tests.corpus import generate_records
from transforms.parse import parse_documents
from transforms.schemas import QUARANTINE
from warehouse import read_copy
from warehouse.load import BatchToLoad, load_batch
from warehouse.search import update_search_index
from warehouse.store import connect, migrate

SEED = 17
CHUNK = 1000
WARM, MEASURED = 2, 3
STEPS = ("discover", "fetch", "parse", "check", "load", "search index", "data docs", "read copy")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000, 3_000_000])
    parser.add_argument("--night", type=int, default=50, help="records in a night")
    parser.add_argument("--work", type=Path, default=None, help="folder for the warehouses (default: a temporary one)")
    parser.add_argument("--reuse", action="store_true", help="the warehouses an earlier run left in --work")
    args = parser.parse_args(argv)
    work = args.work or Path(__import__("tempfile").mkdtemp(prefix="night-cost-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"working in {work}", flush=True)

    nights = _night_folders(work, args.night, max(args.sizes))
    snapshots = _reused(work, sorted(args.sizes)) if args.reuse else None
    snapshots = snapshots or _build_warehouses(work, sorted(args.sizes))
    _measure_nights(work, snapshots, nights)


def _night_folders(work: Path, night: int, largest: int) -> list[Path]:
    """The nights' records (two to warm, three to measure), from past the end of what any warehouse holds."""
    beyond = largest // 25 + 2 * CHUNK  # more records than the largest build uses (about 40 paragraphs each)
    folders = [work / f"night-{number}" for number in range(1, 1 + WARM + MEASURED)]
    if all(folder.is_dir() and len(list(folder.iterdir())) == night for folder in folders):
        return folders
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
    tail = islice(generate_records(beyond + len(folders) * night, seed=SEED), beyond, None)
    for number, (name, text) in enumerate(tail):
        (folders[number // night] / name).write_text(text, encoding="utf-8")
    return folders


def _parsed(records: list[tuple[str, str]]) -> dict[str, pl.DataFrame]:
    documents = [RawRecord(f"file:///history/{name}", text.encode(), name) for name, text in records]
    return parse_documents(documents).frames


def _chunks(records: Iterator[tuple[str, str]]) -> Iterator[list[tuple[str, str]]]:
    while chunk := list(islice(records, CHUNK)):
        yield chunk


def _build_warehouses(work: Path, sizes: list[int]) -> dict[int, tuple[Path, int]]:
    """Snapshots of one growing warehouse at each size: {size: (folder, paragraphs)}."""
    building = work / "building"
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir()
    path = building / "records.duckdb"
    con = connect(str(path))
    migrate(con)
    snapshots: dict[int, tuple[Path, int]] = {}
    paragraphs, batch, began = 0, 0, time.perf_counter()
    targets = iter(sizes)
    target = next(targets)
    with ProcessPoolExecutor(max_workers=2) as pool:
        for frames in _in_order(pool, _chunks(generate_records(10**9, seed=SEED))):
            batch += 1
            load_batch(con, BatchToLoad(frames, pl.DataFrame(schema=QUARANTINE), None, "history"), f"history-{batch}")
            paragraphs += frames["statements"].height
            if paragraphs < target:
                continue
            con.execute("checkpoint")
            con.close()
            held = _count(path)
            print(f"{held:,} paragraphs loaded in {time.perf_counter() - began:.0f} s", flush=True)
            snapshots[target] = (_snapshot(work, building, target, held), held)
            target = next(targets, 0)
            if not target:
                break
            con = connect(str(path))
    shutil.rmtree(building)
    return snapshots


def _in_order(pool: ProcessPoolExecutor, chunks: Iterator[list[tuple[str, str]]]) -> Iterator[dict[str, pl.DataFrame]]:
    """The chunks parsed on the pool, in order, with a few in flight (`Executor.map` would read them all first)."""
    in_flight: deque[Future[dict[str, pl.DataFrame]]] = deque()
    for chunk in chunks:
        in_flight.append(pool.submit(_parsed, chunk))
        if len(in_flight) >= 4:
            yield in_flight.popleft().result()
    while in_flight:
        yield in_flight.popleft().result()


def _reused(work: Path, sizes: list[int]) -> dict[int, tuple[Path, int]] | None:
    folders = {size: work / f"warehouse-{size}" for size in sizes}
    if not all((folder / "records.duckdb").is_file() for folder in folders.values()):
        return None
    return {size: (folder, _count(folder / "records.duckdb")) for size, folder in folders.items()}


def _count(path: Path) -> int:
    con = connect(str(path), read_only=True)
    try:
        row = con.execute("select count(*) from statements").fetchone()
    finally:
        con.close()
    return int(row[0]) if row else 0


def _snapshot(work: Path, building: Path, size: int, paragraphs: int) -> Path:
    """The warehouse as a night finds it: its search index built and its read copy published."""
    con = connect(str(building / "records.duckdb"), read_only=True)
    began = time.perf_counter()
    try:
        update_search_index(con, building / "search_index", rebuild=True)
    finally:
        con.close()
    indexed = time.perf_counter() - began
    began = time.perf_counter()
    read_copy.publish(str(building / "records.duckdb"))
    published = time.perf_counter() - began
    size_bytes = (building / "records.duckdb").stat().st_size
    print(
        f"  {paragraphs:,} paragraphs ({size_bytes / 2**30:.2f} GiB): search index built whole in {indexed:.1f} s, "
        f"read copy published in {published:.1f} s",
        flush=True,
    )
    snapshot = work / f"warehouse-{size}"
    shutil.rmtree(snapshot, ignore_errors=True)
    shutil.copytree(building, snapshot)
    return snapshot


def _measure_nights(work: Path, snapshots: dict[int, tuple[Path, int]], nights: list[Path]) -> None:
    from prefect.testing.utilities import prefect_test_harness

    from flows.nightly import nightly_ingest

    nothing_new = work / "nothing-new"
    nothing_new.mkdir(exist_ok=True)
    rows = []
    with prefect_test_harness(server_startup_timeout=180):
        for snapshot, paragraphs in snapshots.values():
            night = work / "night"
            shutil.rmtree(night, ignore_errors=True)
            shutil.copytree(snapshot, night)
            warehouse = str(night / "records.duckdb")
            for folder in nights[:WARM]:  # a first night's one-off costs, and the read copies' first copies
                nightly_ingest(source=str(folder), warehouse=warehouse)
            measured = []
            for folder in nights[WARM:]:
                began = time.perf_counter()
                summary = nightly_ingest(source=str(folder), warehouse=warehouse)
                wall = time.perf_counter() - began
                assert summary.loaded == len(list(folder.iterdir())), summary.counts()
                began = time.perf_counter()
                quiet = nightly_ingest(source=str(nothing_new), warehouse=warehouse)
                # Prefect's own cost of a run: what a night with nothing to do spends outside its steps.
                prefect_part = time.perf_counter() - began - sum(quiet.stage_seconds.values())
                measured.append((wall, prefect_part, dict(summary.stage_seconds)))
            wall, prefect_part, steps = sorted(measured, key=lambda night: night[0] - night[1])[len(measured) // 2]
            rows.append((paragraphs, wall, prefect_part, steps))
            shutil.rmtree(night)
    _print(rows)


def _print(rows: list[tuple[int, float, float, dict[str, float]]]) -> None:
    print()
    print("| paragraphs | night | Prefect's part | beyond it | " + " | ".join(STEPS) + " | rest |")
    print("| ---: | ---: | ---: | ---: | " + " | ".join("---:" for _ in STEPS) + " | ---: |")
    for paragraphs, wall, prefect_part, steps in rows:
        shares = [steps.get(step, 0.0) / wall for step in STEPS]
        rest = 1 - sum(shares)
        print(
            f"| {paragraphs:,} | {wall:.2f} s | {prefect_part:.2f} s | {wall - prefect_part:.2f} s | "
            + " | ".join(f"{share:.1%}" for share in shares)
            + f" | {rest:.1%} |"
        )
    smallest, largest = rows[0], rows[-1]
    whole = largest[1] / smallest[1]
    beyond = (largest[1] - largest[2]) / (smallest[1] - smallest[2])
    print(
        f"\nthe {largest[0]:,}-paragraph night against the {smallest[0]:,}: {whole:.2f}x its wall time, "
        f"{beyond:.2f}x beyond Prefect's part (the read copy is published while the Data Docs render: "
        "their shares overlap)"
    )
    sys.stdout.flush()


if __name__ == "__main__":
    main()

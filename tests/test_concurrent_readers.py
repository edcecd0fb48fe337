"""Readers and the nightly never block each other: analysts' sessions query in a loop, in their own
processes, through a 1,000-record ingest; they never fail, see only whole batches, and the nightly
ends with the rows of every record, as parsing them alone makes them. For the DuckDB
file (readers open the copy each run publishes, `warehouse.read_copy`) and for a DuckLake whose
catalog is in a real PostgreSQL server."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from flows.nightly import nightly_ingest
from flows.sources.folder import FolderSource
from tests.conftest import ROOT, lake_counts, table_counts
from tests.corpus import write_corpus
from tests.warehouse_reader import TABLES
from transforms.parse import parse_documents
from warehouse import store

RECORDS = 1_000
BATCH = 250  # four commits: four states for a reader to see, and the quality gate (1 s) run four times
Answers = list[dict[str, Any]]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("drill") / "records"
    write_corpus(folder, RECORDS, seed=17)
    return folder


@pytest.fixture(scope="module")
def alone(corpus: Path) -> dict[str, int]:
    """The rows of every table for the whole corpus, from the parser alone: no load, no reader, no
    batches (its shared tables, speakers and sessions, are distinct over the whole corpus at once)."""
    source = FolderSource(corpus)
    parsed = parse_documents(source.fetch(source.discover()).records)
    assert not parsed.rejects
    return {table: frame.height for table, frame in parsed.frames.items()}


@contextmanager
def readers(location: str, folder: Path, *modes: str, search_index: Path) -> Iterator[dict[str, Path]]:
    """A reader process per mode ("held" keeps one connection, "reconnect" opens one a round, and
    searches too); yields where each writes its answers, and stops them after the block."""
    stop = folder / "stop"
    answers = {mode: folder / f"{mode}.jsonl" for mode in modes}
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.warehouse_reader", location, str(stop), str(answers[mode])]
            + (["--reconnect", "--search-index", str(search_index)] if mode == "reconnect" else []),
            cwd=ROOT,
        )
        for mode in modes
    ]
    try:
        _wait_for_answers(answers.values())  # each has connected and answered before the run starts
        yield answers
        _wait_for_answers(answers.values(), more_than=_answered(answers.values()))  # and again after it
    finally:
        stop.touch()
        for process in processes:
            process.wait(timeout=60)
    assert [process.returncode for process in processes] == [0] * len(processes)


def _answered(files: Iterable[Path]) -> list[int]:
    return [len(path.read_bytes().splitlines()) if path.exists() else 0 for path in files]


def _wait_for_answers(files: Iterable[Path], more_than: list[int] | None = None) -> None:
    files = list(files)
    floor = more_than or [0] * len(files)
    deadline = time.monotonic() + 60
    while any(now <= before for now, before in zip(_answered(files), floor, strict=True)):
        assert time.monotonic() < deadline, "a reader stopped answering"
        time.sleep(0.05)


def read(answers: Path) -> Answers:
    return [json.loads(line) for line in answers.read_text(encoding="utf-8").splitlines()]


def assert_whole_batches_only(answers: Answers, *, states_at_least: int) -> None:
    errors = [answer["error"] for answer in answers if "error" in answer]
    assert not errors, errors[:3]
    assert len(answers) >= 20, "the reader must have queried all through the run"
    assert all(answer["meetings_without_statements"] == 0 for answer in answers)
    assert all(answer["statements_without_meeting"] == 0 for answer in answers)
    assert all(answer["joined_statements"] == answer["statements"] for answer in answers)
    seen = [answer["meetings"] for answer in answers]
    assert seen == sorted(seen), "a reader never sees rows go away"
    assert len(set(seen)) >= states_at_least
    assert all(meetings % BATCH == 0 for meetings in seen), "whole batches only"


def assert_searched_all_along(answers: Answers) -> None:
    """Searches answered while the index was being brought up to date, and find the last run's paragraphs."""
    hits = [answer["search_hits"] for answer in answers if "search_hits" in answer]
    assert len(hits) >= 5, "the reader must have searched all through the run"
    assert hits[-1] == 20, hits[-5:]


def last_state(answers: Answers) -> dict[str, int]:
    return {table: answers[-1][table] for table in TABLES}


def test_readers_of_the_duckdb_file_read_the_published_copy_and_never_hold_the_nightly(
    prefect_api: str, alone: dict[str, int], corpus: Path, tmp_path: Path
) -> None:
    warehouse = tmp_path / "warehouse" / "records.duckdb"
    nightly_ingest(source=str(corpus), warehouse=str(warehouse), batch_size=BATCH, limit=BATCH)  # there is one

    runs = []
    with readers(
        str(warehouse), tmp_path, "held", "reconnect", search_index=warehouse.parent / "search_index"
    ) as answers:
        runs.append(nightly_ingest(source=str(corpus), warehouse=str(warehouse), batch_size=BATCH))

    # Had a reader opened the writer's file, DuckDB would have refused the run its writes.
    assert (runs[0].status, runs[0].loaded) == ("completed", RECORDS - BATCH)
    assert {table: table_counts(warehouse)[table] for table in alone} == alone
    held, reconnecting = read(answers["held"]), read(answers["reconnect"])
    # Left open all night, a session reads the copy it opened: complete, the last run's, never failing.
    assert_whole_batches_only(held, states_at_least=1)
    assert {answer["meetings"] for answer in held} == {BATCH}
    # A session that connects again sees the copy the run published at its end, whole.
    assert_whole_batches_only(reconnecting, states_at_least=2)
    assert last_state(reconnecting) == {table: alone[table] for table in TABLES}
    assert_searched_all_along(reconnecting)


def test_readers_of_a_postgresql_catalog_see_whole_batches_while_the_nightly_commits(
    prefect_api: str,
    alone: dict[str, int],
    postgres_catalog: str,
    corpus: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("RECORDS_LAKE_DATA_PATH", str(tmp_path / "lake"))
    con = store.connect(postgres_catalog, data_path=tmp_path / "lake")
    try:
        store.migrate(con)  # a team's lake exists, with its tables, before anyone reads it
    finally:
        con.close()

    runs = []
    with readers(
        postgres_catalog, tmp_path, "held", "reconnect", search_index=tmp_path / "lake" / "search_index"
    ) as answers:
        runs.append(nightly_ingest(source=str(corpus), warehouse=postgres_catalog, batch_size=BATCH))

    assert (runs[0].status, runs[0].loaded) == ("completed", RECORDS)
    assert {table: lake_counts(postgres_catalog)[table] for table in alone} == alone
    again = nightly_ingest(source=str(corpus), warehouse=postgres_catalog, batch_size=BATCH)
    assert (again.loaded, again.skipped) == (0, RECORDS)  # idempotent, as a file is
    lake = tmp_path / "lake"  # the rows and the warehouse's companions in the shared folder, the catalog in PostgreSQL
    assert list(lake.rglob("*.parquet"))
    assert {"validations", "data_docs", "writer.lock"} <= {path.name for path in lake.iterdir()}
    for mode in ("held", "reconnect"):  # DuckLake shows each commit to every reader, batch by batch
        assert_whole_batches_only(read(answers[mode]), states_at_least=3)
        assert last_state(read(answers[mode])) == {table: alone[table] for table in TABLES}
    assert_searched_all_along(read(answers["reconnect"]))

"""Readers and the nightly never block each other: an analyst's session queries in a loop, in its own
process, through a whole ingest, and sees only whole batches."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from flows.nightly import nightly_ingest
from tests.conftest import ROOT, table_counts
from tests.corpus import write_corpus
from tests.warehouse_reader import TABLES
from warehouse import store

RECORDS = 2_000
BATCH = 250


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("drill") / "records"
    write_corpus(folder, RECORDS, seed=17)
    return folder


def read_through(location: str, tmp_path: Path, ingest: Any) -> list[dict[str, Any]]:
    """Run `ingest` while a reader process queries `location`; the reader's answers, in order."""
    stop, answers = tmp_path / "stop", tmp_path / "answers.jsonl"
    reader = subprocess.Popen(
        [sys.executable, "-m", "tests.warehouse_reader", location, str(stop), str(answers)], cwd=ROOT
    )
    try:
        ingest()
        time.sleep(0.5)  # a round or two after the last commit
    finally:
        stop.touch()
        reader.wait(timeout=60)
    assert reader.returncode == 0
    return [json.loads(line) for line in answers.read_text(encoding="utf-8").splitlines()]


def assert_whole_batches_only(answers: list[dict[str, Any]], final: dict[str, int]) -> None:
    errors = [answer["error"] for answer in answers if "error" in answer]
    rounds = [answer for answer in answers if "error" not in answer]
    assert not errors, errors[:3]
    assert len(rounds) >= 20, "the reader must have queried all through the run"
    assert all(answer["meetings_without_statements"] == 0 for answer in rounds)
    assert all(answer["statements_without_meeting"] == 0 for answer in rounds)
    assert all(answer["joined_statements"] == answer["statements"] for answer in rounds)
    seen_meetings = [answer["meetings"] for answer in rounds]
    assert seen_meetings == sorted(seen_meetings), "a reader never sees rows go away"
    assert len(set(seen_meetings)) >= 3, "the reader saw the warehouse grow batch by batch"
    assert {table: rounds[-1][table] for table in TABLES} == {table: final[table] for table in TABLES}


def test_a_reader_of_a_postgresql_catalog_sees_whole_batches_while_the_nightly_commits(
    prefect_api: str, postgres_catalog: str, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = tmp_path / "alone.duckdb"
    nightly_ingest(source=str(corpus), warehouse=str(alone), batch_size=BATCH)
    monkeypatch.setenv("RECORDS_LAKE_DATA_PATH", str(tmp_path / "lake"))
    # The catalog exists before the reader starts, as a team's does: the first run creates it.
    store.connect(postgres_catalog, data_path=tmp_path / "lake").close()

    runs = []
    answers = read_through(
        postgres_catalog,
        tmp_path,
        lambda: runs.append(nightly_ingest(source=str(corpus), warehouse=postgres_catalog, batch_size=BATCH)),
    )

    assert (runs[0].status, runs[0].loaded) == ("completed", RECORDS)
    final = table_counts(alone)
    assert_whole_batches_only(answers, final)

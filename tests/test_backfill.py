"""`records backfill`: history loaded window by window, resumable after a kill, under Prefect's real engine."""

from __future__ import annotations

import itertools
import signal
import subprocess
from datetime import date
from pathlib import Path

import duckdb
import pytest
import tantivy

from flows.backfill import run_backfill, windows_between
from flows.settings import load_settings
from tests.conftest import ROOT, hold_meeting_on, kill_after_loads, meeting_day, scalar, table_counts
from tests.corpus import write_corpus

pytestmark = pytest.mark.slow  # backfills run as processes, some killed mid-way

RECORDS = str(ROOT / ".venv" / "bin" / "records")
# The days the generated records' meetings were held: three in each month of the first quarter of
# 2020, and one in April, outside every span below. A folder is backfilled by its meetings' dates.
DAYS = [date(2020, month, day) for month in (1, 2, 3) for day in (3, 14, 27)] + [date(2020, 4, 2)]


@pytest.fixture
def dated_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "history"
    for path, day in zip(write_corpus(folder, len(DAYS), seed=5), DAYS, strict=True):
        hold_meeting_on(path, day)
    return folder


def meeting_sources(warehouse: Path) -> list[str]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return sorted(Path(row[0]).name for row in con.execute("select source_uri from meetings").fetchall())


def test_windows_cover_the_span_without_gaps() -> None:
    spans = windows_between(date(2020, 1, 1), date(2020, 3, 31), 30)
    assert spans[0][0] == date(2020, 1, 1)
    assert spans[-1][1] == date(2020, 4, 1)
    assert all(left[1] == right[0] for left, right in itertools.pairwise(spans))
    with pytest.raises(ValueError, match="before it starts"):
        windows_between(date(2020, 2, 1), date(2020, 1, 1), 30)


def test_backfill_loads_the_span_only_and_a_rerun_skips_finished_windows(
    prefect_api: str, dated_folder: Path, tmp_path: Path
) -> None:
    warehouse = tmp_path / "records.duckdb"
    settings = load_settings(source=str(dated_folder), warehouse=str(warehouse), batch_size=2)
    heard: list[tuple[tuple[date, date], int, bool]] = []

    first = run_backfill(
        settings, date(2020, 1, 1), date(2020, 2, 29), 20, lambda window, counts, skipped: heard.append(
            (window, counts["discovered"], skipped)
        )
    )  # fmt: skip
    assert (first.windows, first.skipped_windows, first.loaded, first.quarantined) == (3, 0, 6, 0)
    assert sum(discovered for _, discovered, _ in heard) == 6
    held = {path.name: meeting_day(path) for path in dated_folder.glob("*.txt")}
    expected = sorted(name for name, day in held.items() if day.endswith(("January 2020", "February 2020")))
    assert meeting_sources(warehouse) == expected

    second = run_backfill(settings, date(2020, 1, 1), date(2020, 3, 31), 20)
    assert second.skipped_windows == 3  # January and February were finished
    assert second.loaded == 3  # March only
    assert len(meeting_sources(warehouse)) == 9  # April stays out
    with duckdb.connect(str(warehouse), read_only=True) as con:
        runs = scalar(con, "select count(distinct run_id) from meetings")
        windows = scalar(con, "select count(*) from backfill_windows")
    assert runs == 5  # one flow run per window that held records
    assert windows == 5
    assert indexed_paragraphs(warehouse) == statement_count(warehouse)  # updated once, after the last window


def statement_count(warehouse: Path) -> int:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        statements: int = scalar(con, "select count(*) from statements")
        return statements


def indexed_paragraphs(warehouse: Path) -> int:
    """The paragraphs in the search index beside the warehouse."""
    return int(tantivy.Index.open(str(warehouse.parent / "search_index")).searcher().num_docs)


def test_backfill_killed_mid_way_resumes_to_the_same_warehouse(
    subprocess_env: dict[str, str], dated_folder: Path, tmp_path: Path
) -> None:
    # --verbose: the kill waits for Prefect's line saying a load completed, which a backfill keeps quiet.
    command = [RECORDS, "--verbose", "backfill", "--from", "2020-01-01", "--to", "2020-03-31"]
    command += ["--source", str(dated_folder)]
    command += ["--window-days", "31", "--batch-size", "3"]  # a load per window: three in all
    killed, reference = tmp_path / "killed.duckdb", tmp_path / "reference.duckdb"
    # Killed after the second load, with a window still to come.
    assert kill_after_loads([*command, "--warehouse", str(killed)], subprocess_env, 2) == -signal.SIGKILL
    assert 0 < table_counts(killed)["meetings"] < 9

    resumed = subprocess.run(
        [*command, "--warehouse", str(killed)], env=subprocess_env, capture_output=True, text=True, check=False
    )
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    assert "done before" in resumed.stdout
    assert "records/s" in resumed.stdout  # the progress bar's rate
    # The same backfill never interrupted, run in this process: what the resumed one must equal.
    clean = load_settings(source=str(dated_folder), warehouse=str(reference), batch_size=3)
    run_backfill(clean, date(2020, 1, 1), date(2020, 3, 31), 31)
    assert table_counts(killed) == table_counts(reference)
    assert meeting_sources(killed) == meeting_sources(reference)

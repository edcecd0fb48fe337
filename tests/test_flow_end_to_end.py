"""The nightly flow under Prefect's real engine, into a real DuckDB file."""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from pathlib import Path

import duckdb
import pytest

from flows.nightly import nightly_ingest
from tests.conftest import ROOT, SAMPLE, scalar, table_counts

# A language the parser does not read (its record is quarantined with the language named).
RUSSIAN = """Краткий отчет о 160-м заседании
Заседание открывается в 10 ч. 00 м.
1.\tПредседатель предлагает делегации Мексики занять места за столом Комитета, и она это делает.
2.\tГ-н Бельтран дель Рио Мадрид (Мексика) говорит, что его страна не отрицает трудностей и что меры, \
которые принимаются в области миграции, многочисленны и направлены на защиту прав мигрантов.
Заседание закрывается в 13 ч. 15 м.
"""
VERSIONS = ROOT / "tests" / "fixtures" / "versions"


@pytest.fixture
def records_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "records"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / "CMW_C_SR.160-EN.txt")
    (folder / "nested").mkdir()
    # Another rendition of the record (other bytes, no symbol anywhere): known by its path.
    (folder / "nested" / "cmw-mexico-second-periodic-report.txt").write_bytes(SAMPLE.read_bytes() + b"\n")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "garbage.pdf").write_bytes(b"%PDF-1.7\n\x00\x01\x02 broken" * 40)
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "no-paragraphs.txt").write_text("Committee against Torture\nSome notes without any numbered paragraph.\n")
    (folder / "CMW_C_SR.999-RU.txt").write_text(RUSSIAN, encoding="utf-8")
    return folder


def quarantine_reasons(warehouse: Path) -> dict[str, tuple[str, str]]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = con.execute("select source_uri, stage, reason from quarantine where resolved_at is null").fetchall()
    return {Path(uri.removeprefix("file://")).name: (stage, reason) for uri, stage, reason in rows}


def task_runs_of(warehouse: Path, run_id: str) -> dict[str, int]:
    """Task runs Prefect recorded for the run, by stage: one per batch, never one per record."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    with duckdb.connect(str(warehouse), read_only=True) as con:
        flow_run_id = scalar(con, "select flow_run_id from ingest_runs where run_id = ?", [run_id])
    with get_client(sync_client=True) as client:
        runs = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])))
    return dict(Counter(run.name.rsplit("-", 1)[0] for run in runs))


def test_nightly_flow_loads_good_records_and_quarantines_bad_ones(
    prefect_api: str, records_folder: Path, tmp_path: Path
) -> None:
    warehouse = tmp_path / "records.duckdb"

    summary = nightly_ingest(source=str(records_folder), warehouse=str(warehouse), batch_size=3)

    assert summary.status == "completed"
    assert (summary.discovered, summary.loaded, summary.quarantined) == (7, 2, 5)
    reasons = quarantine_reasons(warehouse)
    assert reasons["empty.txt"] == ("extract", "empty file")
    assert reasons["binary.txt"][1].startswith("binary content")
    assert reasons["garbage.pdf"][0] == "extract"
    assert reasons["no-paragraphs.txt"] == ("parse", "not a meeting record: no masthead, opening line or speaker found")
    assert reasons["CMW_C_SR.999-RU.txt"] == ("parse", "language not supported: ru")
    with duckdb.connect(str(warehouse), read_only=True) as con:
        meetings = dict(con.execute("select meeting_id, paragraph_count from meetings").fetchall())
        statements = dict(con.execute("select meeting_id, count(*) from statements group by all").fetchall())
        run = con.execute("select status, discovered, loaded, quarantined from ingest_runs").fetchall()
        results = scalar(con, "select count(*) from quality_results where run_id = ?", [summary.run_id])
    assert meetings["CMW/C/SR.160"] == 59
    assert task_runs_of(warehouse, summary.run_id) == {"fetch": 3, "parse": 3, "check": 3, "load": 3}
    assert statements == meetings
    assert run == [("completed", 7, 2, 5)]
    assert results > 0


def test_rerun_loads_nothing_twice_and_a_revision_replaces_its_rows(
    prefect_api: str, records_folder: Path, tmp_path: Path
) -> None:
    warehouse = tmp_path / "records.duckdb"
    nightly_ingest(source=str(records_folder), warehouse=str(warehouse))
    first = table_counts(warehouse)

    again = nightly_ingest(source=str(records_folder), warehouse=str(warehouse))

    assert again.loaded == 0
    assert again.skipped == 2
    assert table_counts(warehouse) == first

    revised = records_folder / "CMW_C_SR.160-EN.txt"
    text = revised.read_text(encoding="utf-8")
    revised.write_text(text.replace("\n59.\t", "\n59.\tMs. Dicko thanked the delegation.\n60.\t"), encoding="utf-8")

    third = nightly_ingest(source=str(records_folder), warehouse=str(warehouse))

    assert third.loaded == 1
    with duckdb.connect(str(warehouse), read_only=True) as con:
        counted = con.execute(
            "select count(*), any_value(m.paragraph_count) from statements s join meetings m using (meeting_id) "
            "where meeting_id = 'CMW/C/SR.160'"
        ).fetchone()
        dicko = scalar(con, "select speaker_name from statements where meeting_id = 'CMW/C/SR.160' and paragraph = 59")
    assert counted is not None
    count, paragraph_count = counted
    assert (count, paragraph_count, dicko) == (60, 60, "Dicko")
    counts = table_counts(warehouse)
    assert counts["meetings"] == first["meetings"]
    assert counts["statements"] == first["statements"] + 1


def test_a_revision_that_renames_a_speaker_leaves_no_speaker_behind(
    prefect_api: str, records_folder: Path, tmp_path: Path
) -> None:
    warehouse = tmp_path / "records.duckdb"
    nightly_ingest(source=str(records_folder), warehouse=str(warehouse))
    # The name corrected in every paragraph of both renditions: once they load, no row names the old one.
    for revised in (
        records_folder / "CMW_C_SR.160-EN.txt",
        records_folder / "nested" / "cmw-mexico-second-periodic-report.txt",
    ):
        revised.write_text(revised.read_text(encoding="utf-8").replace("Dicko", "Dickow"), encoding="utf-8")

    assert nightly_ingest(source=str(records_folder), warehouse=str(warehouse)).loaded == 2

    with duckdb.connect(str(warehouse), read_only=True) as con:
        names = {row[0] for row in con.execute("select speaker_name from speakers").fetchall()}
        unnamed = scalar(
            con,
            "select count(*) from speakers where speaker_id not in "
            "(select speaker_id from statements where speaker_id is not null union "
            "select speaker_id from speaker_aliases where speaker_id is not null)",
        )
    assert "Dickow" in names
    assert "Dicko" not in names
    assert unnamed == 0


def test_records_command_fails_when_the_run_fails(subprocess_env: dict[str, str], tmp_path: Path) -> None:
    records = shutil.which("records", path=str(ROOT / ".venv" / "bin"))
    assert records is not None
    corrupt = tmp_path / "corrupt.duckdb"
    corrupt.write_bytes(b"this is not a duckdb file" * 100)

    completed = subprocess.run(
        [records, "ingest", "--warehouse", str(corrupt)],
        env=subprocess_env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )

    assert completed.returncode != 0
    assert (
        "not a usable DuckDB file" in completed.stdout + completed.stderr
        or "cannot be opened" in completed.stdout + completed.stderr
    )
    assert corrupt.read_bytes() == b"this is not a duckdb file" * 100


def test_quarantined_record_is_retried_after_a_fix(prefect_api: str, records_folder: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from flows.cli import app

    warehouse = tmp_path / "records.duckdb"
    nightly_ingest(source=str(records_folder), warehouse=str(warehouse))
    broken = records_folder / "no-paragraphs.txt"
    assert "no-paragraphs.txt" in quarantine_reasons(warehouse)
    broken.write_bytes(SAMPLE.read_bytes().replace(b"Mexico", b"Mexico ") + b"\n")  # the operator's fix

    result = CliRunner().invoke(app, ["quarantine", "retry", "--warehouse", str(warehouse)])

    assert result.exit_code == 0, result.output
    reasons = quarantine_reasons(warehouse)
    assert "no-paragraphs.txt" not in reasons  # resolved by the retry
    assert {"empty.txt", "binary.txt", "garbage.pdf", "CMW_C_SR.999-RU.txt"} <= set(reasons)  # still broken
    with duckdb.connect(str(warehouse), read_only=True) as con:
        loaded = scalar(con, "select count(*) from meetings where source_uri like '%no-paragraphs.txt'")
    assert loaded == 1


def test_a_meeting_in_three_languages_loads_side_by_side(prefect_api: str, tmp_path: Path) -> None:
    folder = tmp_path / "versions"
    shutil.copytree(VERSIONS, folder)
    warehouse = tmp_path / "records.duckdb"

    summary = nightly_ingest(source=str(folder), warehouse=str(warehouse))

    assert (summary.status, summary.loaded, summary.quarantined) == ("completed", 3, 0)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        held = {schema: scalar(con, f"select count(*) from {schema}.statements") for schema in ("main", "fr", "es")}
        aligned = con.execute(
            "select count(*), min(versions), count(text_en), count(text_fr), count(text_es) from statements_aligned"
        ).fetchone()
        agreed = con.execute(
            "select success from quality_results where suite = 'language_versions' and run_id = ?", [summary.run_id]
        ).fetchall()
    assert held == {"main": 6, "fr": 6, "es": 6}
    assert aligned == (6, 3, 6, 6, 6)
    assert agreed == [(True,)]

"""A data team's first month: the paths the README documents, walked with the `records` command.

Each test drives `records` as a user would, on a real folder and a real warehouse file: in a
subprocess where the behaviour is the process's (its exit code, what it logs), in process through
Typer where only the warehouse's contents are asserted.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from flows.cli import app
from flows.nightly import nightly_ingest
from tests.conftest import ROOT, SAMPLE, scalar, table_counts
from warehouse.read_copy import read_copy_of

RECORDS = shutil.which("records", path=str(ROOT / ".venv" / "bin"))


def records(env: dict[str, str], *arguments: str, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    assert RECORDS is not None
    return subprocess.run([RECORDS, *arguments], env=env, capture_output=True, text=True, timeout=timeout, check=False)


def open_quarantine(warehouse: Path) -> dict[str, tuple[str, str]]:
    """Open entries by file name: (stage, reason)."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = con.execute("select source_uri, stage, reason from quarantine where resolved_at is null").fetchall()
    return {uri.rsplit("/", 1)[-1]: (stage, reason) for uri, stage, reason in rows}


def loaded_sources(warehouse: Path) -> list[str]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return sorted(row[0] for row in con.execute("select source_uri from meetings").fetchall())


def renamed_sample(symbol_number: int) -> bytes:
    """The sample with a masthead symbol of its own, so each copy is its own meeting."""
    return f"CMW/C/SR.{symbol_number}\n".encode() + SAMPLE.read_bytes()


# ---------------------------------------------------------------- ingest: one bad file never sinks a night


@pytest.fixture
def awkward_folder(tmp_path: Path) -> Path:
    """Names a file system allows, a link out of the folder, a file over the limit, a text too long to number."""
    folder = tmp_path / "records"
    folder.mkdir()
    (folder / "my record.txt").write_bytes(renamed_sample(501))
    (folder / "S_PV.4507 (copy).txt").write_bytes(renamed_sample(502))
    (folder / "réunion #3 [draft] 100%.txt").write_bytes(renamed_sample(503))
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "secret.txt").write_bytes(renamed_sample(504))
    (folder / "link-out.txt").symlink_to(outside / "secret.txt")
    (folder / "kept.bin").write_bytes(renamed_sample(507))  # not a record's suffix: read only through the link
    (folder / "link-in.txt").symlink_to(folder / "kept.bin")
    (folder / "huge.txt").write_bytes(renamed_sample(505) + b"x" * 3_000_000)
    endless = "".join(f"{n}.\tMr. Ortiz (Mexico) said that item {n} stood.\n" for n in range(1, 12_001))
    (folder / "endless.txt").write_text(f"CMW/C/SR.506\nSummary record of the 506th meeting\n{endless}")
    return folder


def test_awkward_file_names_links_and_oversized_records_each_get_their_own_answer(
    subprocess_env: dict[str, str], awkward_folder: Path, tmp_path: Path
) -> None:
    warehouse = tmp_path / "records.duckdb"
    env = {**subprocess_env, "RECORDS_MAX_RECORD_BYTES": "2000000"}

    night = records(env, "ingest", "--source", str(awkward_folder), "--warehouse", str(warehouse))

    assert night.returncode == 0, night.stderr[-3000:]
    names = [uri.rsplit("/", 1)[-1] for uri in loaded_sources(warehouse)]
    # Any name a file system allows ingests; a link inside the folder is read like its target.
    assert sorted(names) == sorted(
        [
            "my%20record.txt",
            "S_PV.4507%20%28copy%29.txt",
            "r%C3%A9union%20%233%20%5Bdraft%5D%20100%25.txt",
            "link-in.txt",
        ]
    )
    refused = open_quarantine(warehouse)
    assert set(refused) == {"link-out.txt", "huge.txt", "endless.txt"}
    assert refused["link-out.txt"][0] == "fetch"
    assert "outside the source folder" in refused["link-out.txt"][1]
    assert refused["huge.txt"][0] == "fetch"
    assert "over the limit of 2 MiB" in refused["huge.txt"][1]
    assert refused["endless.txt"] == (
        "parse",
        "more than 9,999 paragraphs, the most a record may number: not loaded in part",
    )
    log = night.stdout + night.stderr
    assert log.count("endless.txt") <= 2  # said once (a warning), not once a paragraph
    assert len(log.splitlines()) < 400

    # The retry reads the odd names back and refuses the link and the large file again, one by one.
    retry = records(env, "quarantine", "retry", "--warehouse", str(warehouse))

    assert retry.returncode == 0, retry.stderr[-3000:]
    assert set(open_quarantine(warehouse)) == {"link-out.txt", "huge.txt", "endless.txt"}
    assert len(loaded_sources(warehouse)) == 4


def test_a_quarantined_file_with_spaces_in_its_name_is_retried(prefect_api: str, tmp_path: Path) -> None:
    folder = tmp_path / "records"
    folder.mkdir()
    broken = folder / "session notes (v2).txt"
    broken.write_text("Committee against Torture\nSome notes without any numbered paragraph.\n")
    warehouse = tmp_path / "records.duckdb"
    nightly_ingest(source=str(folder), warehouse=str(warehouse))
    assert list(open_quarantine(warehouse)) == ["session%20notes%20%28v2%29.txt"]

    broken.write_bytes(renamed_sample(160))  # the operator's fix
    retry = CliRunner().invoke(app, ["quarantine", "retry", "--warehouse", str(warehouse)])

    assert retry.exit_code == 0, retry.output
    assert open_quarantine(warehouse) == {}
    assert table_counts(warehouse)["meetings"] == 1


# ---------------------------------------------------------------- identity of a record without a symbol


def test_a_record_without_a_symbol_keeps_its_identity_when_edited(prefect_api: str, tmp_path: Path) -> None:
    folder = tmp_path / "records"
    folder.mkdir()
    record = folder / "cmw-mexico.txt"
    shutil.copy(SAMPLE, record)  # the sample's masthead was lost: no symbol anywhere
    warehouse = tmp_path / "records.duckdb"
    nightly_ingest(source=str(folder), warehouse=str(warehouse))
    first = table_counts(warehouse)

    record.write_text(record.read_text(encoding="utf-8").replace("Mexico", "México", 1), encoding="utf-8")
    again = CliRunner().invoke(app, ["ingest", "--source", str(folder), "--warehouse", str(warehouse)])

    assert again.exit_code == 0, again.output
    assert "loaded 1" in again.output
    after = table_counts(warehouse)
    assert after.pop("source_files") == first.pop("source_files") + 1  # each version loaded is remembered
    assert after == first
    with duckdb.connect(str(warehouse), read_only=True) as con:
        ids = con.execute("select meeting_id from meetings").fetchall()
    assert len(ids) == 1
    assert ids[0][0].startswith("source:")


def test_a_sidecar_gives_a_symbol_less_record_its_symbol(prefect_api: str, tmp_path: Path) -> None:
    folder = tmp_path / "records"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / "cmw-mexico.txt")
    (folder / "cmw-mexico.txt.json").write_text('{"symbol": "CMW/C/SR.160", "meeting_date": "2011-09-13"}')
    warehouse = tmp_path / "records.duckdb"

    result = CliRunner().invoke(app, ["ingest", "--source", str(folder), "--warehouse", str(warehouse)])

    assert result.exit_code == 0, result.output
    with duckdb.connect(str(warehouse), read_only=True) as con:
        meeting = con.execute("select meeting_id, body, meeting_date::varchar from meetings").fetchall()
    assert meeting == [("CMW/C/SR.160", "CMW", "2011-09-13")]


def test_readme_documents_the_sidecar() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "<file name>.json" in readme
    assert '"symbol"' in readme


# ---------------------------------------------------------------- monitoring that tells the truth


def quarantine_rows(warehouse: Path) -> list[tuple[object, ...]]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(
            "select regexp_extract(source_uri, '[^/]+$'), attempts, resolved_at is not null, ignored_at is not null "
            "from quarantine order by 1"
        ).fetchall()


def test_a_record_still_bad_is_one_entry_tried_again_until_resolved_or_ignored(
    prefect_api: str, tmp_path: Path
) -> None:
    folder = tmp_path / "records"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / "CMW_C_SR.160-EN.txt")
    (folder / "notes.txt").write_text("Committee against Torture\nSome notes without any numbered paragraph.\n")
    (folder / "empty.txt").write_bytes(b"")
    warehouse = tmp_path / "records.duckdb"
    for _ in range(3):
        nightly_ingest(source=str(folder), warehouse=str(warehouse))

    assert quarantine_rows(warehouse) == [("empty.txt", 3, False, False), ("notes.txt", 3, False, False)]
    runner = CliRunner()
    listed = runner.invoke(app, ["quarantine", "list", "--format", "csv", "--warehouse", str(warehouse)])
    assert listed.exit_code == 0, listed.output
    assert [line.split(",")[2] for line in listed.output.splitlines()[1:]] == ["3", "3"]  # attempts, one line each

    with duckdb.connect(str(warehouse), read_only=True) as con:
        ids = dict(con.execute("select regexp_extract(source_uri, '[^/]+$'), quarantine_id from quarantine").fetchall())
    (folder / "empty.txt").unlink()  # the operator deletes the file: its entry can be closed by hand
    resolved = runner.invoke(app, ["quarantine", "resolve", ids["empty.txt"][:8], "--warehouse", str(warehouse)])
    ignored = runner.invoke(
        app, ["quarantine", "ignore", ids["notes.txt"], "--note", "not a record", "--warehouse", str(warehouse)]
    )
    assert (resolved.exit_code, ignored.exit_code) == (0, 0), resolved.output + ignored.output
    nightly_ingest(source=str(folder), warehouse=str(warehouse))

    # The ignored file is still read each night, and its one entry counts it, silently.
    assert quarantine_rows(warehouse) == [("empty.txt", 3, True, False), ("notes.txt", 4, False, True)]
    still = runner.invoke(app, ["quarantine", "list", "--format", "csv", "--warehouse", str(warehouse)])
    assert still.output.splitlines()[1:] == []
    quality = runner.invoke(app, ["quality", "--warehouse", str(warehouse)])
    assert quality.exit_code == 0, quality.output
    unknown = runner.invoke(app, ["quarantine", "resolve", "zzzz", "--warehouse", str(warehouse)])
    assert unknown.exit_code == 2
    assert "no quarantine entries start with 'zzzz'" in unknown.output


def test_quality_fails_after_a_run_that_quarantined_at_fetch_or_that_failed(
    prefect_api: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "records"
    folder.mkdir()
    (tmp_path / "secret.txt").write_bytes(SAMPLE.read_bytes())
    (folder / "link.txt").symlink_to(tmp_path / "secret.txt")
    warehouse = tmp_path / "records.duckdb"
    nightly_ingest(source=str(folder), warehouse=str(warehouse))
    runner = CliRunner()

    held = runner.invoke(app, ["quality", "--warehouse", str(warehouse)])

    assert held.exit_code == 1
    assert "1 record(s) quarantined at fetch, e.g." in held.output
    assert "outside the source folder" in held.output

    monkeypatch.setenv("RECORDS_HTTP_RETRIES", "0")
    with pytest.raises(Exception, match=r"127\.0\.0\.1"):
        nightly_ingest(source="undl:http://127.0.0.1:9", warehouse=str(warehouse))
    failed = runner.invoke(app, ["quality", "--warehouse", str(warehouse)])

    assert failed.exit_code == 1
    assert "the run failed:" in failed.output
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select status from ingest_runs order by started_at desc limit 1").fetchone() == ("failed",)


# ---------------------------------------------------------------- the command line a data engineer expects


@pytest.mark.slow
@pytest.mark.parametrize(
    ("arguments", "says"),
    [
        (["ingest", "--source", "{tmp}/no-such-folder"], "source {tmp}/no-such-folder does not exist"),
        (["ingest", "--warehouse", "{tmp}/a-file/records.duckdb"], "{tmp}/a-file is a file, not a folder"),
        (["ingest", "--warehouse", "{tmp}/corrupt.duckdb"], "is not a valid DuckDB database file"),
        (["backfill", "--from", "2012-12-31", "--to", "2000-01-01"], "--from 2012-12-31 is after --to 2000-01-01"),
        (["serve", "--cron", "61 * * * *"], 'Invalid cron string: "61 * * * *"'),
        (["serve", "--timezone", "Mars/Olympus"], 'Invalid timezone: "Mars/Olympus"'),
        (["sql", "select nope", "--warehouse", "{tmp}/corrupt.duckdb"], "cannot open the warehouse"),
    ],
)
def test_a_user_error_is_one_clear_line_and_a_non_zero_exit_before_prefect_starts(
    arguments: list[str], says: str, tmp_path: Path
) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    (tmp_path / "corrupt.duckdb").write_bytes(b"not a DuckDB file" * 100)
    env = {key: value for key, value in os.environ.items() if not key.startswith(("RECORDS_", "PREFECT_"))}
    env["PREFECT_API_URL"] = "http://127.0.0.1:9/api"  # nothing listens: the check must come before Prefect

    result = records(env, *(argument.format(tmp=tmp_path) for argument in arguments), timeout=60)

    assert result.returncode != 0
    assert says.format(tmp=tmp_path) in " ".join(result.stderr.split()), result.stderr
    assert "Traceback" not in result.stderr + result.stdout


@pytest.mark.slow
def test_an_unexpected_error_is_one_line_and_debug_shows_where(tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("RECORDS_")}
    warehouse = tmp_path / "records.duckdb"
    duckdb.connect(str(warehouse)).close()
    blocked = tmp_path / "export"
    blocked.write_text("a file where the export folder should be")

    quiet = records(env, "export", str(blocked), "--warehouse", str(warehouse), timeout=60)
    loud = records(env, "--debug", "export", str(blocked), "--warehouse", str(warehouse), timeout=60)

    assert quiet.returncode == 1
    assert [line for line in quiet.stderr.splitlines() if line.strip()] == [quiet.stderr.strip()]
    assert quiet.stderr.startswith("error: FileExistsError")
    assert "Traceback" in loud.stderr


# ---------------------------------------------------------------- scheduling that runs


def completed_runs(warehouse: Path) -> int:
    """Completed runs in the copy the runs publish for readers (the warehouse itself is the runs'), 0
    while there is none."""
    copy = read_copy_of(warehouse)
    if not copy.exists():
        return 0
    try:
        with duckdb.connect(str(copy), read_only=True) as con:
            completed: int = scalar(con, "select count(*) from ingest_runs where status = 'completed'")
            return completed
    except duckdb.Error:
        return 0


@pytest.mark.slow
def test_serve_starts_what_it_needs_and_a_scheduled_run_completes(tmp_path: Path) -> None:
    warehouse = tmp_path / "served" / "records.duckdb"
    env = {key: value for key, value in os.environ.items() if not key.startswith(("RECORDS_", "PREFECT_"))}
    env["PREFECT_HOME"] = str(tmp_path / "prefect-home")  # no configured server anywhere
    env["PREFECT_RUNNER_POLL_FREQUENCY"] = "1"  # the runner looks for due runs every second, not every 10
    assert RECORDS is not None
    served = subprocess.Popen(
        # croniter's sixth field is seconds: the first run comes within 5 s, not at the next minute
        [RECORDS, "serve", "--cron", "* * * * * */5", "--timezone", "UTC", "--warehouse", str(warehouse)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 180  # the server's first start, then the first run
        while completed_runs(warehouse) == 0 and time.monotonic() < deadline and served.poll() is None:
            time.sleep(0.5)
        assert completed_runs(warehouse) >= 1
    finally:
        served.terminate()
        output, _ = served.communicate(timeout=60)
    assert "scheduling the nightly flow (* * * * * */5, UTC) on the Prefect server at http://127.0.0.1:" in output
    assert "Cannot schedule flows on an ephemeral server" not in output
    assert (warehouse.parent / "prefect" / "server.log").is_file()
    assert table_counts(warehouse)["meetings"] == 2


def test_the_run_report_counts_every_stage_and_lists_what_it_held_back(prefect_api: str, tmp_path: Path) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId, ArtifactFilterKey

    folder = tmp_path / "records"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / "CMW_C_SR.160-EN.txt")
    (tmp_path / "outside.txt").write_bytes(SAMPLE.read_bytes())
    (folder / "link.txt").symlink_to(tmp_path / "outside.txt")  # fetch
    (folder / "garbage.pdf").write_bytes(b"%PDF-1.7\n\x00\x01 broken" * 40)  # extract
    (folder / "notes.txt").write_text("Committee against Torture\nSome notes without a numbered paragraph.\n")  # parse
    warehouse = tmp_path / "records.duckdb"

    nightly_ingest(source=str(folder), warehouse=str(warehouse))

    with duckdb.connect(str(warehouse), read_only=True) as con:
        flow_run_id = scalar(con, "select flow_run_id from ingest_runs")
    with get_client(sync_client=True) as client:
        (artifact,) = client.read_artifacts(
            artifact_filter=ArtifactFilter(
                key=ArtifactFilterKey(any_=["nightly-ingest-report"]),
                flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id]),
            )
        )
    report = artifact.data
    assert isinstance(report, str), report  # a Markdown artifact
    assert "| fetch | extract | parse | check | load |" in report
    assert "| 1 | 1 | 1 | 0 | 0 |" in report
    assert "link.txt" in report
    assert "garbage.pdf" in report
    assert "notes.txt" in report


def test_quiet_says_only_the_result_and_verbose_says_everything(subprocess_env: dict[str, str], tmp_path: Path) -> None:
    """(What a backfill's progress bar shows is checked on the README's own backfill, `test_readme`.)"""
    warehouse = str(tmp_path / "records.duckdb")

    quiet = records(subprocess_env, "--quiet", "ingest", "--warehouse", warehouse)
    loud = records(subprocess_env, "--verbose", "ingest", "--warehouse", warehouse)

    assert quiet.returncode == loud.returncode == 0
    assert [line for line in (quiet.stdout + quiet.stderr).splitlines() if line.strip()] == [
        line for line in quiet.stdout.splitlines() if line.startswith("run ")
    ]
    assert "| DEBUG " in loud.stdout + loud.stderr


def test_a_night_with_nothing_new_keeps_the_last_results_in_the_data_docs(prefect_api: str, tmp_path: Path) -> None:
    warehouse = tmp_path / "records.duckdb"
    nightly_ingest(warehouse=str(warehouse))
    validations = tmp_path / "validations"
    checked = sorted(path.name for path in validations.iterdir())
    site = (tmp_path / "data_docs" / "index.html").read_text(encoding="utf-8")

    again = nightly_ingest(warehouse=str(warehouse))  # the samples again: nothing new

    assert (again.skipped, again.loaded) == (2, 0)
    assert sorted(path.name for path in validations.iterdir()) == checked  # nothing validated on empty tables
    rebuilt = (tmp_path / "data_docs" / "index.html").read_text(encoding="utf-8")
    assert checked[0] in rebuilt
    assert site.count("<tr><td>") == rebuilt.count("<tr><td>")  # the same validations listed

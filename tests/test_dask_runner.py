"""`--task-runner dask`: fetch and parse on a Dask cluster, the same warehouse as the default runner.

The clusters are real `distributed.LocalCluster`s on 127.0.0.1 (worker processes, no mocks); every
test that starts one checks that no worker process outlives it.
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import duckdb
import psutil
import pytest
from distributed import LocalCluster

from flows.backfill import run_backfill
from flows.dask_runner import chunks, cluster_threads, local_cluster_kwargs, on_task_runner, shared_cluster
from flows.nightly import nightly_ingest
from flows.settings import Settings, load_settings
from flows.sources.folder import FolderSource
from flows.sources.http import PoliteClient, host_of
from flows.sources.ods import OdsSource
from flows.sources.registry import source_from_spec
from flows.stages import merged_parses, unseen_records
from tests.conftest import ROOT, SAMPLE, hold_meeting_on, scalar, table_counts, warehouse_rows
from tests.corpus import write_corpus
from tests.test_flow_end_to_end import task_runs_of
from tests.test_sources_http import FAST, pdf_of
from tests.un_server import UnServer, serve
from transforms.parse import parse_documents

pytestmark = pytest.mark.slow  # Dask clusters of worker processes

RECORDS = str(ROOT / ".venv" / "bin" / "records")
VERBATIM = ROOT / "samples" / "verbatim" / "S_PV.4507-EN.pdf"


def dask_workers_alive() -> set[int]:
    """Worker processes (multiprocessing spawns) running under this process."""
    alive = set()
    for child in psutil.Process().children(recursive=True):
        try:
            if child.status() != psutil.STATUS_ZOMBIE and "spawn_main" in " ".join(child.cmdline()):
                alive.add(child.pid)
        except psutil.NoSuchProcess:
            continue
    return alive


@pytest.fixture
def mixed_folder(tmp_path: Path) -> Path:
    """Samples, generated and broken records, a copy and a revision, ordered so that each pair spans two chunks.

    With batches of six and two chunks per batch, the first batch is fetched as [sample, g0, g1]
    and [copy of the sample, revision of the sample, g2]: the copy must be skipped (its bytes come
    in the first chunk) and the revision must replace the sample (the same meeting, parsed later).
    """
    folder = tmp_path / "records"
    generated = write_corpus(folder / "generated", 6, seed=11)
    sample = folder / "CMW_C_SR.160-EN.txt"
    shutil.copy(SAMPLE, sample)
    copy = folder / "copy" / "cmw-160.txt"
    copy.parent.mkdir()
    shutil.copy(SAMPLE, copy)
    revision = folder / "revised" / "CMW_C_SR.160-EN.txt"
    revision.parent.mkdir()
    revision.write_text(SAMPLE.read_text(encoding="utf-8").replace("1,325 complaints", "1,326 complaints"))
    verbatim = folder / "S_PV.4507-EN.pdf"
    shutil.copy(VERBATIM, verbatim)
    (empty := folder / "empty.txt").write_bytes(b"")
    (garbage := folder / "garbage.pdf").write_bytes(b"%PDF-1.7\n\x00\x01\x02 broken" * 40)
    g0, g1, g2, g3, g4, g5 = generated
    order = [sample, g0, g1, copy, revision, g2, g3, empty, verbatim, garbage, g4, g5]
    for second, path in enumerate(order):
        os.utime(path, (1_600_000_000 + second, 1_600_000_000 + second))
    return folder


def test_the_dask_runner_loads_what_the_default_runner_loads(
    prefect_api: str, mixed_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RECORDS_DASK_WORKERS", "2")  # two chunks per batch, whatever the shell says
    default, dask = tmp_path / "default.duckdb", tmp_path / "dask.duckdb"
    workers_before = dask_workers_alive()

    reference = nightly_ingest(source=str(mixed_folder), warehouse=str(default), batch_size=6)
    settings = load_settings(task_runner="dask")
    chunked = on_task_runner(nightly_ingest, settings)(
        source=str(mixed_folder), warehouse=str(dask), batch_size=6, task_runner="dask"
    )

    assert dask_workers_alive() == workers_before  # the flow's LocalCluster closed with the run
    assert reference.status == chunked.status == "completed"
    assert reference.counts() == chunked.counts()
    assert (chunked.discovered, chunked.skipped, chunked.quarantined) == (12, 1, 2)
    assert warehouse_rows(dask) == warehouse_rows(default)
    # Two chunks fetched and parsed per batch; checked and loaded once per batch, in this process.
    assert task_runs_of(dask, chunked.run_id) == {"fetch": 4, "parse": 4, "check": 2, "load": 2}
    with duckdb.connect(str(dask), read_only=True) as con:
        revised = scalar(con, "select count(*) from indicators where surface = '1,326'")
        runner = scalar(con, "select parameters->>'task_runner' from ingest_runs")
    assert revised == 1  # the revision, parsed in the later chunk, replaced the sample
    assert runner == "dask"


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    """A cluster started before the runs that use it, as an operator's would be."""
    before = dask_workers_alive()
    with LocalCluster(**local_cluster_kwargs(Settings(task_runner="dask"))) as running:
        assert len(dask_workers_alive() - before) == 2  # what the checks after a cluster's end look for
        yield running
    assert dask_workers_alive() == before


def test_records_ingest_runs_on_the_cluster_at_an_address(
    cluster: LocalCluster, subprocess_env: dict[str, str], tmp_path: Path
) -> None:
    folder = tmp_path / "records"
    write_corpus(folder, 4, seed=12)
    shutil.copy(SAMPLE, folder / "CMW_C_SR.160-EN.txt")
    warehouse = tmp_path / "records.duckdb"
    command = [RECORDS, "ingest", "--source", str(folder), "--warehouse", str(warehouse)]

    completed = subprocess.run(
        [*command, "--task-runner", "dask", "--dask-address", cluster.scheduler_address],
        env=subprocess_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert completed.returncode == 0, completed.stderr[-3000:]
    assert "loaded 5" in completed.stdout
    assert table_counts(warehouse)["meetings"] == 5
    # The work reached this cluster's workers; no cluster of its own was started.
    assert cluster.scheduler is not None  # a LocalCluster runs its scheduler in this process
    assert {"fetch_batch", "parse_batch"} <= set(cluster.scheduler.task_prefixes)
    assert "Creating a new Dask cluster" not in completed.stdout + completed.stderr


@pytest.mark.parametrize(("runner", "expected"), [("dask", "DaskTaskRunner"), ("thread", "ThreadPoolTaskRunner")])
def test_deployments_take_the_task_runner_from_the_workers_environment(
    subprocess_env: dict[str, str], runner: str, expected: str
) -> None:
    probe = (
        "from flows.deployments import scheduled_nightly_ingest as f; print(type(f.task_runner).__name__, f.retries)"
    )
    env = {**subprocess_env, "RECORDS_TASK_RUNNER": runner}
    done = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "python"), "-c", probe], env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == [expected, "2"]


def test_an_address_without_the_dask_runner_is_a_usage_error(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from flows.cli import app

    warehouse = tmp_path / "records.duckdb"
    flags = ["ingest", "--warehouse", str(warehouse), "--dask-address", "tcp://127.0.0.1:1"]
    result = CliRunner().invoke(app, flags, env={"COLUMNS": "200"})  # the message on one line

    assert result.exit_code == 2
    assert "only used with the dask task runner" in result.output
    assert not warehouse.exists()


def test_a_backfill_runs_its_windows_on_the_cluster(cluster: LocalCluster, prefect_api: str, tmp_path: Path) -> None:
    folder = tmp_path / "history"
    for number, path in enumerate(write_corpus(folder, 4, seed=13)):
        hold_meeting_on(path, date(2020, 1 + number // 2, 10 + number))
    settings = load_settings(
        source=str(folder),
        warehouse=str(tmp_path / "records.duckdb"),
        task_runner="dask",
        dask_address=cluster.scheduler_address,
    )

    summary = run_backfill(settings, date(2020, 1, 1), date(2020, 2, 29), 31)

    assert (summary.windows, summary.loaded, summary.quarantined) == (2, 4, 0)
    assert all(task_runs_of(Path(settings.warehouse), run_id)["parse"] == 2 for run_id in summary.run_ids)


def test_a_shared_cluster_serves_every_run_and_ends_with_them(tmp_path: Path) -> None:
    settings = Settings(warehouse=str(tmp_path / "records.duckdb"), task_runner="dask", dask_workers=1)
    before = dask_workers_alive()

    with shared_cluster(settings) as shared:
        assert shared.dask_address is not None
        assert shared.dask_address.startswith("tcp://127.0.0.1:")
        assert len(dask_workers_alive() - before) == 1

    assert dask_workers_alive() == before
    with shared_cluster(Settings(warehouse=settings.warehouse)) as unchanged:
        assert unchanged.dask_address is None  # the default runner starts nothing


def test_ods_documents_found_by_probing_are_fetched_once_by_the_workers(
    cluster: LocalCluster, prefect_api: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for key, value in FAST.items():
        monkeypatch.setenv(f"RECORDS_{key.upper()}", json.dumps(value) if isinstance(value, list) else str(value))
    monkeypatch.setenv("RECORDS_RAW_ARCHIVE", str(tmp_path / "raw"))
    # Meetings 1 and 2 of two bodies (probing starts at 1 on an empty warehouse), each a different record.
    served = {"CMW/C/SR.1": "CMW/C/SR.161", "CMW/C/SR.2": "CEDAW/C/SR.741", "CRC/C/SR.1": "CRC/C/SR.1792"}
    served["CRC/C/SR.2"] = "CAT/C/SR.612"
    with serve(UnServer()) as un:
        for symbol, record in served.items():
            un.ods[symbol] = pdf_of(record)
        settings = load_settings(task_runner="dask", dask_address=cluster.scheduler_address)

        run = on_task_runner(nightly_ingest, settings)(
            source=f"ods:{un.base_url}",
            warehouse=str(tmp_path / "records.duckdb"),
            task_runner="dask",
            dask_address=cluster.scheduler_address,
        )

    assert (run.status, run.discovered, run.loaded, run.quarantined) == ("completed", 4, 4, 0)
    assert task_runs_of(tmp_path / "records.duckdb", run.run_id)["fetch"] == 2
    # Probing downloaded each document; the workers fetched them from what probing found, not from ODS.
    assert {path: count for path, count in un.requests.items() if path.startswith("/files/")} == {
        f"/files/ods/{symbol.replace('/', '_')}.pdf": 1 for symbol in served
    }


# --- the pieces, without a cluster ---------------------------------------------------------


def test_chunks_are_consecutive_and_cover_everything() -> None:
    assert chunks(list(range(7)), 2) == [[0, 1, 2, 3], [4, 5, 6]]
    assert chunks(list(range(2)), 4) == [[0], [1]]
    assert chunks([], 2) == []


@pytest.mark.parametrize("parts", [2, 3, 5])
def test_merged_chunk_parses_are_the_parse_of_the_whole_batch(mixed_folder: Path, parts: int) -> None:
    source = FolderSource(mixed_folder)
    records = unseen_records(source.fetch(source.discover()).records, set())
    whole = parse_documents(records)
    parses = [parse_documents(chunk) for chunk in chunks(records, parts)]

    merged = merged_parses(parses)

    # In five chunks the sample and its revision fall in two: the later chunk's version must win.
    assert (sum("CMW/C/SR.160" in parse.meeting_ids for parse in parses) == 2) == (parts == 5)
    assert set(merged.frames) == set(whole.frames)
    for name, frame in whole.frames.items():
        assert merged.frames[name].equals(frame), name
    assert merged.rejects == whole.rejects
    assert merged.problems == whole.problems


def test_a_pickled_client_shares_the_runs_politeness_budget(tmp_path: Path) -> None:
    settings = Settings(
        warehouse=str(tmp_path / "r.duckdb"),
        task_runner="dask",
        dask_workers=2,
        http_requests_per_second=2.0,
        http_concurrency=4,
    )
    client = PoliteClient(settings, ["127.0.0.1:1"])

    copy = pickle.loads(pickle.dumps(client))

    assert copy.session.headers["User-Agent"] == settings.user_agent
    assert copy._limiter._interval == 2 * client._limiter._interval  # half the rate each
    assert copy._slots._value == 2  # half the connections each


def test_an_ods_copy_for_a_chunk_takes_only_its_probed_documents(tmp_path: Path) -> None:
    settings = Settings(warehouse=str(tmp_path / "r.duckdb"), raw_archive=tmp_path / "raw", **FAST)
    with serve(UnServer()) as un:
        un.ods["CMW/C/SR.1"] = pdf_of("CMW/C/SR.161")
        un.ods["CMW/C/SR.2"] = pdf_of("CRC/C/SR.1792")
        source = source_from_spec(f"ods:{un.base_url}", settings)
        assert isinstance(source, OdsSource)
        first, second = source.discover(None, None)

        chunk = pickle.loads(pickle.dumps(source.for_fetching([first])))
        fetched = chunk.fetch([first])

        assert [record.filename for record in fetched.records] == ["CMW_C_SR.1-EN.pdf"]
        assert set(source._found) == {second.uri}  # the other chunk's document stays for its own copy
        assert un.requests["/files/ods/CMW_C_SR.1.pdf"] == 1
        assert host_of(un.base_url) in chunk.client.allowed_hosts


def test_a_cluster_at_an_address_sets_the_chunks_by_its_own_threads(cluster: LocalCluster) -> None:
    """An operator's cluster is cut for by its workers' threads, not by the local cluster setting."""
    at_address = Settings(task_runner="dask", dask_address=cluster.scheduler_address, dask_workers=7)
    assert cluster.scheduler is not None  # a LocalCluster runs its scheduler in this process
    threads = sum(worker.nthreads for worker in cluster.scheduler.workers.values())

    assert cluster_threads(at_address) == threads == 2
    assert cluster_threads(Settings(task_runner="dask", dask_workers=7)) == 7

"""Fixtures shared by the test layers: the sample record, a Prefect harness, warehouse readers."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import threading
import uuid
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pytest

# Importing `flows` first sets Prefect's start-up timeout and telemetry switches.
from flows.serving import free_port, wait_until_healthy
from tests.postgres_server import create_database, postgres_on_loopback
from warehouse import store
from warehouse.location import POSTGRES_CATALOG

ROOT = Path(__file__).resolve().parent.parent
# What a test needs that makes it slow: the Prefect server, `records` run as a process, PostgreSQL.
_SLOW_FIXTURES = frozenset({"prefect_api", "subprocess_env", "postgres_server"})


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """One test process per core, and one more: much of a slow test is spent waiting on the Prefect
    server, a subprocess's start or a reader's round, time a third process fills on two cores (the
    suite took 227-229 s with three, 236-240 s with two and 247 s with four)."""
    return len(os.sched_getaffinity(0)) + 1


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that need the Prefect server or run `records` as a process are `slow`: `make test-fast` leaves them out.

    Slow tests run first: with the suite spread over processes (pytest-xdist), the long ones then
    overlap the many short ones instead of running alone at the end.
    """
    for item in items:
        if _SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


SAMPLE = ROOT / "samples" / "summary-records" / "cmw-mexico-second-periodic-report.txt"


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


# The Prefect server the session's tests share. The process that runs pytest starts it in the
# background before it starts its workers (pytest-xdist), which find its address here and wait for
# it only when a test first needs it: its 10-20 s of start-up overlap their own.
_SHARED_API = "RECORDS_TESTS_PREFECT_API"
_server: Any = None
_server_home: Path | None = None


def pytest_configure(config: pytest.Config) -> None:
    global _server, _server_home  # noqa: PLW0603 (one server per test session, stopped in pytest_unconfigure)
    if hasattr(config, "workerinput") or _SHARED_API in os.environ or not _needs_prefect(config):
        return
    import contextvars
    import tempfile

    from prefect.server.api.server import SubprocessASGIServer
    from prefect.settings import PREFECT_SERVER_DATABASE_CONNECTION_URL, temporary_settings

    _server_home = Path(tempfile.mkdtemp(prefix="records-tests-prefect-"))
    database = _server_home / "prefect.db"
    with temporary_settings(updates={PREFECT_SERVER_DATABASE_CONNECTION_URL: f"sqlite+aiosqlite:///{database}"}):
        _server = SubprocessASGIServer(port=free_port())
        started = contextvars.copy_context()  # the thread starts the server with this database
    threading.Thread(target=started.run, args=(_start_shared_server, _server), daemon=True).start()
    os.environ[_SHARED_API] = _server.api_url


def _start_shared_server(server: Any) -> None:
    try:
        server.start(180)
    except Exception:
        if not _stopping.is_set():  # a short session may end, and stop the server, while it still starts
            raise


_stopping = threading.Event()


def pytest_unconfigure(config: pytest.Config) -> None:
    if _server is not None:
        _stopping.set()
        _server.stop()
        os.environ.pop(_SHARED_API, None)
    if _server_home is not None:
        import shutil

        shutil.rmtree(_server_home, ignore_errors=True)


def _needs_prefect(config: pytest.Config) -> bool:
    """Whether the session may run a test that needs the server: not `make test-fast`, not a listing."""
    return not config.option.collectonly and "not slow" not in (config.option.markexpr or "")


@pytest.fixture(scope="session")
def prefect_api() -> Iterator[str]:
    """The session's one Prefect server (see `pytest_configure`); its own when none was started for it."""
    from prefect.settings import PREFECT_API_URL, temporary_settings
    from prefect.testing.utilities import prefect_test_harness

    if (shared := os.environ.get(_SHARED_API)) is not None:
        wait_until_healthy(shared)
        with temporary_settings(updates={PREFECT_API_URL: shared}):
            yield shared
        return
    with prefect_test_harness(server_startup_timeout=180):
        yield str(PREFECT_API_URL.value())


@pytest.fixture
def subprocess_env(prefect_api: str, tmp_path: Path) -> dict[str, str]:
    """Environment for a `records` subprocess that reports to the session's Prefect server."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("RECORDS_")}
    env.update(PREFECT_API_URL=prefect_api, RECORDS_RAW_ARCHIVE=str(tmp_path / "raw"))
    return env


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A real PostgreSQL server on loopback for the session's DuckLake catalogs; its libpq host and port."""
    with postgres_on_loopback() as address:
        yield address


@pytest.fixture
def postgres_catalog(postgres_server: str) -> str:
    """A DuckLake location whose catalog is a new, empty database on that server."""
    return POSTGRES_CATALOG + create_database(postgres_server, f"lake_{uuid.uuid4().hex[:12]}")


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[object] = ()) -> Any:
    """The first column of a query's first row; fails (naming the query) when it returns no row."""
    row = con.execute(sql, params).fetchone()
    assert row is not None, f"no row from: {sql}"
    return row[0]


def table_counts(warehouse: Path) -> dict[str, int]:
    """Row counts of the data tables, for comparing runs."""
    tables = (
        "sessions",
        "meetings",
        "agenda_items",
        "document_refs",
        "statements",
        "speakers",
        "speaker_aliases",
        "indicators",
        "footnotes",
        "source_files",
    )
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return {table: scalar(con, f"select count(*) from {table}") for table in tables}


def lake_counts(location: str) -> dict[str, int]:
    """Row counts of every table of a DuckLake warehouse (any catalog), for comparing runs."""
    con = store.connect(location, read_only=True)
    try:
        listed = con.execute("select table_name from duckdb_tables() where database_name = 'lake'").fetchall()
        tables = [row[0] for row in listed]
        return {table: scalar(con, f'select count(*) from "{table}"') for table in tables}
    finally:
        con.close()


# What differs between two runs that loaded the same records: when, and under which run (and entry) ids.
RUN_STAMPS = frozenset({"run_id", "flow_run_id", "resolved_run_id", "quarantine_id", "parameters"})


def warehouse_rows(warehouse: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, sorted, less the run ids and times: for asserting two runs loaded the same."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        columns: dict[str, list[str]] = {}
        for table, column in con.execute(
            "select c.table_name, c.column_name from duckdb_columns() c join duckdb_tables() t "
            "using (database_name, schema_name, table_name) where c.schema_name = 'main' "
            "order by c.table_name, c.column_index"
        ).fetchall():
            if column not in RUN_STAMPS and not column.endswith("_at"):
                columns.setdefault(table, []).append(f'"{column}"')
        return {
            table: con.execute(f'select {", ".join(names)} from "{table}" order by all').fetchall()
            for table, names in columns.items()
        }


def kill_after_loads(command: list[str], env: dict[str, str], loads: int) -> int:
    """Run a `records` command and SIGKILL it right after its `loads`-th batch has loaded; its exit code."""
    victim = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert victim.stdout is not None
    seen = 0
    for line in victim.stdout:
        seen += "Task run 'load" in line and "Completed" in line
        if seen == loads:
            victim.send_signal(signal.SIGKILL)
            break
    return victim.wait(timeout=120)


# The date a generated record's masthead says its meeting was held ("on Tuesday, 14 January 2020").
_HELD_ON = re.compile(r"(?<=on )(?:[A-Z][a-z]+day,? )?\d{1,2} [A-Z][a-z]+ \d{4}")


def hold_meeting_on(path: Path, day: date) -> None:
    """Make a generated record's meeting held on `day`: a folder is backfilled by its meetings' dates."""
    text = path.read_text(encoding="utf-8")
    held = _HELD_ON.sub(f"{day:%A}, {day.day} {day:%B %Y}", text, count=1)
    assert held != text, f"{path.name} prints no meeting date"
    path.write_text(held, encoding="utf-8")
    stamp = datetime(2026, 1, 1, tzinfo=UTC).timestamp()  # copied much later: the file's time says nothing
    os.utime(path, (stamp, stamp))


def meeting_day(path: Path) -> str:
    """The meeting date a record prints, as printed."""
    found = _HELD_ON.search(path.read_text(encoding="utf-8"))
    assert found is not None, path.name
    return found.group(0)

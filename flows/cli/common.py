"""What every `records` command shares: the Typer apps, the common options, opening the warehouse, one-line errors."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from typing import Annotated, Any, NoReturn

import duckdb
import typer
from pydantic import ValidationError

from flows.cli.output import OutputFormat, print_rows, write_rows
from flows.settings import Settings, TaskRunnerName, load_settings
from flows.sources.folder import folder_of
from warehouse.location import LocationError, check_writable, has_server_catalog, local_path, shown
from warehouse.read_copy import for_reading, publish
from warehouse.store import WarehouseError, connect

app = typer.Typer(
    help="Ingest UN meeting records into a DuckDB warehouse.", no_args_is_help=True, pretty_exceptions_enable=False
)
quarantine_app = typer.Typer(help="See and retry records held back from the warehouse.", no_args_is_help=True)
app.add_typer(quarantine_app, name="quarantine")

SourceOption = Annotated[
    str | None,
    typer.Option("--source", help="Folder, file, file:// URL, undl:URL or ods:URL; the bundled samples by default."),
]
WarehouseOption = Annotated[
    str | None,
    typer.Option("--warehouse", help="DuckDB file (default warehouse/records.duckdb, or RECORDS_WAREHOUSE)."),
]
TaskRunnerOption = Annotated[
    TaskRunnerName | None,
    typer.Option(
        "--task-runner", help="Where fetch and parse run: thread (this process, the default) or dask (a Dask cluster)."
    ),
]
DaskAddressOption = Annotated[
    str | None,
    typer.Option(
        "--dask-address",
        help="Scheduler of a running Dask cluster (tcp://host:port) for --task-runner dask; a LocalCluster without it.",
    ),
]


def settings_for(warehouse: str | None) -> Settings:
    return load_settings(warehouse=warehouse)


def flag_settings(**flags: object) -> Settings:
    """Settings with the flags on top; flags that contradict each other are a usage error, not a traceback."""
    try:
        return load_settings(**flags)
    except ValidationError as error:
        # A field whose default depends on another that failed says so too; only the failures are news.
        problems = [problem for problem in error.errors() if problem["type"] != "default_factory_not_called"]
        raise typer.BadParameter("; ".join(f"{_field(problem)}{problem['msg']}" for problem in problems)) from None


def _field(problem: Mapping[str, Any]) -> str:
    where = ".".join(str(part) for part in problem.get("loc", ()) if isinstance(part, str))
    return f"{where}: " if where else ""


def check_before_running(settings: Settings) -> None:
    """What a user got wrong, said in one line before Prefect starts: a source or warehouse that cannot be."""
    spec = settings.source
    if not spec.startswith(("undl:", "ods:", "archive:", "quarantine:")):
        folder = folder_of(spec)
        if not folder.exists():
            fail(f"source {folder} does not exist")
    try:
        check_writable(settings.warehouse, settings.lake_data_path)
    except LocationError as error:
        fail(str(error))
    if has_server_catalog(settings.warehouse):
        try:  # the server answers, and the catalog is DuckLake's or empty (the run creates it)
            connect(settings.warehouse, data_path=settings.lake_data_path).close()
        except (duckdb.Error, WarehouseError) as error:
            fail(first_line(error))
        return
    location = local_path(settings.warehouse)
    if location.exists():
        if not location.is_file() or not os.access(location, os.W_OK):
            fail(f"the warehouse {location} cannot be written")
        try:
            connect(settings.warehouse, read_only=True).close()
        except (duckdb.Error, WarehouseError) as error:
            if "lock" not in str(error).lower():  # another run is writing: the flow waits its turn
                fail(first_line(error))
        return
    in_the_way = next((parent for parent in location.parents if parent.exists()), None)
    if in_the_way is not None and not in_the_way.is_dir():
        fail(f"the warehouse {location} cannot be created: {in_the_way} is a file, not a folder")
    try:  # trying is the one sure test: permissions, read-only mounts
        location.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=location.parent):
            pass
    except OSError as error:
        fail(f"the warehouse {location} cannot be created: {error.strerror or error}")


def first_line(error: BaseException) -> str:
    """An error as one line: DuckDB's messages carry a caret diagram below the first."""
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def fail(message: str) -> NoReturn:
    """A user error: one line on stderr and exit 2, no traceback."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(2)


def read_only(warehouse: str | None) -> duckdb.DuckDBPyConnection:
    """The warehouse opened for reading; a missing or unreadable one is one line, not a traceback."""
    return open_warehouse(warehouse, read_only=True)


def writable(warehouse: str | None) -> duckdb.DuckDBPyConnection:
    return open_warehouse(warehouse, read_only=False)


def open_warehouse(warehouse: str | None, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    location = settings_for(warehouse).warehouse
    if not has_server_catalog(location) and not local_path(location).exists():
        fail(f"no warehouse at {local_path(location)}: run `records ingest` first, or pass --warehouse")
    bring_up_to_date(location)
    try:
        # Readers open the copy the last run published, so that they never hold the writer's file.
        return connect(for_reading(location) if read_only else location, read_only=read_only)
    except (duckdb.Error, WarehouseError) as error:
        fail(f"cannot open the warehouse {shown(location)}: {first_line(error)}")


def show(cursor: duckdb.DuckDBPyConnection, output_format: OutputFormat, title: str | None = None) -> None:
    """Rows as a table for a terminal, or as CSV, JSON or Markdown for a script or a document."""
    if output_format == "box":
        print_rows(cursor, title=title)
    else:
        write_rows(cursor, output_format)


def bring_up_to_date(location: str) -> None:
    """A warehouse an older version wrote gets this version's schema before it is read; one another
    process is writing to is read as it is (that run migrates it). A DuckDB file whose read copy has
    this version's schema is left alone: readers never open the writer's file, not even briefly."""
    from warehouse.store import is_current, migrate

    if (copy := for_reading(location)) != location:
        try:
            with connect(copy, read_only=True) as published:
                if is_current(published):
                    return
        except (duckdb.Error, WarehouseError):
            pass  # an unreadable copy: the writer's file is migrated and published again below
    try:
        con = connect(location)
    except (duckdb.Error, WarehouseError):
        return
    try:
        applied = migrate(con)
    finally:
        con.close()
    if applied:
        publish_for_readers(location)  # readers get the new schema too


def publish_for_readers(location: str) -> None:
    """After a command wrote the warehouse: readers see it now, or after the next run if one began since."""
    try:
        publish(location)
    except (duckdb.Error, OSError) as error:
        typer.echo(f"note: readers see this after the next run ({first_line(error)})", err=True)

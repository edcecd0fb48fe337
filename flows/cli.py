"""`records`: run the nightly flow and look at the warehouse from a shell."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Annotated, NoReturn

import duckdb
import typer
from pydantic import ValidationError

from flows.inspect import OutputFormat, print_rows, write_rows
from flows.settings import Settings, TaskRunnerName, load_settings
from flows.sources.folder import folder_of
from transforms.schemas import ALL_TABLES
from warehouse.export import export_relation
from warehouse.sql import query as query_text
from warehouse.sql import statement
from warehouse.store import WarehouseError, connect

app = typer.Typer(
    help="Ingest UN meeting records into a DuckDB warehouse.", no_args_is_help=True, pretty_exceptions_enable=False
)

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


@app.callback()
def records(
    debug: Annotated[bool, typer.Option("--debug", help="Show the whole traceback of an error.")] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Only warnings, errors and each command's result.")
    ] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Every log line, Prefect's debug ones too.")] = False,
) -> None:
    """Ingest UN meeting records into a DuckDB warehouse and inspect it."""
    if quiet and verbose:
        raise typer.BadParameter("--quiet and --verbose contradict each other")
    # Read by Prefect when it first sets up logging, which no command has done yet.
    if quiet or verbose:
        os.environ["PREFECT_LOGGING_LEVEL"] = "WARNING" if quiet else "DEBUG"


@app.command()
def ingest(  # noqa: PLR0917 (typer maps each option to a parameter)
    source: SourceOption = None,
    warehouse: WarehouseOption = None,
    since: Annotated[
        datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Only records changed on or after this date.")
    ] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many records.")] = None,
    batch_size: Annotated[int | None, typer.Option(min=1, help="Records per batch (one transaction each).")] = None,
    task_runner: TaskRunnerOption = None,
    dask_address: DaskAddressOption = None,
) -> None:
    """Run the nightly flow once. Exit 0 when the run completed, even with quarantined records."""
    from flows.cluster import on_task_runner
    from flows.nightly import nightly_ingest

    runner = _flag_settings(source=source, warehouse=warehouse, task_runner=task_runner, dask_address=dask_address)
    _check_before_running(runner)
    summary = on_task_runner(nightly_ingest, runner)(
        source=source,
        warehouse=warehouse,
        since=since.date() if since else None,
        limit=limit,
        batch_size=batch_size,
        task_runner=task_runner,
        dask_address=dask_address,
    )
    typer.echo(
        f"run {summary.run_id} {summary.status}: discovered {summary.discovered}, skipped {summary.skipped}, "
        f"loaded {summary.loaded}, quarantined {summary.quarantined}, warnings {summary.warnings}"
    )
    if summary.status != "completed":
        raise typer.Exit(1)


@app.command()
def backfill(  # noqa: PLR0917 (typer maps each option to a parameter)
    start: Annotated[datetime, typer.Option("--from", formats=["%Y-%m-%d"], help="First day of history to load.")],
    end: Annotated[datetime, typer.Option("--to", formats=["%Y-%m-%d"], help="Last day of history to load.")],
    source: SourceOption = None,
    warehouse: WarehouseOption = None,
    window_days: Annotated[int, typer.Option(min=1, help="Days of history per flow run.")] = 30,
    batch_size: Annotated[int | None, typer.Option(min=1, help="Records per batch (one transaction each).")] = None,
    task_runner: TaskRunnerOption = None,
    dask_address: DaskAddressOption = None,
) -> None:
    """Load history window by window; stopped, it resumes at the first unfinished window."""
    # The progress bar says how far it is: Prefect's lines would scroll it away (--verbose shows them).
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from flows.backfill import backfill_settings, records_in_span, run_backfill, undated_records, windowed_by
    from flows.cluster import shared_cluster

    settings = _flag_settings(
        source=source, warehouse=warehouse, batch_size=batch_size, task_runner=task_runner, dask_address=dask_address
    )
    if start > end:
        raise typer.BadParameter(f"--from {start:%Y-%m-%d} is after --to {end:%Y-%m-%d}", param_hint="--from")
    _check_before_running(settings)
    settings = backfill_settings(settings, start.date())
    total = records_in_span(settings, start.date(), end.date())
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
    )
    with Progress(*columns) as progress:
        task = progress.add_task("records", total=total, rate="")
        began, processed = datetime.now(UTC), 0

        def on_window(window: tuple[date, date], counts: dict[str, int], skipped: bool) -> None:
            nonlocal processed
            processed += 0 if skipped else counts["discovered"]
            seconds = max((datetime.now(UTC) - began).total_seconds(), 1e-6)
            progress.update(
                task,
                advance=counts["discovered"],
                description=f"up to {window[1] - timedelta(days=1)}",
                rate=f"{processed / seconds:,.1f} records/s",
            )

        # One cluster for every window's run, rather than one started per window.
        with shared_cluster(settings) as on_cluster:
            summary = run_backfill(on_cluster, start.date(), end.date(), window_days, on_window)
    typer.echo(
        f"backfill {start.date()}..{end.date()} by {windowed_by(settings)}: {summary.windows} windows "
        f"({summary.skipped_windows} done before), discovered {summary.discovered}, loaded {summary.loaded}, "
        f"quarantined {summary.quarantined}"
    )
    if undated := undated_records(settings):
        typer.echo(f"{undated} record(s) give no meeting date: they were taken with the first window")


@app.command()
def reparse(
    warehouse: WarehouseOption = None, task_runner: TaskRunnerOption = None, dask_address: DaskAddressOption = None
) -> None:
    """Parse every loaded original again (after a parser fix): downloads from the raw archive, files where they are."""
    from flows.cluster import on_task_runner
    from flows.nightly import nightly_ingest

    runner = _flag_settings(task_runner=task_runner, dask_address=dask_address)
    summary = on_task_runner(nightly_ingest, runner)(
        source="archive:", warehouse=warehouse, task_runner=task_runner, dask_address=dask_address
    )
    typer.echo(
        f"run {summary.run_id} {summary.status}: re-parsed {summary.discovered}, loaded {summary.loaded}, "
        f"quarantined {summary.quarantined}"
    )
    if summary.status == "completed" and summary.discovered == 0:
        archive = load_settings(warehouse=warehouse).raw_archive
        typer.echo(
            f"nothing to re-parse: the raw archive ({archive}) holds no download, and no file the warehouse "
            "loaded from a folder is still there"
        )
    if summary.status != "completed":
        raise typer.Exit(1)


EXPORTED_TABLES = (*ALL_TABLES, "quality_results", "quarantine", "ingest_runs")
EXPORTED_VIEWS = ("indicator_facts", "quality_failures")
quarantine_app = typer.Typer(help="See and retry records held back from the warehouse.", no_args_is_help=True)
app.add_typer(quarantine_app, name="quarantine")


def _settings(warehouse: str | None) -> Settings:
    return load_settings(warehouse=warehouse)


def _flag_settings(**flags: object) -> Settings:
    """Settings with the flags on top; flags that contradict each other are a usage error, not a traceback."""
    try:
        return load_settings(**flags)
    except ValidationError as error:
        raise typer.BadParameter("; ".join(problem["msg"] for problem in error.errors())) from None


@app.command()
def serve(
    source: SourceOption = None,
    warehouse: WarehouseOption = None,
    cron: Annotated[str, typer.Option(help="When to run, as cron.")] = "30 2 * * *",
    timezone: Annotated[str, typer.Option(help="Time zone of the cron schedule.")] = "Europe/Zurich",
) -> None:
    """Run the nightly schedule in this process, with no Prefect server or worker to set up.

    Without PREFECT_API_URL, a Prefect server is started on loopback for the schedule (its state in
    `prefect/` beside the warehouse) and stopped with this command.
    """
    from prefect.deployments.runner import EntrypointType
    from prefect.schedules import Cron

    from flows.nightly import nightly_ingest
    from flows.serving import prefect_server

    _check_schedule(cron, timezone)
    settings = _flag_settings(source=source, warehouse=warehouse)
    _check_before_running(settings)
    home = Path(settings.warehouse.removeprefix("ducklake:")).resolve().parent / "prefect"
    with prefect_server(home) as api:
        typer.echo(f"scheduling the nightly flow ({cron}, {timezone}) on the Prefect server at {api}; Ctrl-C stops")
        nightly_ingest.serve(
            name="nightly-local",
            schedules=[Cron(cron, timezone=timezone)],
            # Imported by module path, as the package it is: loaded as a file, the flow's postponed
            # annotations ("date | None") would not resolve when Prefect validates its parameters.
            entrypoint_type=EntrypointType.MODULE_PATH,
            parameters={key: value for key, value in {"source": source, "warehouse": warehouse}.items() if value},
        )


@app.command()
def sql(
    query: Annotated[str | None, typer.Argument(help="One query to run; without it, an interactive prompt.")] = None,
    warehouse: WarehouseOption = None,
    file: Annotated[
        Path | None, typer.Option("--file", "-f", help="Run the query in this .sql file (warehouse/queries/...).")
    ] = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", help="box (a table), csv or json (for scripts), markdown.")
    ] = "box",
    param: Annotated[
        list[str] | None,
        typer.Option("--param", "-p", help="A value for the query's next ? placeholder, in order (repeat it)."),
    ] = None,
) -> None:
    """Run SQL against the warehouse (read-only)."""
    if file is not None:
        try:
            query = file.read_text(encoding="utf-8")
        except OSError as error:
            raise typer.BadParameter(f"cannot read {file}: {error.strerror or error}", param_hint="--file") from None
    con = _read_only(warehouse)
    try:
        if query is not None:
            try:
                cursor = con.execute(query, param or [])
            except duckdb.Error as error:
                _fail(f"query failed: {_first_line(error)}")
            _show(cursor, output_format)
            return
        typer.echo("DuckDB on the warehouse, read-only. End a query with ';', quit with Ctrl-D.")
        buffer = ""
        while True:
            try:
                line = input("records> " if not buffer else "     ...> ")
            except EOFError:
                return
            buffer += line + "\n"
            if buffer.strip().endswith(";"):
                try:
                    print_rows(con.execute(buffer))
                except duckdb.Error as error:
                    typer.echo(f"error: {_first_line(error)}", err=True)
                buffer = ""
    finally:
        con.close()


def _check_before_running(settings: Settings) -> None:
    """What a user got wrong, said in one line before Prefect starts: a source or warehouse that cannot be."""
    spec = settings.source
    if not spec.startswith(("undl:", "ods:", "archive:", "quarantine:")):
        folder = folder_of(spec)
        if not folder.exists():
            _fail(f"source {folder} does not exist")
    location = Path(settings.warehouse.removeprefix("ducklake:"))
    if location.exists():
        if not location.is_file() or not os.access(location, os.W_OK):
            _fail(f"the warehouse {location} cannot be written")
        try:
            connect(settings.warehouse, read_only=True).close()
        except (duckdb.Error, WarehouseError) as error:
            if "lock" not in str(error).lower():  # another run is writing: the flow waits its turn
                _fail(_first_line(error))
        return
    in_the_way = next((parent for parent in location.parents if parent.exists()), None)
    if in_the_way is not None and not in_the_way.is_dir():
        _fail(f"the warehouse {location} cannot be created: {in_the_way} is a file, not a folder")
    try:  # trying is the one sure test: permissions, read-only mounts
        location.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=location.parent):
            pass
    except OSError as error:
        _fail(f"the warehouse {location} cannot be created: {error.strerror or error}")


def _check_schedule(cron: str, timezone: str) -> None:
    from prefect.client.schemas.schedules import CronSchedule

    try:
        CronSchedule(cron=cron, timezone=timezone)
    except ValidationError as error:
        raise typer.BadParameter(
            "; ".join(problem["msg"].removeprefix("Value error, ") for problem in error.errors())
        ) from None


def _first_line(error: BaseException) -> str:
    """An error as one line: DuckDB's messages carry a caret diagram below the first."""
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def _fail(message: str) -> NoReturn:
    """A user error: one line on stderr and exit 2, no traceback."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(2)


def _read_only(warehouse: str | None) -> duckdb.DuckDBPyConnection:
    """The warehouse opened for reading; a missing or unreadable one is one line, not a traceback."""
    return _open(warehouse, read_only=True)


def _writable(warehouse: str | None) -> duckdb.DuckDBPyConnection:
    return _open(warehouse, read_only=False)


def _open(warehouse: str | None, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    location = _settings(warehouse).warehouse
    path = Path(location.removeprefix("ducklake:"))
    if not path.exists():
        _fail(f"no warehouse at {path}: run `records ingest` first, or pass --warehouse")
    _bring_up_to_date(location)
    try:
        return connect(location, read_only=read_only)
    except (duckdb.Error, WarehouseError) as error:
        _fail(f"cannot open the warehouse {path}: {_first_line(error)}")


def _show(cursor: duckdb.DuckDBPyConnection, output_format: OutputFormat, title: str | None = None) -> None:
    """Rows as a table for a terminal, or as CSV, JSON or Markdown for a script or a document."""
    if output_format == "box":
        print_rows(cursor, title=title)
    else:
        write_rows(cursor, output_format)


@app.command()
def quality(
    since: Annotated[
        datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Failures of runs since this date.")
    ] = None,
    warehouse: WarehouseOption = None,
) -> None:
    """Recent quality failures; exit 1 when the latest run failed, quarantined a record or failed an error check."""
    start = since or datetime.now(UTC) - timedelta(days=7)
    con = _read_only(warehouse)
    try:
        print_rows(con.execute(query_text("quality_recent"), [start]), title=f"Quality failures since {start:%Y-%m-%d}")
        latest = con.execute(query_text("latest_run")).fetchone()
        problems = _latest_run_problems(con, latest) if latest else []
    finally:
        con.close()
    if problems:
        typer.echo(f"the latest run, {latest[0]} of {latest[3]:%Y-%m-%d %H:%M}, needs attention:", err=True)
        for problem in problems:
            typer.echo(f"  {problem}", err=True)
        raise typer.Exit(1)


def _latest_run_problems(con: duckdb.DuckDBPyConnection, latest: tuple[object, ...]) -> list[str]:
    """What went wrong in the latest run, a line each: its failure, its quarantine by stage, its error checks."""
    run_id, status, error = latest[0], latest[1], latest[2]
    problems = []
    if status != "completed":
        problems.append(f"the run {status}: {_first_line(Exception(error)) if error else 'no error recorded'}")
    for stage, count, example in con.execute(query_text("run_quarantine"), [run_id]).fetchall():
        problems.append(f"{count} record(s) quarantined at {stage}, e.g. {example}")
    errors = con.execute(query_text("latest_run_errors"), [run_id]).fetchone()[0]
    if errors:
        problems.append(f"{errors} error-level expectation(s) failed")
    return problems


@app.command()
def runs(
    limit: Annotated[int, typer.Option(min=1, help="How many of the latest runs.")] = 10,
    warehouse: WarehouseOption = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", help="box, csv, json or markdown.")] = "box",
) -> None:
    """The latest runs: when, status, what each discovered, skipped, loaded and quarantined, how long it took."""
    con = _read_only(warehouse)
    try:
        query = query_text("recent_runs")
        if output_format == "box":
            query = statement("recent_runs_box").format(query=query)
        _show(con.execute(query, [limit]), output_format, title=f"The latest {limit} runs")
    finally:
        con.close()


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to look for, e.g. trafficking.")],
    body: Annotated[str | None, typer.Option(help="Only this body, e.g. CMW.")] = None,
    country: Annotated[str | None, typer.Option(help="Only this delegation, ISO3, e.g. MEX.")] = None,
    limit: Annotated[int, typer.Option(min=1, max=200)] = 10,
    warehouse: WarehouseOption = None,
) -> None:
    """The paragraphs that best match a full-text query, with meeting, speaker and a snippet."""
    from rich.console import Console
    from rich.table import Table

    from transforms.bodies import BODIES
    from warehouse.search import search_statements

    if not query.strip():
        raise typer.BadParameter("give words to look for, e.g. trafficking", param_hint="QUERY")
    codes = {known.code.casefold(): known.code for known in BODIES}
    if body is not None and body.casefold() not in codes:
        raise typer.BadParameter(
            f"unknown body {body!r}; one of {', '.join(sorted(codes.values()))}", param_hint="--body"
        )
    location = _settings(warehouse).warehouse
    if location.startswith("ducklake:"):
        _fail("a DuckLake warehouse has no search index (a lake stores no macros): search a DuckDB file warehouse")
    con = _read_only(warehouse)
    try:
        hits = search_statements(
            con, query, body=codes[body.casefold()] if body else None, country=country.upper() if country else None,
            limit=limit,
        )  # fmt: skip
    except duckdb.CatalogException:
        _fail("no search index yet: run `records ingest` first")
    finally:
        con.close()
    table = Table(title=f"{len(hits)} paragraphs matching {query!r}")
    for column in ("meeting", "¶", "speaker", "country", "score", "snippet"):
        table.add_column(column, overflow="fold")
    for hit in hits:
        table.add_row(
            hit.meeting_id,
            str(hit.paragraph),
            hit.speaker_name or "",
            hit.country_iso3 or "",
            f"{hit.score:.2f}",
            hit.snippet,
        )
    Console().print(table)


@app.command()
def export(
    directory: Annotated[Path, typer.Argument(help="Folder to write one file per table and view into.")],
    file_format: Annotated[str, typer.Option("--format", help="parquet or csv.")] = "parquet",
    warehouse: WarehouseOption = None,
) -> None:
    """Write every warehouse table and view as Parquet (with its comments) or CSV, for other tools."""
    if file_format not in ("parquet", "csv"):
        raise typer.BadParameter("--format must be parquet or csv")
    directory.mkdir(parents=True, exist_ok=True)
    con = _read_only(warehouse)
    try:
        for table in (*EXPORTED_TABLES, *EXPORTED_VIEWS):
            path = directory / f"{table}.{file_format}"
            rows = export_relation(con, table, path, file_format)
            typer.echo(f"{path}: {rows} rows")
    finally:
        con.close()


@quarantine_app.command("list")
def quarantine_list(
    warehouse: WarehouseOption = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", help="box, csv, json or markdown.")] = "box",
) -> None:
    """Records held back and not yet loaded, resolved or ignored: one entry each, with its attempts and last reason."""
    con = _read_only(warehouse)
    try:
        query = query_text("quarantine_open")
        if output_format == "box":
            query = statement("quarantine_open_box").format(query=query)
        _show(con.execute(query), output_format, title="Quarantined records")
    finally:
        con.close()


@quarantine_app.command("retry")
def quarantine_retry(
    quarantine_id: Annotated[str | None, typer.Argument(help="One entry; every open entry when omitted.")] = None,
    warehouse: WarehouseOption = None,
) -> None:
    """Run the flow again on quarantined records (after a parser fix, say); what loads is resolved."""
    if quarantine_id is not None:
        from warehouse.store import quarantine_entry_id

        con = _read_only(warehouse)
        try:
            quarantine_id = quarantine_entry_id(con, quarantine_id)
        except LookupError as error:
            _fail(str(error))
        finally:
            con.close()
    ingest(source=f"quarantine:{quarantine_id or ''}", warehouse=warehouse)


EntryArgument = Annotated[str, typer.Argument(help="The entry (its id, or the first characters of it).")]
NoteOption = Annotated[str | None, typer.Option(help="Why, for whoever looks later.")]


@quarantine_app.command("resolve")
def quarantine_resolve(
    quarantine_id: EntryArgument, note: NoteOption = None, warehouse: WarehouseOption = None
) -> None:
    """Close an entry by hand: the record was dealt with, or its file is gone for good."""
    _settle(quarantine_id, "resolve", note, warehouse)


@quarantine_app.command("ignore")
def quarantine_ignore(quarantine_id: EntryArgument, note: NoteOption = None, warehouse: WarehouseOption = None) -> None:
    """Stop retrying and reporting an entry (a file known to be no meeting record); it stays on file."""
    _settle(quarantine_id, "ignore", note, warehouse)


def _settle(typed: str, outcome: str, note: str | None, warehouse: str | None) -> None:
    from warehouse.store import quarantine_entry_id, settle_quarantine_entry

    con = _writable(warehouse)
    try:
        entry = quarantine_entry_id(con, typed)
        settle_quarantine_entry(con, entry, outcome, note)
    except LookupError as error:
        _fail(str(error))
    finally:
        con.close()
    typer.echo(f"quarantine entry {entry} {outcome}d")


def _bring_up_to_date(location: str) -> None:
    """A warehouse an older version wrote gets this version's schema before it is read; one another
    process is writing to is read as it is (that run migrates it)."""
    from warehouse.store import migrate

    try:
        con = connect(location)
    except (duckdb.Error, WarehouseError):
        return
    try:
        migrate(con)
    finally:
        con.close()


def main() -> None:
    """`records`: an error a user can act on is one line and exit 1; `--debug` shows its traceback."""
    try:
        app()
    except Exception as error:
        if "--debug" in sys.argv:
            raise
        typer.echo(f"error: {type(error).__name__}: {_first_line(error)} (--debug shows where)", err=True)
        raise SystemExit(1) from None


if __name__ == "__main__":
    main()

"""The commands that run the flow or write what it derives: `ingest`, `backfill`, `reparse`, `reindex` and `serve`."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from typing import Annotated

import typer
from pydantic import ValidationError

from flows.cli.common import (
    DaskAddressOption,
    SourceOption,
    TaskRunnerOption,
    WarehouseOption,
    app,
    check_before_running,
    fail,
    flag_settings,
    read_only,
)
from flows.settings import load_settings
from warehouse.location import home_folder


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
    language: Annotated[
        list[str] | None,
        typer.Option(help="A language version to fetch from undl:/ods: (en, fr, es); repeat for several."),
    ] = None,
) -> None:
    """Run the nightly flow once. Exit 0 when the run completed, even with quarantined records."""
    runner = flag_settings(
        source=source, warehouse=warehouse, task_runner=task_runner, dask_address=dask_address, languages=language
    )
    check_before_running(runner)
    # Prefect and the flow load after the checks: a mistyped path is answered in a fraction of a second.
    from flows.dask_runner import on_task_runner
    from flows.nightly import nightly_ingest

    summary = on_task_runner(nightly_ingest, runner)(
        source=source,
        warehouse=warehouse,
        since=since.date() if since else None,
        limit=limit,
        batch_size=batch_size,
        task_runner=task_runner,
        dask_address=dask_address,
        languages=language,
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
    settings = flag_settings(
        source=source, warehouse=warehouse, batch_size=batch_size, task_runner=task_runner, dask_address=dask_address
    )
    if start > end:
        raise typer.BadParameter(f"--from {start:%Y-%m-%d} is after --to {end:%Y-%m-%d}", param_hint="--from")
    check_before_running(settings)
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from flows.backfill import backfill_settings, records_in_span, run_backfill, undated_records, windowed_by
    from flows.dask_runner import shared_cluster

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
    from flows.dask_runner import on_task_runner
    from flows.nightly import nightly_ingest

    runner = flag_settings(task_runner=task_runner, dask_address=dask_address)
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


@app.command()
def reindex(warehouse: WarehouseOption = None) -> None:
    """Rebuild the full-text search index from the warehouse (after it was lost or damaged); readers keep
    the old one until the new one is in place."""
    from flows.refresh import describe_update
    from warehouse import store
    from warehouse.lock import WarehouseBusy, exclusive_writer
    from warehouse.search import update_search_index

    settings = load_settings(warehouse=warehouse)
    read_only(warehouse).close()  # a missing or unreadable warehouse is one line, before any wait
    try:
        # The nightly's lock: the index gets one writer, and the warehouse does not change under it.
        with exclusive_writer(settings.warehouse, settings.lock_wait_seconds, settings.lake_data_path):
            con = store.connect(settings.warehouse, read_only=True, memory_limit=settings.duckdb_memory_limit)
            try:
                update = update_search_index(
                    con, settings.search_index_dir, rebuild=True, memory_bytes=settings.search_index_memory
                )
            finally:
                con.close()
    except WarehouseBusy as error:
        fail(str(error))
    typer.echo(f"{describe_update(update)}, in {settings.search_index_dir}")


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
    settings = flag_settings(source=source, warehouse=warehouse)
    check_before_running(settings)
    home = home_folder(settings.warehouse, settings.lake_data_path).resolve() / "prefect"
    with prefect_server(home) as api:
        typer.echo(f"scheduling the nightly flow ({cron}, {timezone}) on the Prefect server at {api}; Ctrl-C stops")
        nightly_ingest.serve(
            name="nightly-local",
            schedules=[Cron(cron, timezone=timezone)],
            # Imported by module path, as the package it is: loaded as a file, the flow's postponed
            # annotations ("date | None") would not resolve when Prefect validates its parameters.
            entrypoint_type=EntrypointType.MODULE_PATH,
            parameters={key: value for key, value in {"source": source, "warehouse": warehouse}.items() if value},
            # One run at a time: runs write the same warehouse, so a second would only wait for the first's
            # lock; and a stop (Ctrl-C, SIGTERM) then has at most one run in flight to cancel.
            limit=1,
        )


def _check_schedule(cron: str, timezone: str) -> None:
    from prefect.client.schemas.schedules import CronSchedule

    try:
        CronSchedule(cron=cron, timezone=timezone)
    except ValidationError as error:
        raise typer.BadParameter(
            "; ".join(problem["msg"].removeprefix("Value error, ") for problem in error.errors())
        ) from None

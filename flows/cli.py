"""`records`: run the nightly flow and look at the warehouse from a shell."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import typer

app = typer.Typer(help="Ingest UN meeting records into a DuckDB warehouse.", no_args_is_help=True)

SourceOption = Annotated[
    str | None,
    typer.Option("--source", help="Folder, file, file:// URL, undl:URL or ods:URL; the bundled samples by default."),
]
WarehouseOption = Annotated[
    str | None,
    typer.Option("--warehouse", help="DuckDB file (default warehouse/records.duckdb, or RECORDS_WAREHOUSE)."),
]


@app.callback()
def records() -> None:
    """Ingest UN meeting records into a DuckDB warehouse and inspect it."""


@app.command()
def ingest(
    source: SourceOption = None,
    warehouse: WarehouseOption = None,
    since: Annotated[
        datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Only records changed on or after this date.")
    ] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many records.")] = None,
    batch_size: Annotated[int | None, typer.Option(min=1, help="Records per batch (one transaction each).")] = None,
) -> None:
    """Run the nightly flow once. Exit 0 when the run completed, even with quarantined records."""
    from flows.nightly import nightly_ingest

    summary = nightly_ingest(
        source=source, warehouse=warehouse, since=since.date() if since else None, limit=limit, batch_size=batch_size
    )
    typer.echo(
        f"run {summary.run_id} {summary.status}: discovered {summary.discovered}, skipped {summary.skipped}, "
        f"loaded {summary.loaded}, quarantined {summary.quarantined}, warnings {summary.warnings}"
    )
    if summary.status != "completed":
        raise typer.Exit(1)


def main() -> None:
    app()


if __name__ == "__main__":
    main()

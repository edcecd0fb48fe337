"""`records`: run the nightly flow and look at the warehouse from a shell.

The commands live by what they do (`running`, `reading`, `quarantine`); importing them here
registers them on the one Typer `app`.
"""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer

from flows.cli import quarantine, reading, running
from flows.cli.common import app, first_line

__all__ = ["app", "main", "quarantine", "reading", "running"]


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


def main() -> None:
    """`records`: an error a user can act on is one line and exit 1; `--debug` shows its traceback."""
    try:
        app()
    except Exception as error:
        if "--debug" in sys.argv:
            raise
        typer.echo(f"error: {type(error).__name__}: {first_line(error)} (--debug shows where)", err=True)
        raise SystemExit(1) from None


if __name__ == "__main__":
    main()

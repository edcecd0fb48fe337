"""The commands that read the warehouse: `sql`, `quality`, `runs`, `search` and `export`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated

import duckdb
import typer

from flows.cli.common import WarehouseOption, app, fail, first_line, read_only, settings_for, show
from flows.cli.output import OutputFormat, print_rows
from transforms.schemas import ALL_TABLES
from warehouse.export import export_relation
from warehouse.sql import one_row, statement
from warehouse.sql import query as query_text

EXPORTED_TABLES = (*ALL_TABLES, "quality_results", "quarantine", "ingest_runs")
EXPORTED_VIEWS = ("indicator_facts", "quality_failures", "statements_aligned", "version_disagreements")
# Each other language's versions, as "fr.statements" (written to fr.statements.parquet).
EXPORTED_VERSIONS = tuple(f"{schema}.{table}" for schema in ("fr", "es") for table in ALL_TABLES)
DAY = "%Y-%m-%d"


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
    con = read_only(warehouse)
    try:
        if query is not None:
            try:
                cursor = con.execute(query, param or [])
            except duckdb.Error as error:
                fail(f"query failed: {first_line(error)}")
            show(cursor, output_format)
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
                    typer.echo(f"error: {first_line(error)}", err=True)
                buffer = ""
    finally:
        con.close()


@app.command()
def quality(
    since: Annotated[
        datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Failures of runs since this date.")
    ] = None,
    warehouse: WarehouseOption = None,
) -> None:
    """Recent quality failures; exit 1 when the latest run failed, quarantined a record or failed an error check."""
    start = since or datetime.now(UTC) - timedelta(days=7)
    con = read_only(warehouse)
    try:
        print_rows(con.execute(query_text("quality_recent"), [start]), title=f"Quality failures since {start:%Y-%m-%d}")
        latest = con.execute(query_text("latest_run")).fetchone()
        problems = _latest_run_problems(con, latest) if latest else []
    finally:
        con.close()
    if latest is not None and problems:
        typer.echo(f"the latest run, {latest[0]} of {latest[3]:%Y-%m-%d %H:%M}, needs attention:", err=True)
        for problem in problems:
            typer.echo(f"  {problem}", err=True)
        raise typer.Exit(1)


def _latest_run_problems(con: duckdb.DuckDBPyConnection, latest: tuple[object, ...]) -> list[str]:
    """What went wrong in the latest run, a line each: its failure, its quarantine by stage, its error checks."""
    run_id, status, error = latest[0], latest[1], latest[2]
    problems = []
    if status != "completed":
        problems.append(f"the run {status}: {first_line(Exception(error)) if error else 'no error recorded'}")
    for stage, count, example in con.execute(query_text("run_quarantine"), [run_id]).fetchall():
        problems.append(f"{count} record(s) quarantined at {stage}, e.g. {example}")
    errors = one_row(con.execute(query_text("latest_run_errors"), [run_id]))[0]
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
    con = read_only(warehouse)
    try:
        query = query_text("recent_runs")
        if output_format == "box":
            query = statement("recent_runs_box").format(query=query)
        show(con.execute(query, [limit]), output_format, title=f"The latest {limit} runs")
    finally:
        con.close()


@app.command()
def search(  # noqa: PLR0917 (typer maps each option to a parameter)
    query: Annotated[
        str, typer.Argument(help='Words to look for: trafficking, "enforced disappearance" (a phrase), a AND b.')
    ],
    body: Annotated[str | None, typer.Option(help="Only this body, e.g. CMW.")] = None,
    country: Annotated[str | None, typer.Option(help="Only this delegation, ISO3, e.g. MEX.")] = None,
    speaker: Annotated[str | None, typer.Option(help="Only this speaker, by name, e.g. Dicko.")] = None,
    since: Annotated[datetime | None, typer.Option("--from", formats=[DAY], help="Meetings on or after.")] = None,
    until: Annotated[datetime | None, typer.Option("--to", formats=[DAY], help="Meetings on or before.")] = None,
    limit: Annotated[int, typer.Option(min=1, max=200)] = 10,
    language: Annotated[
        str, typer.Option(help="Search this language's versions (en, fr, es), stemmed in that language.")
    ] = "en",
    warehouse: WarehouseOption = None,
) -> None:
    """The paragraphs that best match a full-text query (stemmed, ranked), with meeting, speaker and a snippet."""
    from rich.console import Console
    from rich.table import Table

    from transforms.bodies import BODIES
    from warehouse.search import Filters, QueryError, SearchIndexMissing, search_statements

    if not query.strip():
        raise typer.BadParameter("give words to look for, e.g. trafficking", param_hint="QUERY")
    if language not in ("en", "fr", "es"):
        raise typer.BadParameter(f"unknown language {language!r}; one of en, fr, es", param_hint="--language")
    codes = {known.code.casefold(): known.code for known in BODIES}
    if body is not None and body.casefold() not in codes:
        raise typer.BadParameter(
            f"unknown body {body!r}; one of {', '.join(sorted(codes.values()))}", param_hint="--body"
        )
    if since and until and since > until:
        raise typer.BadParameter(f"--from {since.date()} is after --to {until.date()}", param_hint="--from")
    filters = Filters(
        body=codes[body.casefold()] if body else None,
        country=country.upper() if country else None,
        speaker=speaker,
        since=since.date() if since else None,
        until=until.date() if until else None,
    )
    index_dir = settings_for(warehouse).search_index_dir
    con = read_only(warehouse)
    try:
        hits = search_statements(index_dir, con, query, filters=filters, limit=limit, language=language)
    except SearchIndexMissing:
        fail(f"no search index at {index_dir}: run `records ingest` (or `records reindex`) first")
    except QueryError as error:
        fail(f"cannot read the query {query!r}: {error}")
    finally:
        con.close()
    in_language = "" if language == "en" else f" in the {language} versions"
    table = Table(title=f"{len(hits)} paragraphs matching {query!r}{in_language}")
    for column in ("meeting", "date", "¶", "speaker", "country", "score", "snippet"):
        table.add_column(column, overflow="fold")
    for hit in hits:
        table.add_row(
            hit.meeting_id,
            str(hit.meeting_date or ""),
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
    con = read_only(warehouse)
    try:
        for table in (*EXPORTED_TABLES, *EXPORTED_VIEWS, *EXPORTED_VERSIONS):
            path = directory / f"{table}.{file_format}"
            rows = export_relation(con, table, path, file_format)
            typer.echo(f"{path}: {rows} rows")
    finally:
        con.close()

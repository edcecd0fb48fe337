"""`records quarantine`: list, retry, resolve and ignore the records held back from the warehouse."""

from __future__ import annotations

from typing import Annotated

import typer

from flows.cli.common import (
    WarehouseOption,
    fail,
    publish_for_readers,
    quarantine_app,
    read_only,
    settings_for,
    show,
    writable,
)
from flows.cli.output import OutputFormat
from flows.cli.running import ingest
from warehouse.sql import query as query_text
from warehouse.sql import statement


@quarantine_app.command("list")
def quarantine_list(
    warehouse: WarehouseOption = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", help="box, csv, json or markdown.")] = "box",
) -> None:
    """Records held back and not yet loaded, resolved or ignored: one entry each, with its attempts and last reason."""
    con = read_only(warehouse)
    try:
        query = query_text("quarantine_open")
        if output_format == "box":
            query = statement("quarantine_open_box").format(query=query)
        show(con.execute(query), output_format, title="Quarantined records")
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

        con = read_only(warehouse)
        try:
            quarantine_id = quarantine_entry_id(con, quarantine_id)
        except LookupError as error:
            fail(str(error))
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

    con = writable(warehouse)
    try:
        entry = quarantine_entry_id(con, typed)
        settle_quarantine_entry(con, entry, outcome, note)
    except LookupError as error:
        fail(str(error))
    finally:
        con.close()
    publish_for_readers(settings_for(warehouse).warehouse)
    typer.echo(f"quarantine entry {entry} {outcome}d")

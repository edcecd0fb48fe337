"""What is derived from the warehouse after loading: the search index (only what the run changed),
the Data Docs, and the read copy analysts open (`warehouse.read_copy`)."""

from __future__ import annotations

import logging
from collections.abc import Mapping

import polars as pl
from prefect import get_run_logger
from prefect.exceptions import MissingContextError

from flows.settings import Settings
from warehouse import read_copy, store
from warehouse.search import IndexUpdate, index_batch, update_search_index


def refresh_derived(settings: Settings) -> None:
    """Bring the search index up to date and add the latest runs to the Data Docs (a backfill's end)."""
    refresh_search_index(settings)
    refresh_data_docs(settings)


def publish_read_copy(settings: Settings) -> None:
    """Publish what the writer holds now for readers. A failure leaves them the last copy, complete
    but old, and is logged as an error: the run's rows are committed all the same."""
    try:
        read_copy.publish(settings.warehouse)
    except Exception:
        _logger().exception("the read copy could not be published: readers see the previous run's")


def refresh_data_docs(settings: Settings) -> None:
    """The Data Docs site shows the latest run; a failure to render must not fail the ingestion."""
    from expectations.data_docs import build_data_docs

    try:
        build_data_docs(settings.validation_results_dir, settings.data_docs_dir)
    except Exception:
        _logger().exception("Data Docs could not be built")


def refresh_search_index(settings: Settings) -> None:
    """Index what the run loaded; a failure leaves the index behind, and the next run catches up."""
    try:
        con = store.connect(settings.warehouse, read_only=True, memory_limit=settings.duckdb_memory_limit)
        try:
            update = update_search_index(con, settings.search_index_dir, memory_bytes=settings.search_index_memory)
        finally:
            con.close()
    except Exception:
        _logger().exception("the search index could not be updated: the next run catches up")
        return
    _logger().info(describe_update(update))


def index_loaded_batch(settings: Settings, frames: Mapping[str, pl.DataFrame], run_id: str) -> None:
    """Index the batch just loaded; a failure leaves it to the update at the run's end."""
    try:
        index_batch(settings.search_index_dir, frames, run_id, memory_bytes=settings.search_index_memory)
    except Exception:
        _logger().exception("the batch could not be indexed: the search index catches up at the run's end")


def describe_update(update: IndexUpdate) -> str:
    verb = "rebuilt" if update.rebuilt else "updated"
    return (
        f"search index {verb}: {update.added_meetings} meeting(s) indexed ({update.added_paragraphs} paragraphs), "
        f"{update.removed_meetings} removed"
    )


def _logger() -> logging.Logger | logging.LoggerAdapter[logging.Logger]:
    """The flow run's logger; the module's own when called outside a run (after a backfill)."""
    try:
        return get_run_logger()
    except MissingContextError:
        return logging.getLogger(__name__)

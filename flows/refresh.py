"""What is rebuilt from the whole warehouse after loading: the search index, the Data Docs, and the
read copy analysts open (`warehouse.read_copy`)."""

from __future__ import annotations

import logging

from prefect import get_run_logger
from prefect.exceptions import MissingContextError

from flows.settings import Settings
from warehouse import read_copy, store
from warehouse.search import rebuild_search_index


def refresh_derived(settings: Settings, *, rebuild_index: bool = True, rebuild_docs: bool = True) -> None:
    """Rebuild the search index (after new rows) and the Data Docs (after new validation results)."""
    if rebuild_index:
        _rebuild_search_index(settings)
    if rebuild_docs:
        _build_data_docs(settings)


def publish_read_copy(settings: Settings) -> None:
    """Publish what the writer holds now for readers. A failure leaves them the last copy, complete
    but old, and is logged as an error: the run's rows are committed all the same."""
    try:
        read_copy.publish(settings.warehouse)
    except Exception:
        _logger().exception("the read copy could not be published: readers see the previous run's")


def _build_data_docs(settings: Settings) -> None:
    """The Data Docs site shows the latest run; a failure to render must not fail the ingestion."""
    from expectations.data_docs import build_data_docs

    try:
        build_data_docs(settings.validation_results_dir, settings.data_docs_dir)
    except Exception:
        _logger().exception("Data Docs could not be built")


def _rebuild_search_index(settings: Settings) -> None:
    con = store.connect(settings.warehouse, memory_limit=settings.duckdb_memory_limit)
    try:
        if store.is_lake(con):
            # The FTS index is a set of macros and DuckLake stores no functions.
            _logger().warning("no full-text search index on a DuckLake warehouse")
            return
        rebuild_search_index(con)
    finally:
        con.close()


def _logger() -> logging.Logger | logging.LoggerAdapter[logging.Logger]:
    """The flow run's logger; the module's own when called outside a run (after a backfill)."""
    try:
        return get_run_logger()
    except MissingContextError:
        return logging.getLogger(__name__)

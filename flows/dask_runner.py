"""Fetch and parse on a Dask cluster (`--task-runner dask`); check and load stay in the flow's process.

The task runner is chosen where a run starts (`on_task_runner`), never at import, since a Dask
runner owns a cluster. Each batch's refs are fetched in a chunk per worker thread; the records are
deduplicated by content in the flow's process, over the whole batch, exactly as `parse_batch` does;
the new ones are parsed in as many chunks, and the chunks' parses merge into the batch that parsing
them all at once gives. Check and load then run as with the default runner, so the warehouse keeps
one writer and the same rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from typing import Any, TypeVar

from prefect import Flow

from flows.settings import Settings
from flows.sources import FetchResult, RecordRef, Source
from flows.stages import fetch_task, merged_fetches, merged_parses, parse_batch, unseen_records
from transforms.parse import ParsedBatch

Item = TypeVar("Item")
Result = TypeVar("Result")


def on_task_runner(flow: Flow[..., Result], settings: Settings) -> Flow[..., Result]:
    """`flow` on the task runner the settings name; the flow reads the same settings to submit chunks to it."""
    if settings.task_runner == "thread":
        return flow
    from prefect_dask import DaskTaskRunner

    if settings.dask_address:
        runner = DaskTaskRunner(address=settings.dask_address)
    else:
        # Started on the first submission and closed with the flow run.
        runner = DaskTaskRunner(cluster_class="distributed.LocalCluster", cluster_kwargs=local_cluster_kwargs(settings))
    return flow.with_options(task_runner=runner)


def local_cluster_kwargs(settings: Settings) -> dict[str, Any]:
    """Processes of one thread, since parsing is Python that holds the GIL; nothing listens beyond this machine.

    The scheduler's HTTP server (dashboard, metrics) takes a free port: two clusters at once (a
    backfill's and a nightly run's) would otherwise compete for 8787.
    """
    return {
        "n_workers": settings.dask_workers,
        "threads_per_worker": 1,
        "processes": True,
        "host": "127.0.0.1",
        "dashboard_address": "127.0.0.1:0",
    }


@contextmanager
def shared_cluster(settings: Settings) -> Iterator[Settings]:
    """Settings whose runs share one LocalCluster (a backfill's windows) instead of starting one each."""
    if settings.task_runner != "dask" or settings.dask_address:
        yield settings
        return
    from distributed import LocalCluster

    with LocalCluster(**local_cluster_kwargs(settings)) as cluster:
        yield settings.model_copy(update={"dask_address": cluster.scheduler_address})


def fetch_and_parse_in_chunks(
    source: Source,
    refs: Sequence[RecordRef],
    loaded_hashes: set[str],
    settings: Settings,
    timed: Callable[[str], AbstractContextManager[None]],
) -> tuple[FetchResult, ParsedBatch, int]:
    """A batch fetched and parsed on the task runner, a chunk per worker thread: its fetch, parse and skipped count."""
    parts, fetch = cluster_threads(settings), fetch_task(settings)
    with timed("fetch"), _workers_report_here():
        fetches = [fetch.submit(_for_fetching(source, chunk), chunk) for chunk in _chunks(refs, parts)]
        fetched = merged_fetches([future.result() for future in fetches])
    # Over the whole batch, so bytes fetched in two chunks are parsed (and loaded) once.
    new = unseen_records(fetched.records, loaded_hashes)
    with timed("parse"), _workers_report_here():
        parses = [parse_batch.submit(chunk, set()) for chunk in _chunks(new, parts)]
        parsed = merged_parses([future.result()[0] for future in parses])
    return fetched, parsed, len(fetched.records) - len(new)


def cluster_threads(settings: Settings) -> int:
    """How many chunks a batch is cut into: the threads of the cluster the run works on.

    `dask_workers` for the run's own LocalCluster (one thread each); the cluster at `dask_address`
    is asked, each batch, since an operator's cluster may grow or shrink between batches.
    """
    if not settings.dask_address:
        return settings.dask_workers
    from distributed import Client

    with Client(settings.dask_address, timeout=30, set_as_default=False) as client:
        return max(1, sum(client.nthreads().values()))


@contextmanager
def _workers_report_here() -> Iterator[None]:
    """Submissions name the flow's Prefect API, also the temporary server a run without PREFECT_API_URL started.

    A submission carries the flow's Prefect settings to the worker; naming no API, they would have
    each worker start a temporary server of its own and record its task runs there.
    """
    from prefect.context import FlowRunContext
    from prefect.settings import PREFECT_API_URL, temporary_settings

    context = FlowRunContext.get()
    if PREFECT_API_URL.value() or context is None:
        yield
        return
    with temporary_settings(updates={PREFECT_API_URL: str(context.client.api_url)}):
        yield


def _for_fetching(source: Source, refs: Sequence[RecordRef]) -> Source:
    """What a worker needs to fetch `refs`: the source itself, or a copy that a source narrows to them."""
    narrowed = getattr(source, "for_fetching", None)
    return narrowed(refs) if narrowed is not None else source


def _chunks(items: Sequence[Item], parts: int) -> list[Sequence[Item]]:
    """At most `parts` consecutive slices of near-equal size, in order."""
    size = -(-len(items) // parts)
    return [items[start : start + size] for start in range(0, len(items), size)] if items else []

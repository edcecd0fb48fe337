"""The Dask task runner (`--task-runner dask`): fetch and parse run on a cluster, check and load stay here.

The task runner is chosen where a run starts (`on_task_runner`), never at import, since a Dask
runner owns a cluster. `flows.stages.fetch_and_parse` cuts a batch into as many chunks as the
runner has threads (`runner_threads`: one on the default runner) and runs them (`run_chunks`);
check and load then run in the flow's process whatever the runner, so the warehouse keeps one
writer and the same rows.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar, cast

from prefect import Flow, Task

from flows.settings import Settings

Item = TypeVar("Item")
Result = TypeVar("Result")


def on_task_runner(flow: Flow[..., Result], settings: Settings) -> Flow[..., Result]:
    """`flow` on the task runner the settings name; the flow reads the same settings to submit chunks to it."""
    if settings.task_runner == "thread":
        return flow
    from prefect.task_runners import TaskRunner
    from prefect_dask import DaskTaskRunner

    if settings.dask_address:
        runner = DaskTaskRunner(address=settings.dask_address)
    else:
        # Started on the first submission and closed with the flow run.
        runner = DaskTaskRunner(cluster_class="distributed.LocalCluster", cluster_kwargs=local_cluster_kwargs(settings))
    # Prefect types `with_options` for runners of its base future class; Dask's returns its own futures.
    return flow.with_options(task_runner=cast("TaskRunner[Any]", runner))


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


def runner_threads(settings: Settings) -> int:
    """How many chunks a batch is cut into: one on the default runner, the cluster's threads on Dask's."""
    return cluster_threads(settings) if settings.task_runner == "dask" else 1


def run_chunks(task: Task[..., Result], calls: Sequence[tuple[Any, ...]], settings: Settings) -> list[Result]:
    """`task` called with each tuple of arguments: submitted to the cluster, all at once, on the Dask
    runner; in the flow's own thread on the default runner (one chunk, so nothing to run beside it)."""
    if settings.task_runner != "dask":
        return [task(*arguments) for arguments in calls]
    with _workers_report_here():
        futures = [task.submit(*arguments) for arguments in calls]
        return [future.result() for future in futures]


def cluster_threads(settings: Settings) -> int:
    """How many chunks a batch is cut into: the threads of the cluster the run works on.

    `dask_workers` for the run's own LocalCluster (one thread each); the cluster at `dask_address`
    is asked, each batch, since an operator's cluster may grow or shrink between batches.
    """
    if not settings.dask_address:
        return settings.dask_workers
    from distributed import Client

    with Client(settings.dask_address, timeout=30, set_as_default=False) as client:
        threads: dict[str, int] = client.nthreads()
        return max(1, sum(threads.values()))


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


def chunks(items: Sequence[Item], parts: int) -> list[Sequence[Item]]:
    """At most `parts` consecutive slices of near-equal size, in order."""
    size = -(-len(items) // parts)
    return [items[start : start + size] for start in range(0, len(items), size)] if items else []

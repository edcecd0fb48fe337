"""What the deployments of `prefect.yaml` run.

A failed night (the UN down for an hour, the warehouse busy past the lock's wait) is retried twice,
ten minutes apart. Retrying is safe because every step is idempotent; interactive runs
(`records ingest`, the tests) fail at once instead. The worker's environment (RECORDS_TASK_RUNNER,
RECORDS_DASK_ADDRESS) picks the task runner, as `--task-runner` does for the CLI, since a flow's
runner is fixed before its parameters are known. That environment is read here, when a worker
loads the deployment, and not in `flows.nightly`, which every `records` command imports.
"""

from __future__ import annotations

from flows.dask_runner import on_task_runner
from flows.nightly import nightly_ingest
from flows.settings import load_settings

scheduled_nightly_ingest = on_task_runner(
    nightly_ingest.with_options(retries=2, retry_delay_seconds=600), load_settings()
)

__all__ = ["scheduled_nightly_ingest"]

"""The Prefect flows and the `records` command."""

import os

# Prefect's temporary server takes 10-17 s to start on these machines, near its 20 s default
# limit, and its telemetry logs an error on every run without internet.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

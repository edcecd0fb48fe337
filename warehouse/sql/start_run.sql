-- Record the start of an ingest run.
insert into ingest_runs (run_id, flow_run_id, source, started_at, status, discovered, skipped, loaded, quarantined, warnings, parameters)
values (?, ?, ?, ?, 'running', 0, 0, 0, 0, 0, ?)

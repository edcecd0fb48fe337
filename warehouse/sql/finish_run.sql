-- Record how an ingest run ended.
update ingest_runs
set finished_at = ?, status = ?, discovered = ?, skipped = ?, loaded = ?, quarantined = ?, warnings = ?, error = ?
where run_id = ?

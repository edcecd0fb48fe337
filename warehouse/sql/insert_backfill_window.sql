-- Record a finished backfill window.
insert into backfill_windows (source, window_start, window_end, run_id, discovered, loaded, quarantined, finished_at)
values (?, ?, ?, ?, ?, ?, ?, ?)

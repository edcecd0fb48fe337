-- The latest runs of the nightly flow, newest first (parameter: how many): counts, duration, status.
select
    strftime(started_at, '%Y-%m-%d %H:%M') as started,
    run_id,
    status,
    discovered,
    skipped,
    loaded,
    quarantined,
    warnings,
    round(date_diff('millisecond', started_at, finished_at) / 1000.0, 1) as seconds,
    source,
    error
from ingest_runs
order by started_at desc
limit ?

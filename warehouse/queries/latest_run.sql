-- The latest run that has finished (or died): its status, error and when it started.
select run_id, status, error, started_at, quarantined
from ingest_runs
where status <> 'running'
order by started_at desc
limit 1

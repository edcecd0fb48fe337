-- quality_failures: every failed expectation, newest run first, with the run's outcome, for SQL users and alerting.
create or replace view quality_failures as
with runs as (
    select run_id, started_at, status from ingest_runs
)
select
    r.started_at as run_started_at,
    q.run_id,
    q.table_name,
    q.expectation,
    q.column_name,
    q.severity,
    q.unexpected_count,
    q.unexpected_percent,
    q.unexpected_sample,
    q.meeting_ids,
    q.details
from quality_results q
left join runs r using (run_id)
where not q.success
order by r.started_at desc nulls last, q.severity, q.table_name;
comment on view quality_failures is 'Failed quality expectations of every run, newest first: error rows were quarantined, warning rows loaded.';
comment on column quality_failures.run_started_at is 'When the run that validated the batch started (ingest_runs.started_at).';

-- Error-level failures of the latest finished run: a non-zero count should alert someone.
with latest as (
    select run_id from ingest_runs where finished_at is not null order by started_at desc limit 1
)
select count(*) from quality_results
where run_id in (select run_id from latest) and severity = 'error' and not success

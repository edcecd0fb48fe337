-- Failed quality expectations of runs started on or after a date (parameter), newest first.
select run_started_at, run_id, severity, table_name, expectation, column_name, unexpected_count, meeting_ids
from quality_failures
where run_started_at >= ?
order by run_started_at desc, severity, table_name

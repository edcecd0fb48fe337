-- Error-level expectations a run (parameter) failed: a non-zero count should alert someone.
select count(*) from quality_results
where run_id = ? and severity = 'error' and not success

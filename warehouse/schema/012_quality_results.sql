-- quality_results: every expectation result of every run, for monitoring.
create table if not exists quality_results (
    run_id varchar,
    validated_at timestamp with time zone,
    table_name varchar,
    suite varchar,
    expectation varchar,
    column_name varchar,
    severity varchar,
    success boolean,
    element_count bigint,
    unexpected_count bigint,
    unexpected_percent double,
    unexpected_sample varchar,
    meeting_ids varchar[],
    details varchar
);
comment on table quality_results is 'Every Great Expectations result of every batch of every run; see view quality_failures.';
comment on column quality_results.run_id is 'The run (ingest_runs.run_id).';
comment on column quality_results.validated_at is 'When the batch was validated (UTC).';
comment on column quality_results.table_name is 'The warehouse table checked, or cross_table.';
comment on column quality_results.suite is 'The expectation suite (expectations/suites/<suite>.json).';
comment on column quality_results.expectation is 'The expectation type, e.g. expect_column_values_to_not_be_null.';
comment on column quality_results.column_name is 'The column checked; null for multi-column expectations.';
comment on column quality_results.severity is 'error (the record is quarantined) or warning (loaded, reported).';
comment on column quality_results.success is 'True when every row met the expectation.';
comment on column quality_results.element_count is 'Rows checked.';
comment on column quality_results.unexpected_count is 'Rows that failed.';
comment on column quality_results.unexpected_percent is 'Share of rows that failed, in per cent.';
comment on column quality_results.unexpected_sample is 'JSON list of up to 20 failing values.';
comment on column quality_results.meeting_ids is 'Meetings with failing rows.';
comment on column quality_results.details is 'JSON of the expectation arguments and its description.';

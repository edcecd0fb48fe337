-- ingest_runs: one row per run of the nightly flow.
create table if not exists ingest_runs (
    run_id varchar,
    flow_run_id varchar,
    source varchar,
    started_at timestamp with time zone,
    finished_at timestamp with time zone,
    status varchar,
    discovered integer,
    skipped integer,
    loaded integer,
    quarantined integer,
    warnings integer,
    error varchar,
    parameters json
);
comment on table ingest_runs is 'One row per run of the nightly flow: what it found, loaded and quarantined.';
comment on column ingest_runs.run_id is 'The run; the key, also on meetings, quarantine and quality_results.';
comment on column ingest_runs.flow_run_id is 'The Prefect flow run id, to find its logs and artifact.';
comment on column ingest_runs.source is 'What was ingested: a folder, undl:URL or ods:URL.';
comment on column ingest_runs.started_at is 'When the run started (UTC).';
comment on column ingest_runs.finished_at is 'When it finished; null while running or after a crash.';
comment on column ingest_runs.status is 'running, completed, or failed.';
comment on column ingest_runs.discovered is 'Records the source offered.';
comment on column ingest_runs.skipped is 'Records skipped because the same content was already loaded.';
comment on column ingest_runs.loaded is 'Meetings loaded or replaced.';
comment on column ingest_runs.quarantined is 'Records quarantined (see quarantine).';
comment on column ingest_runs.warnings is 'Warning-level quality findings (see quality_results).';
comment on column ingest_runs.error is 'Why the run failed, when it did.';
comment on column ingest_runs.parameters is 'The run parameters as JSON.';

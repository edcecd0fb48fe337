-- quarantine: records that could not be loaded, with the stage and the reason.
create table if not exists quarantine (
    quarantine_id varchar,
    run_id varchar,
    quarantined_at timestamp with time zone,
    source_uri varchar,
    record_key varchar,
    content_sha256 varchar,
    stage varchar,
    reason varchar,
    resolved_at timestamp with time zone,
    resolved_run_id varchar
);
comment on table quarantine is 'Records held back from the warehouse, never silently dropped; the next run retries them.';
comment on column quarantine.quarantine_id is 'The entry; the key.';
comment on column quarantine.run_id is 'The run that quarantined it.';
comment on column quarantine.quarantined_at is 'When (UTC).';
comment on column quarantine.source_uri is 'Where the record came from.';
comment on column quarantine.record_key is 'The meeting id or symbol when known.';
comment on column quarantine.content_sha256 is 'SHA-256 of the bytes that failed; null when nothing was fetched.';
comment on column quarantine.stage is 'fetch, extract, parse, check or load.';
comment on column quarantine.reason is 'Why, in words an operator can act on.';
comment on column quarantine.resolved_at is 'When a later run loaded the record; null while still quarantined.';
comment on column quarantine.resolved_run_id is 'The run that loaded it.';

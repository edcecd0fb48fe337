-- source_files: which fetched file versions are loaded (the incremental state).
create table if not exists source_files (
    source_uri varchar,
    content_sha256 varchar,
    meeting_id varchar,
    loaded_at timestamp with time zone,
    run_id varchar
);
comment on table source_files is 'Incremental state: each file version loaded, committed in the same transaction as its rows.';
comment on column source_files.source_uri is 'Where the file came from.';
comment on column source_files.content_sha256 is 'SHA-256 of the loaded bytes: the same bytes are never parsed again.';
comment on column source_files.meeting_id is 'The meeting it loaded.';
comment on column source_files.loaded_at is 'When (UTC).';
comment on column source_files.run_id is 'The run that loaded it.';

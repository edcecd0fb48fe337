-- watermarks: how far each source has been read, advanced with the rows it covers.
create table if not exists watermarks (
    source varchar,
    watermark timestamp with time zone,
    updated_at timestamp with time zone,
    run_id varchar
);
comment on table watermarks is 'Per source, the last-modified stamp up to which every record is loaded or quarantined.';
comment on column watermarks.source is 'The source (folder path, undl:URL, ods:URL); the key.';
comment on column watermarks.watermark is 'Records modified at or before this were handled.';
comment on column watermarks.updated_at is 'When it last advanced (UTC).';
comment on column watermarks.run_id is 'The run that advanced it.';

-- backfill_windows: the date windows a backfill has finished, so an interrupted backfill resumes after them.
create table if not exists backfill_windows (
    source varchar,
    window_start date,
    window_end date,
    run_id varchar,
    discovered integer,
    loaded integer,
    quarantined integer,
    finished_at timestamp with time zone
);
comment on table backfill_windows is 'One row per finished window of a backfill (records backfill): a rerun skips these windows.';
comment on column backfill_windows.source is 'The source backfilled (folder path, undl:URL, ods:URL).';
comment on column backfill_windows.window_start is 'First day of the window (records modified on or after it).';
comment on column backfill_windows.window_end is 'Day after the window (records modified before it).';
comment on column backfill_windows.run_id is 'The nightly_ingest run that loaded the window (ingest_runs.run_id).';
comment on column backfill_windows.discovered is 'Records the window held.';
comment on column backfill_windows.loaded is 'Records loaded from it.';
comment on column backfill_windows.quarantined is 'Records quarantined from it (retried by the nightly run).';
comment on column backfill_windows.finished_at is 'When the window finished (UTC).';

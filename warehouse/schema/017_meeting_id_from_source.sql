-- A record that names no symbol is known by its source, so a revision of the file replaces its rows.
comment on column meetings.meeting_id is 'The document symbol (CMW/C/SR.160); from the file name, a sidecar or the catalogue when the text lacks it; source:<16 hex> (of the source URI) when nothing names it, so a revised file keeps its id. The key.';

-- meetings: one row per meeting record (a document symbol such as CMW/C/SR.160).
create table if not exists meetings (
    meeting_id varchar,
    session_id varchar,
    symbol varchar,
    body varchar,
    body_name varchar,
    session_number integer,
    meeting_number integer,
    meeting_part varchar,
    record_type varchar,
    title varchar,
    meeting_date date,
    place varchar,
    chair_label varchar,
    chair_name varchar,
    called_to_order time,
    rose_at time,
    suspensions integer,
    state_party varchar,
    state_party_name varchar,
    original_language varchar,
    language varchar,
    paragraph_count integer,
    numbering_inferred boolean,
    source_uri varchar,
    content_sha256 varchar,
    ingested_at timestamp with time zone,
    run_id varchar
);
comment on table meetings is 'One row per meeting record; a revised record replaces its row and all its child rows.';
comment on column meetings.meeting_id is 'The document symbol (CMW/C/SR.160); from the file name or catalogue when the text lacks it; sha256:<16 hex> of the content when nothing names it. The key.';
comment on column meetings.session_id is 'The session (sessions.session_id), null when the record does not say.';
comment on column meetings.symbol is 'UN document symbol as printed or catalogued; null when unknown.';
comment on column meetings.body is 'Body code (see sessions.body).';
comment on column meetings.body_name is 'Full name of the body.';
comment on column meetings.session_number is 'Session number of the body.';
comment on column meetings.meeting_number is 'Meeting number (Summary record of the 160th meeting -> 160).';
comment on column meetings.meeting_part is 'Which part the record covers: partial, first part (public), Add.1; null for a whole meeting.';
comment on column meetings.record_type is 'summary (third-person, numbered paragraphs) or verbatim (first-person speaker turns).';
comment on column meetings.title is 'Catalogue title or the verbatim record agenda, when known.';
comment on column meetings.meeting_date is 'Date the meeting was held (Held at ... on Wednesday, 6 April 2011).';
comment on column meetings.place is 'Where it was held (the Palais Wilson, Geneva; Headquarters, New York).';
comment on column meetings.chair_label is 'The presiding office as printed in the masthead: Chairperson, Chair, President, Temporary Chair.';
comment on column meetings.chair_name is 'Presiding officer named in the masthead, without title.';
comment on column meetings.called_to_order is 'Local time the meeting (or the part covered) was called to order.';
comment on column meetings.rose_at is 'Local time the meeting (or the part covered) rose.';
comment on column meetings.suspensions is 'How many times the meeting was suspended.';
comment on column meetings.state_party is 'ISO 3166-1 alpha-3 code of the State party whose report was considered, from the agenda heading.';
comment on column meetings.state_party_name is 'That State party as the agenda heading names it.';
comment on column meetings.original_language is 'Original language stated in the masthead (Original: English).';
comment on column meetings.language is 'ISO 639-1 language of this rendition; only en is parsed.';
comment on column meetings.paragraph_count is 'Number of paragraphs (rows in statements).';
comment on column meetings.numbering_inferred is 'True when the rendition lost its paragraph numbers and they were numbered in order.';
comment on column meetings.source_uri is 'Where the record was fetched from (file path or URL).';
comment on column meetings.content_sha256 is 'SHA-256 of the fetched bytes; an unchanged record is skipped, a changed one replaces its rows.';
comment on column meetings.ingested_at is 'When this version was loaded (UTC).';
comment on column meetings.run_id is 'The ingest run that loaded it (ingest_runs.run_id).';

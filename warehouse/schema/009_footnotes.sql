-- footnotes: notes printed apart from the text (corrections notice, job numbers, footnotes).
create table if not exists footnotes (
    meeting_id varchar,
    marker varchar,
    text varchar
);
comment on table footnotes is 'Footnotes and notices printed apart from a record''s paragraphs.';
comment on column footnotes.meeting_id is 'The meeting (meetings.meeting_id).';
comment on column footnotes.marker is 'The footnote marker (*, 1, a) when printed.';
comment on column footnotes.text is 'The footnote text.';

-- The French and Spanish versions of meetings. The tables of the main schema hold each meeting as its
-- English record says it, and no query of them changes its answer when another language's version
-- loads; each other language keeps the same tables, with the same columns and the same meeting ids
-- (the symbol), in a schema named by its ISO 639-1 code. A later migration that changes a meeting
-- table changes it in every language's schema.
create schema if not exists fr;
create schema if not exists es;
create table if not exists fr.sessions as select * from sessions limit 0;
create table if not exists fr.meetings as select * from meetings limit 0;
create table if not exists fr.agenda_items as select * from agenda_items limit 0;
create table if not exists fr.document_refs as select * from document_refs limit 0;
create table if not exists fr.statements as select * from statements limit 0;
create table if not exists fr.speaker_aliases as select * from speaker_aliases limit 0;
create table if not exists fr.indicators as select * from indicators limit 0;
create table if not exists fr.footnotes as select * from footnotes limit 0;
create table if not exists fr.speakers as select * from speakers limit 0;
create table if not exists es.sessions as select * from sessions limit 0;
create table if not exists es.meetings as select * from meetings limit 0;
create table if not exists es.agenda_items as select * from agenda_items limit 0;
create table if not exists es.document_refs as select * from document_refs limit 0;
create table if not exists es.statements as select * from statements limit 0;
create table if not exists es.speaker_aliases as select * from speaker_aliases limit 0;
create table if not exists es.indicators as select * from indicators limit 0;
create table if not exists es.footnotes as select * from footnotes limit 0;
create table if not exists es.speakers as select * from speakers limit 0;
comment on table fr.sessions is 'The French versions of meetings: the sessions its versions name; columns as in main.sessions.';
comment on table fr.meetings is 'The French versions of meetings: one row per meeting version; columns as in main.meetings.';
comment on table fr.agenda_items is 'The French versions of meetings: their agenda headings; columns as in main.agenda_items.';
comment on table fr.document_refs is 'The French versions of meetings: the documents they cite; columns as in main.document_refs.';
comment on table fr.statements is 'The French versions of meetings: their paragraphs, numbered as in every version, with the speaker; columns as in main.statements.';
comment on table fr.speaker_aliases is 'The French versions of meetings: the misprinted names they merge; columns as in main.speaker_aliases.';
comment on table fr.indicators is 'The French versions of meetings: the numeric claims their paragraphs make; columns as in main.indicators.';
comment on table fr.footnotes is 'The French versions of meetings: their footnotes; columns as in main.footnotes.';
comment on table fr.speakers is 'The French versions of meetings: the speakers they name; columns as in main.speakers.';
comment on table es.sessions is 'The Spanish versions of meetings: the sessions its versions name; columns as in main.sessions.';
comment on table es.meetings is 'The Spanish versions of meetings: one row per meeting version; columns as in main.meetings.';
comment on table es.agenda_items is 'The Spanish versions of meetings: their agenda headings; columns as in main.agenda_items.';
comment on table es.document_refs is 'The Spanish versions of meetings: the documents they cite; columns as in main.document_refs.';
comment on table es.statements is 'The Spanish versions of meetings: their paragraphs, numbered as in every version, with the speaker; columns as in main.statements.';
comment on table es.speaker_aliases is 'The Spanish versions of meetings: the misprinted names they merge; columns as in main.speaker_aliases.';
comment on table es.indicators is 'The Spanish versions of meetings: the numeric claims their paragraphs make; columns as in main.indicators.';
comment on table es.footnotes is 'The Spanish versions of meetings: their footnotes; columns as in main.footnotes.';
comment on table es.speakers is 'The Spanish versions of meetings: the speakers they name; columns as in main.speakers.';

-- speakers: one row per person who speaks in any meeting.
create table if not exists speakers (
    speaker_id varchar,
    speaker_name varchar,
    title varchar,
    gender varchar,
    speaker_role varchar,
    affiliation varchar,
    country_iso3 varchar
);
comment on table speakers is 'People who speak in meetings, one row per speaker_id (latest seen wins).';
comment on column speakers.speaker_id is 'Hash of folded name and delegation; the key.';
comment on column speakers.speaker_name is 'Normalised name without title.';
comment on column speakers.title is 'Title as last printed.';
comment on column speakers.gender is 'male or female where the title says (Mr, Ms, Mrs, Sir, Dame); null otherwise.';
comment on column speakers.speaker_role is 'Role when last seen (see statements.speaker_role).';
comment on column speakers.affiliation is 'Delegation, organisation or office when last seen.';
comment on column speakers.country_iso3 is 'Delegation ISO3 code; null for members and others.';

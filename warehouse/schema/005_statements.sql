-- statements: one row per numbered paragraph, with who spoke it.
create table if not exists statements (
    meeting_id varchar,
    paragraph integer,
    turn integer,
    speaker_label varchar,
    speaker_name varchar,
    speaker_title varchar,
    speaker_role varchar,
    affiliation varchar,
    country_iso3 varchar,
    on_behalf_of varchar,
    spoke_in varchar,
    speaker_id varchar,
    is_continuation boolean,
    agenda_position integer,
    text varchar,
    word_count integer
);
comment on table statements is 'One row per paragraph of a meeting record (the UN cites records by paragraph), with its speaker.';
comment on column statements.meeting_id is 'The meeting (meetings.meeting_id).';
comment on column statements.paragraph is 'Paragraph number as printed (verbatim records: numbered in order).';
comment on column statements.turn is 'Speaking turn: increases at every paragraph that is not a continuation.';
comment on column statements.speaker_label is 'The attribution as printed: Mr. Beltrán del Río Madrid (Mexico), The Chairperson.';
comment on column statements.speaker_name is 'Normalised name without title; misprints merged (see speaker_aliases); the presiding officer for the chair when known.';
comment on column statements.speaker_title is 'Title as printed: Mr, Ms, Mrs, Dr, Sir, H.E., Archbishop.';
comment on column statements.speaker_role is 'chair, member, rapporteur, delegation, secretariat, observer, or procedural (no speaker).';
comment on column statements.affiliation is 'What the parentheses said: the delegation, organisation or office.';
comment on column statements.country_iso3 is 'ISO 3166-1 alpha-3 code of the delegation; null for committee members and others.';
comment on column statements.on_behalf_of is 'Group spoken for (speaking on behalf of the Group of African States).';
comment on column statements.spoke_in is 'Language spoken when not English (spoke in French).';
comment on column statements.speaker_id is 'One person across meetings: a hash of the folded name and delegation (speakers.speaker_id).';
comment on column statements.is_continuation is 'True when the paragraph names no speaker and continues the previous one.';
comment on column statements.agenda_position is 'The agenda heading (agenda_items.position) the paragraph falls under.';
comment on column statements.text is 'The paragraph text.';
comment on column statements.word_count is 'Words in the paragraph.';

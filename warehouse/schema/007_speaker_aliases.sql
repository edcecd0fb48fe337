-- speaker_aliases: misprinted names merged into the spelling a meeting uses most.
create table if not exists speaker_aliases (
    meeting_id varchar,
    alias_name varchar,
    canonical_name varchar,
    speaker_id varchar,
    score double,
    paragraphs integer[]
);
comment on table speaker_aliases is 'Audit trail of merged misprints (Baltrán -> Beltrán del Río Madrid), so an analyst can check or undo a merge.';
comment on column speaker_aliases.meeting_id is 'The meeting where the misprint occurred.';
comment on column speaker_aliases.alias_name is 'The spelling as printed.';
comment on column speaker_aliases.canonical_name is 'The spelling it was merged into (statements.speaker_name).';
comment on column speaker_aliases.speaker_id is 'The merged speaker.';
comment on column speaker_aliases.score is 'Name similarity 0-1 that justified the merge.';
comment on column speaker_aliases.paragraphs is 'Paragraphs where the misprint was printed.';

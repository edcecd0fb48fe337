-- document_refs: UN document symbols cited by agenda headings and paragraphs.
create table if not exists document_refs (
    meeting_id varchar,
    paragraph integer,
    agenda_position integer,
    symbol varchar
);
comment on table document_refs is 'Documents cited by a meeting: CMW/C/MEX/2; CMW/C/MEX/Q/2 and Add.1 gives three rows.';
comment on column document_refs.meeting_id is 'The meeting (meetings.meeting_id).';
comment on column document_refs.paragraph is 'Paragraph citing it; null when cited by an agenda heading.';
comment on column document_refs.agenda_position is 'The agenda heading (agenda_items.position) it was cited under.';
comment on column document_refs.symbol is 'The cited document symbol, Add./Corr./Rev. suffixes expanded.';

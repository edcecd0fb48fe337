-- agenda_items: the agenda headings printed in a meeting record, in order.
create table if not exists agenda_items (
    meeting_id varchar,
    position integer,
    level integer,
    title varchar,
    is_continued boolean,
    first_paragraph integer
);
comment on table agenda_items is 'Agenda headings of a meeting record in printed order.';
comment on column agenda_items.meeting_id is 'The meeting (meetings.meeting_id).';
comment on column agenda_items.position is 'Order of the heading within the record, from 1.';
comment on column agenda_items.level is '1 for an agenda item, 2 for a sub-heading such as the report under consideration.';
comment on column agenda_items.title is 'The heading as printed, with its document citations.';
comment on column agenda_items.is_continued is 'True when marked (continued): the item began at an earlier meeting.';
comment on column agenda_items.first_paragraph is 'First paragraph under the heading; null when from the Contents list only.';

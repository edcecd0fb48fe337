-- The meetings a batch replaces: its own, and any loaded before from the same source file under
-- another id (a record without a symbol, or whose symbol a revision corrected).
create or replace temp table replaced_meeting_ids as
select meeting_id from incoming_meetings
union
select meeting_id from meetings where source_uri in (select source_uri from incoming_meetings)

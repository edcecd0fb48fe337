-- Remove the rows of the meetings being (re)loaded from one meeting table; {table} comes only from transforms.schemas.MEETING_TABLES.
delete from {table} where meeting_id in (select meeting_id from replaced_meeting_ids)

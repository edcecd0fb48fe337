-- How many of the incoming meetings the warehouse holds already: none (a night's new records) needs no deletes.
select count(*) from meetings where meeting_id in (select meeting_id from replaced_meeting_ids)

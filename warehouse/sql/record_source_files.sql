-- Remember which file versions the batch loaded, in the batch's own transaction.
insert into source_files (source_uri, content_sha256, meeting_id, loaded_at, run_id)
select source_uri, content_sha256, meeting_id, ?, ? from incoming_meetings

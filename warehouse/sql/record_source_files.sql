-- Remember which file versions the batch loaded, in the batch's own transaction; a version already recorded is not recorded twice.
insert into source_files (source_uri, content_sha256, meeting_id, loaded_at, run_id)
select i.source_uri, i.content_sha256, i.meeting_id, ?, ?
from incoming_meetings i
anti join source_files f on f.source_uri = i.source_uri and f.content_sha256 = i.content_sha256

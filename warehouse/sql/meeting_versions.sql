-- Each loaded meeting and the version of its rows (the run that loaded them, the bytes they came
-- from): the search index compares these with the ones it holds.
select meeting_id, coalesce(run_id, '') || ':' || coalesce(content_sha256, '') as version
from meetings

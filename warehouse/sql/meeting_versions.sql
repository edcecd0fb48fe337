-- Each loaded meeting and the version of its rows (the run that loaded them, the bytes they came
-- from): the search index compares these with the ones it holds. A French or Spanish version is
-- known by the meeting's id and its language, as a batch names it (CRC/C/SR.2501@fr).
select meeting_id, coalesce(run_id, '') || ':' || coalesce(content_sha256, '') as version
from main.meetings
union all
select meeting_id || '@fr', coalesce(run_id, '') || ':' || coalesce(content_sha256, '') from fr.meetings
union all
select meeting_id || '@es', coalesce(run_id, '') || ':' || coalesce(content_sha256, '') from es.meetings

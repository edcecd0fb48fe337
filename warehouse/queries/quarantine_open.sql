-- Quarantined records not yet loaded, resolved or ignored, newest first: what an operator should look at.
select quarantine_id, quarantined_at as last_tried, attempts, stage, reason, record_key, source_uri
from quarantine
where resolved_at is null and ignored_at is null
order by quarantined_at desc

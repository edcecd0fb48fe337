-- Quarantined records not yet loaded, newest first: what an operator should look at.
select quarantine_id, quarantined_at, stage, reason, record_key, source_uri
from quarantine
where resolved_at is null
order by quarantined_at desc

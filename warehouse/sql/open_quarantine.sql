-- Quarantined records to retry: every entry neither resolved nor ignored (one per record).
select quarantine_id, source_uri, record_key, quarantined_at as last_quarantined_at, attempts
from quarantine
where resolved_at is null and ignored_at is null
order by quarantined_at

-- Quarantined records not yet resolved, newest entry per source file: the next run retries them.
select source_uri, any_value(record_key) as record_key, max(quarantined_at) as last_quarantined_at, count(*) as attempts
from quarantine
where resolved_at is null
group by source_uri
order by last_quarantined_at

-- Quarantine one batch's rejected records: a record with an entry not yet resolved (open, or ignored
-- by an operator) is that entry tried again; any other gets a new entry.
update quarantine
set run_id = i.run_id,
    quarantined_at = i.quarantined_at,
    stage = i.stage,
    reason = i.reason,
    content_sha256 = i.content_sha256,
    record_key = coalesce(i.record_key, quarantine.record_key),
    attempts = quarantine.attempts + 1
from incoming_quarantine i
where quarantine.source_uri = i.source_uri and quarantine.resolved_at is null;
insert into quarantine by name
select i.*, 1 as attempts, i.quarantined_at as first_quarantined_at
from incoming_quarantine i
anti join quarantine q on q.source_uri = i.source_uri and q.resolved_at is null

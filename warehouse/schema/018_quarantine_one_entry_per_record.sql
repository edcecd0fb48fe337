-- One entry per record in quarantine: a record still bad on the next night is the same entry, tried again.
alter table quarantine add column if not exists attempts integer;
alter table quarantine add column if not exists first_quarantined_at timestamp with time zone;
alter table quarantine add column if not exists ignored_at timestamp with time zone;
alter table quarantine add column if not exists note varchar;
update quarantine set first_quarantined_at = quarantined_at where first_quarantined_at is null;
-- Entries written before this migration, one per night a record stayed bad, become the newest one,
-- which counts them all.
create or replace temp table open_repeats as
select source_uri, max(quarantined_at) as latest, min(quarantined_at) as first, count(*) as attempts
from quarantine where resolved_at is null group by source_uri;
update quarantine set attempts = r.attempts, first_quarantined_at = r.first
from open_repeats r
where quarantine.source_uri = r.source_uri and quarantine.resolved_at is null and quarantine.quarantined_at = r.latest;
delete from quarantine where resolved_at is null and attempts is null;
update quarantine set attempts = 1 where attempts is null;
drop table open_repeats;
comment on column quarantine.quarantined_at is 'When it was last quarantined (UTC).';
comment on column quarantine.run_id is 'The run that last quarantined it.';
comment on column quarantine.stage is 'fetch, extract, parse, check or load: where it last failed.';
comment on column quarantine.reason is 'Why it last failed, in words an operator can act on.';
comment on column quarantine.attempts is 'How many runs have quarantined it: one entry per record, tried again each night until it loads, is resolved or ignored.';
comment on column quarantine.first_quarantined_at is 'When it was first quarantined (UTC).';
comment on column quarantine.ignored_at is 'When an operator chose to ignore it (records quarantine ignore): no longer retried or reported; null otherwise.';
comment on column quarantine.note is 'What the operator said when resolving or ignoring it.';
comment on column quarantine.resolved_at is 'When a later run loaded the record, or an operator resolved it (records quarantine resolve); null while still quarantined.';
comment on column quarantine.resolved_run_id is 'The run that loaded it; null when an operator resolved it.';

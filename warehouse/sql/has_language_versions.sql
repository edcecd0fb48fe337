-- Whether the warehouse holds any French or Spanish version: only then can an English record have another version to agree with.
select exists (select 1 from fr.meetings) or exists (select 1 from es.meetings)

-- Quarantine entries whose id starts with what an operator typed (an id, or its first characters).
select quarantine_id, resolved_at, ignored_at from quarantine where starts_with(quarantine_id, ?)

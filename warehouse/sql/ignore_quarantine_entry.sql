-- An operator's word on one entry: ignored (no longer retried or reported, kept for the record).
update quarantine set ignored_at = ?, note = ? where quarantine_id = ?

-- An operator's word on one entry: resolved (the record was dealt with, or its file is gone).
update quarantine set resolved_at = ?, resolved_run_id = null, note = ? where quarantine_id = ?

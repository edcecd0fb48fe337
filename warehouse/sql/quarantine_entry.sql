-- One quarantine entry, for an operator's retry of it.
select source_uri, record_key from quarantine where quarantine_id = ?

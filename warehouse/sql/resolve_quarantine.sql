-- Mark quarantined entries of records that have now loaded as resolved.
update quarantine
set resolved_at = ?, resolved_run_id = ?
where resolved_at is null
  and (source_uri in (select source_uri from incoming_meetings)
       or record_key in (select meeting_id from incoming_meetings))

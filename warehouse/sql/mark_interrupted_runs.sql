-- Runs still marked running when a new run holds the writer lock died mid-way (killed, power loss).
update ingest_runs set status = 'interrupted' where status = 'running'

-- Quarantine one batch's rejected records.
insert into quarantine by name select * from incoming_quarantine

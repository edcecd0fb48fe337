-- Rows of one table or view; the relation is one of ours, checked against the catalog.
select count(*) from {relation}

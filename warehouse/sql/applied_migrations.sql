-- Schema files already applied to this warehouse.
select name from schema_migrations

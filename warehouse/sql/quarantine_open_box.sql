-- `records quarantine list` at a terminal's width: the id's first characters (enough to resolve it) and
-- the file's name; it wraps warehouse/queries/quarantine_open.sql.
select left(quarantine_id, 8) as id, strftime(last_tried, '%Y-%m-%d %H:%M') as last_tried, attempts as tries,
    stage, reason, regexp_extract(source_uri, '[^/]+$') as file
from ({query})

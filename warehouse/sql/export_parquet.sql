-- One table or view to a Parquet file with its comments as key-value metadata; the relation is one of
-- ours (checked against the catalog), the rest are SQL string literals with their quotes doubled.
copy (select * from {relation}) to '{target}' (
    format parquet,
    kv_metadata {{table_comment: '{table_comment}', column_comments: '{column_comments}'}}
)

-- One table or view to a CSV file with a header; the relation is one of ours, the target a quoted literal.
copy (select * from {relation}) to '{target}' (format csv, header true)

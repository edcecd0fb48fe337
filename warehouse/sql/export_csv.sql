-- One table or view to a CSV file with a header; {relation} is one of ours, {target} a quoted literal.
copy (select * from {relation}) to '{target}' (format csv, header true)

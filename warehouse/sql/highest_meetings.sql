-- The highest meeting number loaded per symbol prefix ("CMW/C/SR." -> 160): where ODS probing starts.
select regexp_extract(symbol, '^(.*(?:SR|PV)\.)\d+$', 1) as prefix, max(meeting_number) as highest
from meetings
where meeting_number is not null
group by all

-- Figures one delegation quoted, with what they count and the years they refer to.
select speaker_name, surface, kind, value, qualifier, subject, period_start, period_end
from indicator_facts
where country_iso3 = 'MEX' and kind in ('count', 'percent')
order by meeting_id, paragraph, position
limit 8;

-- Figures quoted, with who quoted them and the year they refer to.
select speaker_name, surface, kind, value, unit, subject, period_start
from indicator_facts
order by meeting_id, paragraph, position
limit 8;

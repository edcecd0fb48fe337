-- The paragraphs of the given meetings of one language's tables ({schema}: main, fr or es, from
-- warehouse.versions only), with what a search filters them by.
select s.meeting_id, s.paragraph, s.text, s.speaker_name, s.country_iso3, m.body, m.meeting_date
from {schema}.statements s
join {schema}.meetings m using (meeting_id)
where s.meeting_id in (select unnest($meeting_ids))

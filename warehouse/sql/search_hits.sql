-- The search index's hits (meeting, paragraph, score) in one language's tables ({schema}: main, fr or
-- es, from warehouse.versions only), best first, as the warehouse holds them.
with hits as (
    select unnest($meeting_ids) as meeting_id, unnest($paragraphs) as paragraph, unnest($scores) as score
)
select h.meeting_id, h.paragraph, m.body, m.meeting_date, s.speaker_name, s.country_iso3, h.score, s.text
from hits h
join {schema}.statements s on s.meeting_id = h.meeting_id and s.paragraph = h.paragraph
join {schema}.meetings m on m.meeting_id = h.meeting_id
order by h.score desc, h.meeting_id, h.paragraph

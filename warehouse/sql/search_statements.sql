-- Best-matching paragraphs for a full-text query, optionally of one body and one delegation.
with hits as (
    select statement_key, fts_main_statement_search.match_bm25(statement_key, $query) as score
    from statement_search
)
select s.meeting_id, s.paragraph, m.body, m.meeting_date, s.speaker_name, s.country_iso3, h.score, s.text
from hits h
join statement_search k using (statement_key)
join statements s on s.meeting_id = k.meeting_id and s.paragraph = k.paragraph
join meetings m on m.meeting_id = s.meeting_id
where h.score is not null
  and ($body is null or m.body = $body)
  and ($country is null or s.country_iso3 = $country)
order by h.score desc
limit $limit

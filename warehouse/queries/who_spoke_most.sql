-- Who spoke most: paragraphs and words per speaker, across all loaded meetings.
select speaker_name, speaker_role, country_iso3, count(*) as paragraphs, sum(word_count) as words
from statements
where speaker_name is not null
group by all
order by words desc
limit 5;

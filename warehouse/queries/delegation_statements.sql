-- What one delegation said: its paragraphs in order, first words only.
select meeting_id, paragraph, speaker_name, left(text, 70) || '…' as opening
from statements
where country_iso3 = 'MEX' and not is_continuation
order by meeting_id, paragraph
limit 5;

-- statements_aligned: a meeting's versions paragraph by paragraph. A summary record keeps its paragraph
-- numbers in every translation, so paragraph n of the English, French and Spanish versions say the same.
create or replace view statements_aligned as
select
    meeting_id,
    paragraph,
    en.text as text_en,
    fr.text as text_fr,
    es.text as text_es,
    coalesce(en.speaker_name, fr.speaker_name, es.speaker_name) as speaker_name,
    coalesce(en.speaker_role, fr.speaker_role, es.speaker_role) as speaker_role,
    coalesce(en.country_iso3, fr.country_iso3, es.country_iso3) as country_iso3,
    (en.meeting_id is not null)::int + (fr.meeting_id is not null)::int + (es.meeting_id is not null)::int as versions
from main.statements en
full join fr.statements fr using (meeting_id, paragraph)
full join es.statements es using (meeting_id, paragraph);
comment on view statements_aligned is 'Each paragraph of a meeting in every language loaded (English, French, Spanish), side by side.';
comment on column statements_aligned.meeting_id is 'The meeting: its symbol, the same in every language.';
comment on column statements_aligned.paragraph is 'Paragraph number, the same in every version of a summary record.';
comment on column statements_aligned.text_en is 'The paragraph in the English version (null when none is loaded).';
comment on column statements_aligned.text_fr is 'The paragraph in the French version (fr.statements).';
comment on column statements_aligned.text_es is 'The paragraph in the Spanish version (es.statements).';
comment on column statements_aligned.speaker_name is 'Who speaks, as the English version names them, else the French, else the Spanish.';
comment on column statements_aligned.speaker_role is 'chair, member, rapporteur, delegation, secretariat, observer or procedural, as the first version loaded says.';
comment on column statements_aligned.country_iso3 is 'The delegation''s ISO 3166-1 alpha-3 code, as the first version loaded says.';
comment on column statements_aligned.versions is 'How many languages hold this paragraph (1 to 3).';

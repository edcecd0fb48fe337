-- version_disagreements: where two language versions of one meeting do not say the same: a paragraph one
-- version has and the other lacks, or a paragraph whose speaker differs (role, delegation, or name).
create or replace view version_disagreements as
with versions as (
    select 'en' as language, meeting_id, paragraph, speaker_role, country_iso3,
        lower(strip_accents(speaker_name)) as speaker_key
    from main.statements
    where meeting_id in (select meeting_id from fr.meetings union select meeting_id from es.meetings)
    union all
    select 'fr', meeting_id, paragraph, speaker_role, country_iso3, lower(strip_accents(speaker_name)) from fr.statements
    union all
    select 'es', meeting_id, paragraph, speaker_role, country_iso3, lower(strip_accents(speaker_name)) from es.statements
),
meetings_in as (
    select distinct meeting_id, language from versions
),
pairs as (
    select a.meeting_id, a.language as language_a, b.language as language_b
    from meetings_in a join meetings_in b on a.meeting_id = b.meeting_id and a.language < b.language
),
paragraphs_of_pairs as (  -- every paragraph either version of a pair has
    select distinct p.meeting_id, p.language_a, p.language_b, v.paragraph
    from pairs p join versions v on v.meeting_id = p.meeting_id and v.language in (p.language_a, p.language_b)
)
select
    r.meeting_id,
    r.paragraph,
    r.language_a,
    r.language_b,
    case
        when a.paragraph is null then 'paragraph missing in ' || r.language_a
        when b.paragraph is null then 'paragraph missing in ' || r.language_b
        when a.speaker_role is distinct from b.speaker_role then 'speaker role differs'
        when a.country_iso3 is distinct from b.country_iso3 then 'delegation differs'
        else 'speaker differs'
    end as disagreement,
    a.speaker_role as speaker_role_a,
    b.speaker_role as speaker_role_b,
    a.country_iso3 as country_iso3_a,
    b.country_iso3 as country_iso3_b
from paragraphs_of_pairs r
left join versions a on a.meeting_id = r.meeting_id and a.language = r.language_a and a.paragraph = r.paragraph
left join versions b on b.meeting_id = r.meeting_id and b.language = r.language_b and b.paragraph = r.paragraph
where a.paragraph is null or b.paragraph is null
    or a.speaker_role is distinct from b.speaker_role
    or a.country_iso3 is distinct from b.country_iso3
    -- the Chair is named by office in one language and by name in another; procedural rows name nobody
    or (a.speaker_role not in ('chair', 'procedural') and a.speaker_key is distinct from b.speaker_key);
comment on view version_disagreements is 'Paragraphs where two language versions of a meeting disagree: one lacks the paragraph, or their speakers differ.';
comment on column version_disagreements.meeting_id is 'The meeting (its symbol).';
comment on column version_disagreements.paragraph is 'The paragraph number.';
comment on column version_disagreements.language_a is 'The first version compared (ISO 639-1, alphabetical).';
comment on column version_disagreements.language_b is 'The second version compared.';
comment on column version_disagreements.disagreement is 'What differs: a paragraph missing in one version, the speaker''s role, delegation or name.';
comment on column version_disagreements.speaker_role_a is 'The speaker''s role in the first version.';
comment on column version_disagreements.speaker_role_b is 'The speaker''s role in the second version.';
comment on column version_disagreements.country_iso3_a is 'The delegation in the first version.';
comment on column version_disagreements.country_iso3_b is 'The delegation in the second version.';

-- indicator_facts: each quoted figure beside who quoted it, for one-line SQL analysis by country, year and topic.
create or replace view indicator_facts as
select
    i.meeting_id,
    i.paragraph,
    i.position,
    m.meeting_date,
    m.body,
    m.symbol,
    m.state_party,
    s.speaker_name,
    s.speaker_role,
    s.country_iso3,
    s.affiliation,
    i.surface,
    i.kind,
    i.value,
    i.value_low,
    i.value_high,
    i.unit,
    i.qualifier,
    i.subject,
    i.period_start,
    i.period_end,
    i.sentence
from indicators i
join meetings m using (meeting_id)
left join statements s using (meeting_id, paragraph);
comment on view indicator_facts is 'Every figure quoted in a statement (indicators) with its speaker, role, delegation (country_iso3), meeting date, body and the State party under review.';
comment on column indicator_facts.country_iso3 is 'Delegation of the speaker who quoted the figure; null for committee members, who speak for no country.';
comment on column indicator_facts.state_party is 'State party whose report the meeting considered: the country a committee member''s figure is usually about.';
comment on column indicator_facts.value is 'The figure as a number: a count, a percentage (25 for 25 per cent), an amount, a duration in unit, a ratio (0.2 for one in five); a range''s low end.';
comment on column indicator_facts.period_start is 'First year the figure refers to (in 2010; between 2006 and 2011; since 2009), from the same sentence.';

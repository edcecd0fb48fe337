-- indicators: numeric claims made in statements ("1,325 complaints", "25 per cent").
create table if not exists indicators (
    meeting_id varchar,
    paragraph integer,
    position integer,
    surface varchar,
    char_start integer,
    char_end integer,
    kind varchar,
    value double,
    value_low double,
    value_high double,
    unit varchar,
    qualifier varchar,
    subject varchar,
    period_start integer,
    period_end integer,
    sentence varchar
);
comment on table indicators is 'One row per figure quoted in a paragraph, linked to its speaker through (meeting_id, paragraph); see view indicator_facts.';
comment on column indicators.meeting_id is 'The meeting (meetings.meeting_id).';
comment on column indicators.paragraph is 'The paragraph (statements.paragraph).';
comment on column indicators.position is 'Order of the figure within the paragraph, from 0.';
comment on column indicators.surface is 'The figure as printed.';
comment on column indicators.char_start is 'Offset of the figure in the paragraph text.';
comment on column indicators.char_end is 'Offset just after the figure.';
comment on column indicators.kind is 'count, percent, money, duration, range or ratio.';
comment on column indicators.value is 'The number, scale words applied (2 million -> 2000000).';
comment on column indicators.value_low is 'Lower bound of a range.';
comment on column indicators.value_high is 'Upper bound of a range.';
comment on column indicators.unit is 'per cent, years, months, days, US$ ...';
comment on column indicators.qualifier is 'more than, approximately, nearly, some, at least, up to ...';
comment on column indicators.subject is 'What is counted (complaints, persons arrested ...).';
comment on column indicators.period_start is 'First year of the period the figure refers to (in 2010; between 2006 and 2011).';
comment on column indicators.period_end is 'Last year of that period.';
comment on column indicators.sentence is 'The sentence the figure came from; in a paragraph without full stops over 1,500 characters long, the 300 characters either side of the figure.';

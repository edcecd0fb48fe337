-- The language versions of the batch's meetings checked against each other (view version_disagreements):
-- one warning-level result for each meeting of the batch held in more than one language, kept with the
-- batch's other quality results so that quality_failures shows versions whose paragraphs or speakers differ.
insert into quality_results (
    run_id, validated_at, table_name, suite, expectation, column_name, severity, success,
    element_count, unexpected_count, unexpected_percent, unexpected_sample, meeting_ids, details
)
with incoming as (
    select distinct meeting_id from incoming_meetings
),
held as (
    select meeting_id from main.meetings where meeting_id in (select meeting_id from incoming)
    union all
    select meeting_id from fr.meetings where meeting_id in (select meeting_id from incoming)
    union all
    select meeting_id from es.meetings where meeting_id in (select meeting_id from incoming)
),
versioned as (
    select meeting_id, count(*) as languages from held group by meeting_id having count(*) > 1
),
paragraphs as (
    select meeting_id, count(distinct paragraph) as paragraphs
    from (
        select meeting_id, paragraph from main.statements
        union all select meeting_id, paragraph from fr.statements
        union all select meeting_id, paragraph from es.statements
    )
    where meeting_id in (select meeting_id from versioned)
    group by meeting_id
),
found as (
    select
        meeting_id,
        count(*) as disagreements,
        list(paragraph || ': ' || disagreement || ' (' || language_a || '/' || language_b || ')' order by paragraph, language_a, language_b) as sample
    from version_disagreements
    where meeting_id in (select meeting_id from versioned)
    group by meeting_id
)
select
    ?, ?, 'statements', 'language_versions', 'expect_language_versions_to_agree', null, 'warning',
    coalesce(f.disagreements, 0) = 0,
    p.paragraphs,
    coalesce(f.disagreements, 0),
    round(100.0 * coalesce(f.disagreements, 0) / greatest(p.paragraphs, 1), 3),
    to_json(coalesce(f.sample, [])[1:20])::varchar,
    [v.meeting_id],
    v.languages || ' language versions compared paragraph by paragraph'
from versioned v
join paragraphs p using (meeting_id)
left join found f using (meeting_id)

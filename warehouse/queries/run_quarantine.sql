-- What a run (parameter) quarantined, by stage: how many records and one reason as an example.
select stage, count(*) as records, any_value(reason) as for_example
from quarantine
where run_id = ? and ignored_at is null
group by stage
order by records desc, stage

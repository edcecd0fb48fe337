-- `records runs` at a terminal's width: the run's id shortened, where it read from left out; it wraps
-- warehouse/queries/recent_runs.sql (one parameter, how many runs).
select started, left(run_id, 8) as run, status, discovered as found, skipped as skip, loaded as load,
    quarantined as quar, warnings as warn, seconds as secs, left(error, 60) as error
from ({query})

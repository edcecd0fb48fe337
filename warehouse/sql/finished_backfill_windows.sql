-- Windows of a source's backfills already finished, with the records each held.
select window_start, window_end, discovered from backfill_windows where source = ?

-- Write a source's advanced watermark.
insert into watermarks (source, watermark, updated_at, run_id) values (?, ?, ?, ?)

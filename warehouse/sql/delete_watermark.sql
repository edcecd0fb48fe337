-- Drop a source's watermark before writing its advanced value (same transaction).
delete from watermarks where source = ?

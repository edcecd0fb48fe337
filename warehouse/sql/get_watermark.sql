-- How far a source has been read.
select max(watermark) from watermarks where source = ?

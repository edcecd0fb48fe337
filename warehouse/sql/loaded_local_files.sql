-- The local files (file:// sources) the warehouse holds meetings of: `records reparse` reads them again.
select distinct source_uri from meetings where source_uri like 'file://%' order by source_uri

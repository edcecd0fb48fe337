-- Content hashes already in the warehouse: those bytes are never parsed or loaded again.
select content_sha256 from source_files
union
select content_sha256 from meetings

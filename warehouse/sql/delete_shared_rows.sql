-- Remove the rows of a shared table (sessions, speakers) that the batch upserts; {table}/{key} come only from transforms.schemas.SHARED_TABLES.
delete from {table} where {key} in (select {key} from {incoming})

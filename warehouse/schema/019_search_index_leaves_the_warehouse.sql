-- Full-text search moved to a Tantivy index beside the warehouse (warehouse/search.py): the DuckDB
-- FTS index and the table it was built on are dropped.
drop schema if exists fts_main_statement_search cascade;
drop table if exists statement_search;

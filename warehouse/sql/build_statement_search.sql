-- statement_search: one row per paragraph under a single key, the input of the full-text index.
create or replace table statement_search as
select meeting_id || '#' || paragraph as statement_key, meeting_id, paragraph, text
from statements;
comment on table statement_search is 'Paragraphs keyed meeting_id#paragraph for the full-text index (rebuilt after each load).';
comment on column statement_search.statement_key is 'meeting_id#paragraph.';
comment on column statement_search.meeting_id is 'The meeting (meetings.meeting_id).';
comment on column statement_search.paragraph is 'The paragraph (statements.paragraph).';
comment on column statement_search.text is 'The paragraph text that is indexed.';
pragma create_fts_index('statement_search', 'statement_key', 'text', stemmer = 'english', stopwords = 'english', overwrite = 1);

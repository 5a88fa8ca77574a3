// The full-text index is updated after commit instead of inside it: measured on the import benchmark, a
// synchronous Lucene update per document transaction dominated the write time. Search may lag a commit by
// milliseconds.
DROP INDEX search_text IF EXISTS;
CREATE FULLTEXT INDEX search_text IF NOT EXISTS FOR (n:Recommendation|Action|Finding) ON EACH [n.text]
OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};

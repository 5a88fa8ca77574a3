// Counts the importer keeps (cypher/loader/21_counts.cypher): one node per key, found by key when a document
// adds or takes away its share, and by kind, value and date range when a total is read.
CREATE CONSTRAINT tally_key IF NOT EXISTS FOR (n:Tally) REQUIRE n.key IS UNIQUE;
CREATE INDEX tally_kind_value_on IF NOT EXISTS FOR (n:Tally) ON (n.kind, n.value, n.on);
// A changed document's recommendations are found by their document, as its other facts are.
CREATE INDEX recommendation_document IF NOT EXISTS FOR (n:Recommendation) ON (n.document);

// Documents stored with the same content hash and read by this version of the reading rules: unchanged, so
// not even parsed again. What they hold is reported from the graph.
// Also whether the graph holds this vocabulary (no row: written again).
OPTIONAL MATCH (g:GraphVersion {id: 'graph'})
WITH coalesce(g.vocabulary = $vocabulary, false) AS vocabularyUnchanged
UNWIND $documents AS doc
MATCH (d:Document {file: doc.file})
WHERE d.sha256 = doc.sha256 AND d.reader = $reader AND d.lines IS NOT NULL
OPTIONAL MATCH (d)-[:DESCRIBES]->(i:Inspection)
WITH vocabularyUnchanged, d, head(collect(i.id)) AS inspection
RETURN vocabularyUnchanged, d.file AS file, inspection,
       COUNT { MATCH (r:Recommendation {document: d.file}) } AS recommendations,
       COUNT { MATCH (a:Action {document: d.file}) } AS actions,
       COUNT { MATCH (:Action {document: d.file})-[:OWNED_BY]->(o:Owner) RETURN DISTINCT o } AS owners,
       COLLECT { MATCH (d)-[:HAS_WARNING]->(w:Warning) RETURN w ORDER BY w.line, w.ordinal } AS warnings

// A changed document replaces its old facts: everything it wrote goes, shared nodes (owners, vocabulary,
// inspections another document describes) stay. Returns the shared nodes it touched, so that the ones left
// without support can be removed afterwards (no scan of the whole graph).
OPTIONAL MATCH (d:Document {file: $file})-[:DESCRIBES]->(i:Inspection)
WITH collect(DISTINCT i.id) AS inspections
CALL () {
  OPTIONAL MATCH (:Action {document: $file})-[:OWNED_BY]->(o:Owner)
  RETURN collect(DISTINCT o.id) AS owners
}
CALL () {
  OPTIONAL MATCH (:Recommendation {document: $file})-[:REFERENCES]->(x:ExternalDocument)
  RETURN collect(DISTINCT x.id) AS externals
}
CALL () {
  MATCH (n:Action {document: $file}) DETACH DELETE n
}
CALL () {
  MATCH (n:Recommendation {document: $file})
  OPTIONAL MATCH (n)-[:HAS_PENDING]->(p:PendingReference)
  OPTIONAL MATCH (p)-[:RAISES]->(w:Warning)
  DETACH DELETE n, p, w
}
CALL () {
  MATCH (n:Revision {document: $file}) DETACH DELETE n
}
CALL () {
  MATCH (n:ActionPlan {document: $file}) DETACH DELETE n
}
CALL () {
  MATCH (n:Finding {document: $file}) DETACH DELETE n
}
CALL () {
  MATCH (n:Statistic {document: $file}) DETACH DELETE n
}
RETURN inspections, owners, externals

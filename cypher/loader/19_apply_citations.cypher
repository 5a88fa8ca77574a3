// What each citation now resolves to, replacing what it resolved to before: a recommendation of another
// inspection, the inspection as a whole (CITES), or, for a report outside the corpus, an ExternalDocument; and
// the warning it raises on its document (unresolved or ambiguous). Outside documents no longer cited go.
UNWIND $outcomes AS o
MATCH (from:Recommendation)-[:HAS_PENDING]->(p:PendingReference {id: o.pending})
CALL (p, from) {
  OPTIONAL MATCH (from)-[r {citation: p.id}]->(t)
  WITH collect(r) AS links, collect(CASE WHEN t:ExternalDocument THEN t END) AS released
  FOREACH (r IN links | DELETE r)
  RETURN released
}
CALL (p) {
  OPTIONAL MATCH (p)-[:RAISES]->(w:Warning)
  DETACH DELETE w
}
CALL (p, from, o) {
  MATCH (to:Recommendation {id: o.recommendation})
  MERGE (from)-[:REFERENCES {citation: p.id}]->(to)
}
CALL (p, from, o) {
  MATCH (i:Inspection {id: o.inspection}) WHERE o.recommendation IS NULL
  MERGE (from)-[:CITES {citation: p.id}]->(i)
}
CALL (p, from, o) {
  WITH o WHERE o.external IS NOT NULL
  MERGE (x:ExternalDocument {id: o.external.id}) ON CREATE SET x.title = o.external.title
  MERGE (from)-[r:REFERENCES {citation: p.id}]->(x)
  SET r.number = p.number
}
CALL (p, from, o) {
  WITH o WHERE o.warning IS NOT NULL
  MATCH (d:Document {file: from.document})
  CREATE (d)-[:HAS_WARNING]->(w:Warning {ordinal: 1000000, line: o.warning.line, kind: o.warning.kind, text: o.warning.text})
  CREATE (p)-[:RAISES]->(w)
}
CALL (released) {
  UNWIND released AS x
  WITH x WHERE NOT (x)<-[:REFERENCES]-()
  DETACH DELETE x
}
RETURN count(*) AS applied

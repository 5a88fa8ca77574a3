// Nodes no document supports any more: owners without actions, external documents nobody cites,
// inspections with neither a plan nor a summary.
CALL () {
  MATCH (o:Owner) WHERE NOT (o)<-[:OWNED_BY]-() DETACH DELETE o
}
CALL () {
  MATCH (x:ExternalDocument) WHERE NOT (x)<-[:REFERENCES]-() DETACH DELETE x
}
CALL () {
  MATCH (i:Inspection) WHERE NOT (i)<-[:RESPONDS_TO]-() AND NOT (i)-[:HAS_FINDING|HAS_STATISTIC]->() DETACH DELETE i
}
RETURN 1 AS done

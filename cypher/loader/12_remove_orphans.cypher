// Nodes no document supports any more, among those the replaced facts touched: owners without actions,
// external documents nobody cites, inspections with neither a plan nor a summary.
CALL () {
  UNWIND $owners AS id
  MATCH (o:Owner {id: id}) WHERE NOT (o)<-[:OWNED_BY]-()
  DETACH DELETE o
}
CALL () {
  UNWIND $externals AS id
  MATCH (x:ExternalDocument {id: id}) WHERE NOT (x)<-[:REFERENCES]-()
  DETACH DELETE x
}
CALL () {
  UNWIND $inspections AS id
  MATCH (i:Inspection {id: id}) WHERE NOT (i)<-[:RESPONDS_TO]-() AND NOT (i)-[:HAS_FINDING|HAS_STATISTIC]->()
  DETACH DELETE i
}
RETURN 1 AS done

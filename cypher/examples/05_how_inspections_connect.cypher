// What two inspections share: vocabulary entries named in both, and owners acting on both.
MATCH (i:Inspection {id: 'electronic-monitoring-2022'}), (j:Inspection {id: 'probation-recall-culture-practice-2020'})
CALL (i, j) {
  MATCH (i)-[:HAS_RECOMMENDATION]->()-[:HAS_ACTION*0..1]->()-[:MENTIONS]->(e:Entity)<-[:MENTIONS]-()<-[:HAS_ACTION*0..1]-()<-[:HAS_RECOMMENDATION]-(j)
  RETURN DISTINCT e.kind AS kind, e.name AS name
  UNION
  MATCH (i)-[:HAS_RECOMMENDATION]->()-[:HAS_ACTION]->()-[:OWNED_BY]->(o:Owner)<-[:OWNED_BY]-()<-[:HAS_ACTION]-()<-[:HAS_RECOMMENDATION]-(j)
  RETURN DISTINCT 'OWNER' AS kind, o.name AS name
}
RETURN kind, name ORDER BY kind, name;

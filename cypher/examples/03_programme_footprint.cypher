// Everything a programme touches: recommendations naming it, or whose actions name it or are owned by its roles.
MATCH (p:Programme) WHERE 'emexpansion' IN p.keys
CALL (p) {
  MATCH (r:Recommendation)-[:HAS_ACTION*0..1]->()-[:MENTIONS]->(p) RETURN r
  UNION
  MATCH (r:Recommendation)-[:HAS_ACTION]->()-[:OWNED_BY]->()-[:WORKS_IN]->(p) RETURN r
}
RETURN r.inspectionId AS inspection, r.number AS number, r.progress AS progress
ORDER BY inspection, number;

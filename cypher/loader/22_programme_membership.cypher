// Programme membership, the one rule every field and filter that asks it reads (as IN_PROGRAMME): an action
// belongs to a programme when its text names the programme or one of its owners works in it; a recommendation,
// when its text names the programme or one of its actions belongs to it. Derived per inspection after its
// plan order (13), so that a recommendation's membership also carries the programme's plan-order key: a page
// of a programme's recommendations comes out of that key's index in order.
UNWIND $inspectionIds AS inspectionId
MATCH (:Inspection {id: inspectionId})-[:HAS_RECOMMENDATION]->(r:Recommendation)
CALL (r) {
  MATCH (r)-[:HAS_ACTION]->(a:Action)
  CALL (a) {
    MATCH (a)-[:MENTIONS]->(p:Programme) RETURN p
    UNION
    MATCH (a)-[:OWNED_BY]->(:Owner)-[:WORKS_IN]->(p:Programme) RETURN p
  }
  MERGE (a)-[:IN_PROGRAMME]->(p)
}
CALL (r) {
  CALL (r) {
    MATCH (r)-[:MENTIONS]->(p:Programme) RETURN p
    UNION
    MATCH (r)-[:HAS_ACTION]->(:Action)-[:IN_PROGRAMME]->(p:Programme) RETURN p
  }
  MERGE (r)-[member:IN_PROGRAMME]->(p)
  SET member.programmePlanOrder = p.id + ' ' + r.planOrder
}
RETURN count(r) AS recommendations

// Actions: one commitment each, with owners (canonical roles, in the order the cell prints them), target and the
// revision it belongs to.
UNWIND $actions AS a
MATCH (r:Recommendation {id: a.recommendation})
MATCH (v:Revision {id: a.revision})
MERGE (n:Action {id: a.id})
SET n.text = a.text, n.targetText = a.targetText, n.dueOn = a.dueOn, n.status = a.status, n.revised = a.revised,
    n.position = a.position, n.revisionOrdinal = a.revisionOrdinal, n.document = $file, n.lines = a.lines, n.locations = a.locations,
    n.inspectionId = $inspectionId
SET n += a.timeline
MERGE (r)-[:HAS_ACTION]->(n)
MERGE (n)-[:IN_REVISION]->(v)
WITH n, a
CALL (n, a) {
  UNWIND range(0, size(a.owners) - 1) AS k
  WITH a.owners[k] AS o, k
  MERGE (owner:Owner {id: o.id})
  SET owner.name = o.name, owner.aliases = o.aliases, owner.keys = o.keys
  MERGE (n)-[owned:OWNED_BY]->(owner)
  SET owned.position = k
  WITH owner, o
  UNWIND o.programmes AS programmeId
  MATCH (p:Programme {id: programmeId})
  MERGE (owner)-[:WORKS_IN]->(p)
}
CALL (n, a) {
  UNWIND a.mentions AS entityId
  MATCH (e:Entity {id: entityId})
  MERGE (n)-[:MENTIONS]->(e)
}
RETURN count(n) AS actions

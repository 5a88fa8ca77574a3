// Recommendations with their addressees and sub-recommendations.
MATCH (i:Inspection {id: $inspectionId})
UNWIND $recommendations AS r
MERGE (n:Recommendation {id: r.id})
SET n.number = r.number, n.text = r.text, n.agreement = r.agreement, n.agreementPrinted = r.agreementPrinted, n.progress = r.progress,
    n.rationale = r.rationale, n.ordinal = r.ordinal, n.inspectionId = $inspectionId, n.topLevel = r.parent IS NULL,
    n.document = $file, n.lines = r.lines, n.locations = r.locations, n.similarStems = r.similarStems,
    n.similarWords = r.similarWords
MERGE (i)-[:HAS_RECOMMENDATION]->(n)
WITH n, r
CALL (n, r) {
  UNWIND r.addressees AS orgId
  MATCH (o:Organisation {id: orgId})
  MERGE (n)-[:ADDRESSED_TO]->(o)
}
CALL (n, r) {
  OPTIONAL MATCH (parent:Recommendation {id: r.parent})
  FOREACH (_ IN CASE WHEN parent IS NULL THEN [] ELSE [1] END | MERGE (parent)-[:HAS_PART]->(n))
}
CALL (n, r) {
  UNWIND r.pendingReferences AS pending
  CREATE (n)-[:HAS_PENDING]->(:PendingReference {id: pending.id, report: pending.report, words: pending.words,
    year: pending.year, number: pending.number, line: pending.line})
}
CALL (n, r) {
  UNWIND r.mentions AS entityId
  MATCH (e:Entity {id: entityId})
  MERGE (n)-[:MENTIONS]->(e)
}
RETURN count(n) AS recommendations

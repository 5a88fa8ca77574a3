// A plan document's actions as the graph holds them before a changed version replaces them, with the timeline
// entry each one is (its commitment chain, kind, date, label and the import that made it), to carry commitments
// from import to import; and the latest date of the old version's revisions.
CALL () {
  OPTIONAL MATCH (v:Revision {document: $file})
  RETURN max(v.date) AS latestRevision
}
MATCH (r:Recommendation {document: $file})-[:HAS_ACTION]->(a:Action)
OPTIONAL MATCH (a)-[:IN_REVISION]->(v:Revision)
RETURN r.number AS number, a.id AS id, coalesce(a.chain, a.id) AS chain,
       coalesce(a.entryKind, CASE WHEN coalesce(a.revisionOrdinal, 0) = 0 THEN 'ORIGINAL' ELSE 'REVISION' END) AS kind,
       coalesce(a.madeOn, v.date) AS madeOn, coalesce(a.entryLabel, v.label) AS label, latestRevision,
       a.text AS text, a.targetText AS targetText, a.dueOn AS dueOn, a.status AS status,
       coalesce(a.revisionOrdinal, 0) AS revision, coalesce(a.position, 0) AS position,
       coalesce(a.generation, 0) AS generation
ORDER BY r.ordinal, revision, position

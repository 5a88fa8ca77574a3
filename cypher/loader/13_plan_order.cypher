// The plan order of inspections' recommendations and actions (published date, newest first; inspection;
// recommendation; position) as one sortable string on each and, prefixed with the owner's id, on each
// OWNED_BY. Their range indexes hand a page (of one owner's actions) over in order, without sorting every match.
UNWIND $inspectionIds AS inspectionId
MATCH (i:Inspection {id: inspectionId})-[:HAS_RECOMMENDATION]->(r:Recommendation)
WITH i, r,
     CASE WHEN i.publishedOn IS NULL THEN '00000000'
          ELSE toString(99999999 - (i.publishedOn.year * 10000 + i.publishedOn.month * 100 + i.publishedOn.day)) END AS newestFirst
SET r.planOrder = newestFirst + ' ' + i.id + ' ' + right('00000' + toString(r.ordinal), 6)
WITH r
MATCH (r)-[:HAS_ACTION]->(a:Action)
SET a.planOrder = r.planOrder + ' ' + right('00000' + toString(a.position), 6)
WITH a
MATCH (a)-[owned:OWNED_BY]->(o:Owner)
SET owned.ownerPlanOrder = o.id + ' ' + a.planOrder
RETURN count(owned) AS ordered

// All actions owned by a role, with their recommendation and target, soonest first.
// Owner keys are the name in lower-case letters and digits only.
MATCH (o:Owner) WHERE 'regionalprobationdirectorwales' IN o.keys
MATCH (i:Inspection)-[:HAS_RECOMMENDATION]->(r:Recommendation)-[:HAS_ACTION]->(a:Action)-[:OWNED_BY]->(o)
RETURN i.id AS inspection, r.number AS recommendation, a.targetText AS target, a.dueOn AS due, a.status AS status
ORDER BY due, inspection, recommendation;

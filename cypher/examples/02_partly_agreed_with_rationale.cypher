// Recommendations not fully agreed, with the reason the plan gives.
MATCH (i:Inspection)-[:HAS_RECOMMENDATION]->(r:Recommendation)
WHERE r.agreement <> 'AGREED'
RETURN i.id AS inspection, r.number AS number, r.agreement AS agreement, r.rationale AS rationale
ORDER BY inspection, r.ordinal;

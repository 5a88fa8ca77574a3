// "recommendation 11 of the electronic monitoring inspection": link to that inspection's recommendation once
// both documents are loaded. Pending references are "phraseKey|number" strings on the citing recommendation.
MATCH (from:Recommendation)
WHERE size(coalesce(from.pendingReferences, [])) > 0
UNWIND from.pendingReferences AS pending
WITH from, split(pending, '|')[0] AS phrase, split(pending, '|')[1] AS number
MATCH (i:Inspection)-[:HAS_RECOMMENDATION]->(to:Recommendation {number: number})
WHERE i.id <> from.inspectionId AND any(k IN i.keys WHERE phrase CONTAINS k)
MERGE (from)-[:REFERENCES]->(to)
RETURN count(*) AS linked

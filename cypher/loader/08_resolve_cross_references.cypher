// "recommendation 11 of the electronic monitoring inspection": a pending reference is linked to that
// inspection's recommendation once both documents are loaded. Only pending references of this document, or
// ones naming this document's inspection, are looked at.
MATCH (from:Recommendation)-[:HAS_PENDING]->(p:PendingReference)
WHERE from.document = $file OR any(k IN $keys WHERE p.phrase CONTAINS k)
MATCH (i:Inspection) WHERE i.id <> from.inspectionId AND any(k IN i.keys WHERE p.phrase CONTAINS k)
MATCH (i)-[:HAS_RECOMMENDATION]->(to:Recommendation {number: p.number})
MERGE (from)-[:REFERENCES]->(to)
RETURN count(*) AS linked

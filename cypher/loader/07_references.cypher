// References between recommendations of one plan, and to documents outside the corpus.
UNWIND $references AS ref
MATCH (from:Recommendation {id: ref.from})
OPTIONAL MATCH (to:Recommendation {id: ref.to})
FOREACH (_ IN CASE WHEN to IS NULL THEN [] ELSE [1] END | MERGE (from)-[:REFERENCES]->(to))
FOREACH (x IN CASE WHEN ref.external IS NULL THEN [] ELSE [ref.external] END |
  MERGE (doc:ExternalDocument {id: x.id})
  SET doc.title = x.title
  MERGE (from)-[r:REFERENCES]->(doc)
  SET r.number = ref.number)
RETURN count(*) AS references

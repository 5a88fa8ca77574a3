// The reports a citation may name: other inspections sharing a distinctive word with it, or published in the
// year it names; with the recommendation it cites by number, when that report has one.
MATCH (i:Inspection)
WHERE i.id <> $inspection
  AND (any(w IN coalesce(i.citationWords, []) WHERE w IN $words) OR i.publishedOn.year = $year)
OPTIONAL MATCH (i)-[:HAS_RECOMMENDATION]->(r:Recommendation {number: $number})
RETURN i.id AS id, i.title AS title, coalesce(i.citationWords, []) AS words, i.publishedOn.year AS year,
       r.id AS recommendation
ORDER BY id

// For each recommendation of a plan: the recommendations of other inspections that ask for the same thing.
// Candidates come from the full-text index, asked with the recommendation's distinctive words (at most
// $candidates, so the work does not grow with the number of pairs); each is scored by the share of distinctive
// stems the two have in common (Dice: 2 x shared / (terms of one + terms of the other)), and those from
// $threshold up are kept, at most $keep per recommendation, with the words they share.
UNWIND $recommendations AS rec
MATCH (r:Recommendation {id: rec.id})
WHERE size(r.similarStems) > 0
CALL (r, rec) {
  CALL db.index.fulltext.queryNodes('recommendation_similar', rec.query, {limit: $candidates}) YIELD node AS o
  WITH r, o WHERE o.inspectionId <> r.inspectionId AND size(o.similarStems) > 0
  WITH r, o, [s IN r.similarStems WHERE s IN o.similarStems] AS shared
  WITH r, o, shared, 2.0 * size(shared) / (size(r.similarStems) + size(o.similarStems)) AS score
  WHERE score >= $threshold
  WITH r, o, shared, score ORDER BY score DESC, o.id LIMIT $keep
  MERGE (r)-[s:SIMILAR_TO]->(o)
  SET s.score = score,
      s.sharedTerms = [k IN range(0, size(r.similarStems) - 1) WHERE r.similarStems[k] IN shared | r.similarWords[k]]
  RETURN count(*) AS kept
}
RETURN sum(kept) AS pairs

CALL db.index.fulltext.queryNodes('search_text', $query, {limit: $limit}) YIELD node, score
WITH node, score ORDER BY score DESC
RETURN {
  score: score,
  node: CASE WHEN node:Recommendation THEN {
    __type: 'Recommendation',
    id: node.id,
    n: node.number
  } WHEN node:Action THEN {
    __type: 'Action',
    id: node.id,
    owners: COLLECT { MATCH (node)-[this1:OWNED_BY]->(this0:Owner)
      WITH this1, this0 ORDER BY coalesce(this1.position, 0) ASC, this0.name ASC
      WITH this0
      RETURN {
        name: this0.name
      }
    }
  } WHEN node:Finding THEN {
    __type: 'Finding',
    id: node.id,
    category: node.category
  } END
} AS result

MATCH (o:Owner) WHERE $p0 IN o.keys
WITH collect(o) AS owners
CALL (owners) {
CALL (owners) {
  UNWIND CASE WHEN size(owners) = 1 THEN owners ELSE [] END AS o
  RETURN COUNT { (o)<-[:OWNED_BY]-() } AS n
  UNION ALL
  UNWIND CASE WHEN size(owners) = 1 THEN [] ELSE owners END AS o
  MATCH (a:Action)-[:OWNED_BY]->(o)
  RETURN count(DISTINCT a) AS n
}
RETURN sum(n) AS total
}
CALL (owners) {
UNWIND owners AS o
CALL (o) {
  MATCH (a:Action)-[owned:OWNED_BY]->(:Owner)
  WHERE owned.ownerPlanOrder STARTS WITH o.id + ' ' AND true
  RETURN a ORDER BY owned.ownerPlanOrder LIMIT $skip + $limit
}
WITH DISTINCT a ORDER BY a.planOrder
  SKIP $skip LIMIT $limit
  RETURN collect(a) AS page
}
RETURN {
  edges: COLLECT {
    UNWIND range(0, (size(page) - 1)) AS this0 WITH this0, page[this0] AS this1 ORDER BY this0 ASC
    RETURN {
      node: {
        id: this1.id,
        owners: COLLECT {
          MATCH (this1)-[:OWNED_BY]->(this2:Owner)
          RETURN {
            id: this2.id
          }
        },
        o2: COLLECT {
          MATCH (this1)-[:OWNED_BY]->(this3:Owner)
          RETURN {
            id: this3.id,
            name: this3.name
          }
        }
      }
    }
  }
} AS result

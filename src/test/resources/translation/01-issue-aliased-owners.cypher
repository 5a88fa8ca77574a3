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
          MATCH (this1)-[this3:OWNED_BY]->(this2:Owner)
          WITH this3, this2 ORDER BY coalesce(this3.position, 0) ASC, this2.name ASC
          WITH this2
          RETURN {
            id: this2.id
          }
        },
        o2: COLLECT {
          MATCH (this1)-[this5:OWNED_BY]->(this4:Owner)
          WITH this5, this4 ORDER BY coalesce(this5.position, 0) ASC, this4.name ASC
          WITH this4
          RETURN {
            id: this4.id,
            name: this4.name
          }
        }
      }
    }
  }
} AS result

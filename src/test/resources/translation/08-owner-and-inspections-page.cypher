MATCH (n:Owner) WHERE $key IN n.keys WITH n LIMIT 1
RETURN {
  name: n.name,
  actionCount: COUNT { (n)<-[:OWNED_BY]-(:Action)
  },
  programmes: COLLECT { MATCH (n)-[:WORKS_IN]->(this0:Programme)
    WITH this0 ORDER BY this0.name ASC
    RETURN {
      name: this0.name
    }
  },
  recommendations: COLLECT {
    MATCH (n)<-[:OWNED_BY]-(:Action)<-[:HAS_ACTION]-(this1:Recommendation)
    WITH DISTINCT this1 ORDER BY this1.inspectionId ASC, this1.ordinal ASC
    RETURN {
      id: this1.id
    }
  }
} AS result
;
MATCH (n:Inspection) WITH n ORDER BY n.publishedOn DESC, n.id
SKIP $skip LIMIT $limit
RETURN {
  id: n.id
} AS result
;
CALL () {
  MATCH (n:Inspection)
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:Inspection) WITH n ORDER BY n.publishedOn DESC, n.id
  SKIP $skip LIMIT $limit
  RETURN collect(n) AS page
}
RETURN {
  totalCount: total,
  pageInfo: {
    hasNextPage: ($skip + size(page)) < total,
    endCursor: CASE WHEN size(page) = 0 THEN NULL ELSE (($skip + size(page)) - 1) END
  },
  edges: COLLECT {
    UNWIND range(0, (size(page) - 1)) AS this0 WITH this0, page[this0] AS this1 ORDER BY this0 ASC
    RETURN {
      cursor: ($skip + this0),
      node: {
        id: this1.id,
        actionPlan: COLLECT {
          MATCH (this1)<-[:RESPONDS_TO]-(this2:ActionPlan)
          RETURN {
            revisions: COLLECT {
              MATCH (this2)-[:HAS_REVISION]->(this3:Revision)
              WITH this3 ORDER BY this3.ordinal ASC
              RETURN {
                label: this3.label
              }
            }
          }
        }[0]
      }
    }
  }
} AS result

CALL () {
  MATCH (r:Recommendation) WHERE (r.inspectionId = $p0)
  RETURN count(r) AS total
}
CALL () {
  MATCH (r:Recommendation) WHERE r.planOrder IS NOT NULL AND (r.inspectionId = $p0)
WITH r ORDER BY r.planOrder
  SKIP $skip LIMIT $limit
  RETURN collect(r) AS page
}
RETURN {
  totalCount: total,
  pageInfo: {
    hasNextPage: ($skip + size(page)) < total,
    hasPreviousPage: $skip > 0,
    startCursor: CASE WHEN size(page) = 0 THEN NULL ELSE $skip END,
    endCursor: CASE WHEN size(page) = 0 THEN NULL ELSE (($skip + size(page)) - 1) END
  },
  p: {
    end: CASE WHEN size(page) = 0 THEN NULL ELSE (($skip + size(page)) - 1) END
  },
  edges: COLLECT {
    UNWIND range(0, (size(page) - 1)) AS this0 WITH this0, page[this0] AS this1 ORDER BY this0 ASC
    RETURN {
      cursor: ($skip + this0),
      node: {
        id: this1.id
      }
    }
  },
  e2: COLLECT {
    UNWIND range(0, (size(page) - 1)) AS this2
    WITH this2, page[this2] AS this3 ORDER BY this2 ASC
    RETURN {
      c: ($skip + this2),
      node: {
        number: this3.number,
        actions: COLLECT {
          MATCH (this3)-[:HAS_ACTION]->(this4:Action)
          WITH this4 ORDER BY this4.position ASC
          RETURN {
            id: this4.id
          }
        }
      }
    }
  }
} AS result

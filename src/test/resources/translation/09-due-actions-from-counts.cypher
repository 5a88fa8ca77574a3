CALL () {
  UNWIND $p0 AS s
  CALL (s) {
    MATCH (t:Tally) WHERE t.kind = 'dueDay' AND t.value = s AND t.on >= $p1 AND t.on <= $p2 RETURN t.n AS n
    UNION ALL
    MATCH (t:Tally) WHERE t.kind = 'dueMonth' AND t.value = s AND t.on >= $p3 AND t.on <= $p4 RETURN t.n AS n
    UNION ALL
    MATCH (t:Tally) WHERE t.kind = 'dueDay' AND t.value = s AND t.on >= $p5 AND t.on <= $p6 RETURN t.n AS n
  }
  RETURN sum(n) AS total
}
CALL (total) {
  WITH 2 * total >= COUNT { (:Action) } + $skip + $limit AS walk
  CALL (walk) {
    WITH CASE WHEN walk THEN '' END AS from
    MATCH (a:Action) USING INDEX a:Action(planOrder) WHERE a.planOrder >= from AND (a.status IN $p7 AND a.dueOn <= $p8)
    WITH a ORDER BY a.planOrder SKIP $skip LIMIT $limit
    RETURN a
    UNION ALL
    WITH CASE WHEN walk THEN [] ELSE $p9 END AS statuses
    MATCH (a:Action) USING INDEX a:Action(status, dueOn) WHERE a.planOrder IS NOT NULL AND a.status IN statuses AND a.dueOn <= $p10
    WITH a ORDER BY a.planOrder SKIP $skip LIMIT $limit
    RETURN a
  }
  RETURN collect(a) AS page
}
RETURN {
  totalCount: total,
  edges: COLLECT {
    UNWIND range(0, (size(page) - 1)) AS this0 WITH this0, page[this0] AS this1 ORDER BY this0 ASC
    RETURN {
      node: {
        id: this1.id,
        target: {
          dueOn: this1.dueOn,
          status: this1.status
        },
        recommendation: COLLECT {
          MATCH (this1)<-[:HAS_ACTION]-(this2:Recommendation)
          RETURN {
            id: this2.id
          }
        }[0]
      }
    }
  }
} AS result
;
CALL () {
  UNWIND $p0 AS s
  CALL (s) {
    MATCH (t:Tally) WHERE t.kind = 'dueDay' AND t.value = s AND t.on >= $p1 AND t.on <= $p2 RETURN t.n AS n
    UNION ALL
    MATCH (t:Tally) WHERE t.kind = 'dueMonth' AND t.value = s AND t.on >= $p3 AND t.on <= $p4 RETURN t.n AS n
    UNION ALL
    MATCH (t:Tally) WHERE t.kind = 'dueDay' AND t.value = s AND t.on >= $p5 AND t.on <= $p6 RETURN t.n AS n
  }
  RETURN sum(n) AS total
}
CALL (total) {
  WITH 2 * total >= COUNT { (:Action) } + $skip + $limit AS walk
  CALL (walk) {
    WITH CASE WHEN walk THEN '' END AS from
    MATCH (a:Action) USING INDEX a:Action(planOrder) WHERE a.planOrder >= from AND (a.dueOn <= $p7 AND a.dueOn >= $p8)
    WITH a ORDER BY a.planOrder SKIP $skip LIMIT $limit
    RETURN a
    UNION ALL
    WITH CASE WHEN walk THEN [] ELSE $p9 END AS statuses
    MATCH (a:Action) USING INDEX a:Action(status, dueOn) WHERE a.planOrder IS NOT NULL AND a.status IN statuses AND a.dueOn >= $p10 AND a.dueOn <= $p11
    WITH a ORDER BY a.planOrder SKIP $skip LIMIT $limit
    RETURN a
  }
  RETURN collect(a) AS page
}
RETURN {
  totalCount: total,
  edges: COLLECT {
    UNWIND range(0, (size(page) - 1)) AS this0 WITH this0, page[this0] AS this1 ORDER BY this0 ASC
    RETURN {
      node: {
        id: this1.id
      }
    }
  }
} AS result
;

RETURN {
  recommendationsByAgreement: [this0 IN [agreement IN ['AGREED', 'PARTLY_AGREED', 'NOT_AGREED'] |
  {agreement: agreement, count: coalesce(COLLECT { MATCH (t:Tally {key: 'agreement ' + agreement}) RETURN t.n }[0], 0)}] | {
    agreement: this0.agreement,
    count: this0.count
  }],
  actionsDueByMonth: [this1 IN COLLECT {
  MATCH (t:Tally) WHERE t.kind = 'dueMonth' AND t.value IS NOT NULL AND t.on IS NOT NULL
  WITH toString(t.on.year) + '-' + right('0' + toString(t.on.month), 2) AS month, sum(t.n) AS count
  ORDER BY month
  RETURN {month: month, count: count}
} | {
    month: this1.month,
    count: this1.count
  }]
} AS result


RETURN {
  actionsByStatus: [this0 IN [status IN ['COMPLETED', 'ONGOING', 'SCHEDULED', 'UNSPECIFIED'] |
  {status: status, count: coalesce(COLLECT { MATCH (t:Tally {key: 'status ' + status}) RETURN t.n }[0], 0)}] | {
    status: this0.status,
    count: this0.count
  }],
  topOwners: [this1 IN COLLECT {
  MATCH (o:Owner)
  WITH o, COUNT { (o)<-[:OWNED_BY]-() } AS actions WHERE actions > 0
  ORDER BY actions DESC, o.name
  LIMIT $f0
  RETURN {owner: o, actionCount: actions}
} | {
    owner: COLLECT { MATCH (this2:Owner {
        id: this1.owner.id
      })
      RETURN {
        name: this2.name
      }
    }[0],
    actionCount: this1.actionCount
  }],
  t1: [this3 IN COLLECT {
  MATCH (o:Owner)
  WITH o, COUNT { (o)<-[:OWNED_BY]-() } AS actions WHERE actions > 0
  ORDER BY actions DESC, o.name
  LIMIT $f1
  RETURN {owner: o, actionCount: actions}
} | {
    actionCount: this3.actionCount
  }],
  overdue: COUNT { MATCH (a:Action) WHERE a.status = 'SCHEDULED' AND a.dueOn < $f2 },
  byInspection: [this4 IN COLLECT {
  MATCH (i:Inspection)
  WITH i ORDER BY i.publishedOn DESC, i.id
  RETURN {inspection: i,
          recommendations: COUNT { (i)-[:HAS_RECOMMENDATION]->() },
          actions: COUNT { (i)-[:HAS_RECOMMENDATION]->()-[:HAS_ACTION]->() }}
} | {
    inspection: COLLECT {
      MATCH (this5:Inspection {
        id: this4.inspection.id
      })
      RETURN {
        id: this5.id
      }
    }[0],
    actions: this4.actions
  }]
} AS result
;
MATCH (n:Programme) WHERE $key IN n.keys WITH n LIMIT 1
RETURN {
  recommendations: COLLECT { MATCH (this0:Recommendation)-[:IN_PROGRAMME]->(n)
    WITH this0 ORDER BY this0.planOrder ASC
    RETURN {
      id: this0.id,
      programmes: COLLECT {
        MATCH (this0)-[:IN_PROGRAMME]->(this1:Programme)
        WITH this1 ORDER BY this1.name ASC
        RETURN {
          name: this1.name
        }
      }
    }
  },
  actionCount: size(COLLECT {
    MATCH (this2:Action)-[:IN_PROGRAMME]->(n)
    RETURN this2
  }),
  owners: COLLECT {
    WITH n
    CALL (n) {
      MATCH (this3:Owner)-[:WORKS_IN]->(n)
      RETURN this3 UNION
      MATCH (this3:Owner)<-[:OWNED_BY]-(:Action)-[:MENTIONS]->(n)
      RETURN this3
    }
    WITH DISTINCT this3 ORDER BY this3.name ASC
    RETURN {
      name: this3.name
    }
  },
  inspections: COLLECT {
    WITH n
    CALL (n) {
      MATCH (this5:Recommendation)-[:IN_PROGRAMME]->(n)
      RETURN this5
    }
    MATCH (this4:Inspection)-[:HAS_RECOMMENDATION]->(this5)
    WITH DISTINCT this4 ORDER BY this4.publishedOn DESC, this4.id ASC
    RETURN {
      id: this4.id
    }
  }
} AS result

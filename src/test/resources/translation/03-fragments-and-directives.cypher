MATCH (n:Recommendation {inspectionId: $inspection, number: $number})
RETURN {
  id: n.id,
  number: n.number,
  inspection: COLLECT { MATCH (this0:Inspection {
      id: n.inspectionId
    })
    RETURN {
      id: this0.id
    }
  }[0],
  actions: COLLECT {
    MATCH (n)-[:HAS_ACTION]->(this1:Action) WHERE this1.revisionOrdinal = reduce(latest = 0, o IN COLLECT {
      MATCH (n)-[:HAS_ACTION]->(this2:Action)
      RETURN this2.revisionOrdinal
    } | CASE WHEN o > latest THEN o ELSE latest END)
    WITH this1 ORDER BY this1.position ASC
    RETURN {
      id: this1.id
    }
  },
  agreement: n.agreement,
  parent: COLLECT {
    MATCH (n)<-[:HAS_PART]-(this3:Recommendation)
    RETURN {
      id: this3.id,
      number: this3.number,
      inspection: COLLECT {
        MATCH (this4:Inspection {
          id: this3.inspectionId
        })
        RETURN {
          id: this4.id
        }
      }[0],
      text: this3.text
    }
  }[0]
} AS result

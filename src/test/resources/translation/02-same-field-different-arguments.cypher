MATCH (n:Inspection {id: $id})
RETURN {
  all: COLLECT { MATCH (n)-[:HAS_RECOMMENDATION]->(this0:Recommendation)
    WITH this0 ORDER BY this0.ordinal ASC
    RETURN {
      number: this0.number
    }
  },
  top: COLLECT {
    MATCH (n)-[:HAS_RECOMMENDATION]->(this1:Recommendation) WHERE this1.topLevel = true
    WITH this1 ORDER BY this1.ordinal ASC
    RETURN {
      number: this1.number,
      agreement: this1.agreement
    }
  },
  r4: COLLECT {
    MATCH (n)-[:HAS_RECOMMENDATION]->(this2:Recommendation)
    WITH this2 ORDER BY this2.ordinal ASC
    RETURN {
      number: this2.number,
      children: COLLECT {
        MATCH (this2)-[:HAS_PART]->(this3:Recommendation)
        WITH this3 ORDER BY this3.ordinal ASC
        RETURN {
          number: this3.number
        }
      }
    }
  },
  recommendations: COLLECT {
    MATCH (n)-[:HAS_RECOMMENDATION]->(this4:Recommendation) WHERE this4.topLevel = true
    WITH this4 ORDER BY this4.ordinal ASC
    RETURN {
      id: this4.id
    }
  }
} AS result

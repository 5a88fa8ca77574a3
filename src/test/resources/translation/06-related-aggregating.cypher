MATCH (n:Inspection {id: $id})
WITH *
CALL (n) {
  RETURN COLLECT {
    WITH n
    CALL (*) {  WITH n AS related_i
  CALL (related_i) {
    CALL (related_i) {
      MATCH (related_i)-[v:INVOLVES]->(x)
      WITH x, CASE v.kind WHEN 'REFERENCE' THEN 5.0 WHEN 'REPEATS' THEN 4.0 WHEN 'PROGRAMME' THEN 3.0 WHEN 'OWNER' THEN 2.0 WHEN 'POLICY' THEN 2.0 WHEN 'SYSTEM' THEN 2.0 ELSE 1.0 END AS weight
      MATCH (x)<-[:INVOLVES]-(j:Inspection)
      WHERE j <> related_i
      RETURN j, weight
      UNION ALL
      MATCH (related_i)-[:HAS_RECOMMENDATION]->(a:Recommendation)-[:REFERENCES]-(b:Recommendation)<-[:HAS_RECOMMENDATION]-(j:Inspection)
      WHERE j <> related_i
      WITH DISTINCT j, a, b
      RETURN j, 5.0 AS weight
      UNION ALL
      MATCH (related_i)-[:HAS_RECOMMENDATION]->(a:Recommendation)-[:SIMILAR_TO]-(b:Recommendation)<-[:HAS_RECOMMENDATION]-(j:Inspection)
      WHERE j <> related_i
      WITH DISTINCT j, a, b
      RETURN j, 4.0 AS weight
    }
    RETURN j, sum(weight) AS score
    ORDER BY score DESC, j.id
    LIMIT $f0
  }
  CALL (related_i, j) {
    CALL (related_i, j) {
      MATCH (related_i)-[v:INVOLVES]->(x)<-[:INVOLVES]-(j)
      RETURN v.kind AS kind, x.name AS name
      UNION
      MATCH (related_i)-[:HAS_RECOMMENDATION]->(a:Recommendation)-[:REFERENCES]-(b:Recommendation)<-[:HAS_RECOMMENDATION]-(j)
      RETURN 'REFERENCE' AS kind, a.id + ' -> ' + b.id AS name
      UNION
      MATCH (related_i)-[:HAS_RECOMMENDATION]->(a:Recommendation)-[:SIMILAR_TO]-(b:Recommendation)<-[:HAS_RECOMMENDATION]-(j)
      RETURN 'REPEATS' AS kind, a.id + ' ~ ' + b.id AS name
    }
    WITH kind, name, CASE kind WHEN 'REFERENCE' THEN 5.0 WHEN 'REPEATS' THEN 4.0 WHEN 'PROGRAMME' THEN 3.0 WHEN 'OWNER' THEN 2.0 WHEN 'POLICY' THEN 2.0 WHEN 'SYSTEM' THEN 2.0 ELSE 1.0 END AS weight
    ORDER BY weight DESC, name
    RETURN collect({kind: kind, name: name}) AS reasons
  }
  WITH j, score, reasons ORDER BY score DESC, j.id
  RETURN j, score, reasons

    }
    WITH {inspection: j, score: score, reasons: reasons} AS this0
    CALL (this0) {
      RETURN COLLECT {
        MATCH (this1:Inspection {
          id: this0.inspection.id
        })
        CALL (this1) {
          RETURN COLLECT {
            WITH this1
            CALL (*) {  WITH this1 AS related_i
  CALL (related_i) {
    CALL (related_i) {
      MATCH (related_i)-[v:INVOLVES]->(x)
      WITH x, CASE v.kind WHEN 'REFERENCE' THEN 5.0 WHEN 'REPEATS' THEN 4.0 WHEN 'PROGRAMME' THEN 3.0 WHEN 'OWNER' THEN 2.0 WHEN 'POLICY' THEN 2.0 WHEN 'SYSTEM' THEN 2.0 ELSE 1.0 END AS weight
      MATCH (x)<-[:INVOLVES]-(j:Inspection)
      WHERE j <> related_i
      RETURN j, weight
      UNION ALL
      MATCH (related_i)-[:HAS_RECOMMENDATION]->(a:Recommendation)-[:REFERENCES]-(b:Recommendation)<-[:HAS_RECOMMENDATION]-(j:Inspection)
      WHERE j <> related_i
      WITH DISTINCT j, a, b
      RETURN j, 5.0 AS weight
      UNION ALL
      MATCH (related_i)-[:HAS_RECOMMENDATION]->(a:Recommendation)-[:SIMILAR_TO]-(b:Recommendation)<-[:HAS_RECOMMENDATION]-(j:Inspection)
      WHERE j <> related_i
      WITH DISTINCT j, a, b
      RETURN j, 4.0 AS weight
    }
    RETURN j, sum(weight) AS score
    ORDER BY score DESC, j.id
    LIMIT $f1
  }
  CALL (related_i, j) {
    CALL (related_i, j) {
      MATCH (related_i)-[v:INVOLVES]->(x)<-[:INVOLVES]-(j)
      RETURN v.kind AS kind, x.name AS name
      UNION
      MATCH (related_i)-[:HAS_RECOMMENDATION]->(a:Recommendation)-[:REFERENCES]-(b:Recommendation)<-[:HAS_RECOMMENDATION]-(j)
      RETURN 'REFERENCE' AS kind, a.id + ' -> ' + b.id AS name
      UNION
      MATCH (related_i)-[:HAS_RECOMMENDATION]->(a:Recommendation)-[:SIMILAR_TO]-(b:Recommendation)<-[:HAS_RECOMMENDATION]-(j)
      RETURN 'REPEATS' AS kind, a.id + ' ~ ' + b.id AS name
    }
    WITH kind, name, CASE kind WHEN 'REFERENCE' THEN 5.0 WHEN 'REPEATS' THEN 4.0 WHEN 'PROGRAMME' THEN 3.0 WHEN 'OWNER' THEN 2.0 WHEN 'POLICY' THEN 2.0 WHEN 'SYSTEM' THEN 2.0 ELSE 1.0 END AS weight
    ORDER BY weight DESC, name
    RETURN collect({kind: kind, name: name}) AS reasons
  }
  WITH j, score, reasons ORDER BY score DESC, j.id
  RETURN j, score, reasons

            }
            WITH {inspection: j, score: score, reasons: reasons} AS this2
            RETURN {
              inspection: COLLECT {
                MATCH (this3:Inspection {
                  id: this2.inspection.id
                })
                RETURN {
                  id: this3.id
                }
              }[0],
              reasons: [this4 IN this2.reasons | {
                kind: this4.kind
              }]
            }
          } AS this5
        }
        RETURN {
          id: this1.id,
          related: this5
        }
      } AS this6
    }
    RETURN {
      score: this0.score,
      inspection: this6[0]
    }
  } AS this7
}
CALL (n) {
  RETURN COLLECT {
    WITH n
    CALL (*) {  WITH n AS related_i
  CALL (related_i) {
    CALL (related_i) {
      MATCH (related_i)-[v:INVOLVES]->(x)
      WITH x, CASE v.kind WHEN 'REFERENCE' THEN 5.0 WHEN 'REPEATS' THEN 4.0 WHEN 'PROGRAMME' THEN 3.0 WHEN 'OWNER' THEN 2.0 WHEN 'POLICY' THEN 2.0 WHEN 'SYSTEM' THEN 2.0 ELSE 1.0 END AS weight
      MATCH (x)<-[:INVOLVES]-(j:Inspection)
      WHERE j <> related_i
      RETURN j, weight
      UNION ALL
      MATCH (related_i)-[:HAS_RECOMMENDATION]->(a:Recommendation)-[:REFERENCES]-(b:Recommendation)<-[:HAS_RECOMMENDATION]-(j:Inspection)
      WHERE j <> related_i
      WITH DISTINCT j, a, b
      RETURN j, 5.0 AS weight
      UNION ALL
      MATCH (related_i)-[:HAS_RECOMMENDATION]->(a:Recommendation)-[:SIMILAR_TO]-(b:Recommendation)<-[:HAS_RECOMMENDATION]-(j:Inspection)
      WHERE j <> related_i
      WITH DISTINCT j, a, b
      RETURN j, 4.0 AS weight
    }
    RETURN j, sum(weight) AS score
    ORDER BY score DESC, j.id
    LIMIT $f2
  }
  CALL (related_i, j) {
    CALL (related_i, j) {
      MATCH (related_i)-[v:INVOLVES]->(x)<-[:INVOLVES]-(j)
      RETURN v.kind AS kind, x.name AS name
      UNION
      MATCH (related_i)-[:HAS_RECOMMENDATION]->(a:Recommendation)-[:REFERENCES]-(b:Recommendation)<-[:HAS_RECOMMENDATION]-(j)
      RETURN 'REFERENCE' AS kind, a.id + ' -> ' + b.id AS name
      UNION
      MATCH (related_i)-[:HAS_RECOMMENDATION]->(a:Recommendation)-[:SIMILAR_TO]-(b:Recommendation)<-[:HAS_RECOMMENDATION]-(j)
      RETURN 'REPEATS' AS kind, a.id + ' ~ ' + b.id AS name
    }
    WITH kind, name, CASE kind WHEN 'REFERENCE' THEN 5.0 WHEN 'REPEATS' THEN 4.0 WHEN 'PROGRAMME' THEN 3.0 WHEN 'OWNER' THEN 2.0 WHEN 'POLICY' THEN 2.0 WHEN 'SYSTEM' THEN 2.0 ELSE 1.0 END AS weight
    ORDER BY weight DESC, name
    RETURN collect({kind: kind, name: name}) AS reasons
  }
  WITH j, score, reasons ORDER BY score DESC, j.id
  RETURN j, score, reasons

    }
    WITH {inspection: j, score: score, reasons: reasons} AS this8
    RETURN {
      s: this8.score
    }
  } AS this9
}
RETURN {
  id: n.id,
  related: this7,
  r1: this9
} AS result

// An inspection summary's key findings and statistics, attached to the inspection its title names.
MATCH (i:Inspection {id: $inspectionId})
CALL (i) {
  UNWIND $findings AS f
  MERGE (n:Finding {id: f.id})
  SET n.text = f.text, n.category = f.category, n.ordinal = f.ordinal, n.document = $file, n.lines = [f.line],
      n.inspectionId = i.id
  MERGE (i)-[:HAS_FINDING]->(n)
  WITH n, f
  UNWIND f.mentions AS entityId
  MATCH (e:Entity {id: entityId})
  MERGE (n)-[:MENTIONS]->(e)
}
CALL (i) {
  UNWIND $statistics AS s
  MERGE (n:Statistic {id: s.id})
  SET n.label = s.label, n.value = s.value, n.unit = s.unit, n.ordinal = s.ordinal, n.document = $file,
      n.lines = [s.line]
  MERGE (i)-[:HAS_STATISTIC]->(n)
}
RETURN i.id AS inspection

// The document as imported: file, content hash, its text (for reading a source line in context), the version
// of the reading rules, what it described, and its warnings as nodes (the ones a reference raises are kept:
// the reference resolution step owns them).
MERGE (d:Document {file: $file})
SET d.sha256 = $sha256, d.kind = $kind, d.importedAt = datetime(), d.lines = $lines, d.locations = $locations, d.reader = $reader
REMOVE d.warnings
WITH d
CALL (d) {
  OPTIONAL MATCH (d)-[:HAS_WARNING]->(w:Warning) WHERE NOT (w)<-[:RAISES]-()
  DETACH DELETE w
}
CALL (d) {
  UNWIND $warnings AS x
  CREATE (d)-[:HAS_WARNING]->(:Warning {ordinal: x.ordinal, line: x.line, kind: x.kind, text: x.text})
}
WITH d
MATCH (i:Inspection {id: $inspectionId})
MERGE (d)-[:DESCRIBES]->(i)
RETURN d.file AS file

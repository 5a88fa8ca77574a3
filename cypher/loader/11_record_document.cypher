// The document as imported: file, content hash, its text (for reading a source line in context), what it
// described.
MERGE (d:Document {file: $file})
SET d.sha256 = $sha256, d.kind = $kind, d.importedAt = datetime(), d.warnings = $warnings, d.lines = $lines
WITH d
MATCH (i:Inspection {id: $inspectionId})
MERGE (d)-[:DESCRIBES]->(i)
RETURN d.file AS file

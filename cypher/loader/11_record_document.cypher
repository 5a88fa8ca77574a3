// The document as imported: file, content hash, what it described.
MERGE (d:Document {file: $file})
SET d.sha256 = $sha256, d.kind = $kind, d.importedAt = datetime(), d.warnings = $warnings
WITH d
MATCH (i:Inspection {id: $inspectionId})
MERGE (d)-[:DESCRIBES]->(i)
RETURN d.file AS file

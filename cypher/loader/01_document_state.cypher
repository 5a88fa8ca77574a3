// The stored content hash of a document, to skip unchanged re-imports. A document stored without its text
// (by a version before the text was kept) counts as changed, so it is imported once more.
OPTIONAL MATCH (d:Document {file: $file})
RETURN CASE WHEN d.lines IS NULL THEN null ELSE d.sha256 END AS sha256, d.sha256 AS previous

// The stored content hash of a document, to skip unchanged re-imports.
OPTIONAL MATCH (d:Document {file: $file})
RETURN d.sha256 AS sha256

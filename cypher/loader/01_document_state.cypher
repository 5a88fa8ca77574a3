// The stored content hash of a document, to skip unchanged re-imports. A document stored without its text,
// or read by an older version of the reading rules ($reader), counts as changed, so it is imported once more.
OPTIONAL MATCH (d:Document {file: $file})
RETURN CASE WHEN d.lines IS NULL OR coalesce(d.reader, 1) < $reader THEN null ELSE d.sha256 END AS sha256,
       d.sha256 AS previous

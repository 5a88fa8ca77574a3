// Citations of reports to (re)resolve after a document is loaded: its own, and every other document's whose
// distinctive words meet those of the inspection just loaded (a report cited before it was imported, or one
// whose recommendations were just replaced).
MATCH (from:Recommendation)-[:HAS_PENDING]->(p:PendingReference)
WHERE from.document = $file OR any(w IN p.words WHERE w IN $words)
RETURN p.id AS id, p.report AS report, p.words AS words, p.year AS year, p.number AS number, p.line AS line,
       from.inspectionId AS inspection, from.document AS document
ORDER BY id

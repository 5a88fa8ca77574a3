// What changed when a document replaced its earlier version: one change set, linked from the document, with
// one node per change in order.
MATCH (d:Document {file: $file})
CREATE (c:ChangeSet {id: $id, document: $file, at: datetime(), fromSha256: $from, toSha256: $to})
CREATE (d)-[:HAS_CHANGES]->(c)
WITH c
UNWIND $changes AS change
CREATE (c)-[:HAS_CHANGE]->(:Change {ordinal: change.ordinal, kind: change.kind, recommendation: change.recommendation,
                                    action: change.action, field: change.field, old: change.old, new: change.new})
RETURN count(*) AS changes

// The counts that stats and filtered totals read, so that no request counts every recommendation or action:
// recommendations by agreement and by programme (their IN_PROGRAMME, derived before), actions by status, and
// actions with a due date by status and month and by status and day. A document adds its share ($sign 1) once its facts are written and takes it away ($sign -1)
// before they are deleted, in the same transaction; a count that reaches zero goes. Locks are taken in key
// order, so two imports never wait on each other in a circle.
CALL () {
  MATCH (r:Recommendation) WHERE r.document IN $files AND r.agreement IS NOT NULL
  RETURN 'agreement' AS kind, r.agreement AS value, null AS on, count(*) AS n
  UNION ALL
  MATCH (r:Recommendation)-[:IN_PROGRAMME]->(p:Programme) WHERE r.document IN $files
  RETURN 'programme' AS kind, p.id AS value, null AS on, count(*) AS n
  UNION ALL
  MATCH (a:Action) WHERE a.document IN $files AND a.status IS NOT NULL
  RETURN 'status' AS kind, a.status AS value, null AS on, count(*) AS n
  UNION ALL
  MATCH (a:Action) WHERE a.document IN $files AND a.status IS NOT NULL AND a.dueOn IS NOT NULL
  RETURN 'dueMonth' AS kind, a.status AS value, date.truncate('month', a.dueOn) AS on, count(*) AS n
  UNION ALL
  MATCH (a:Action) WHERE a.document IN $files AND a.status IS NOT NULL AND a.dueOn IS NOT NULL
  RETURN 'dueDay' AS kind, a.status AS value, a.dueOn AS on, count(*) AS n
}
WITH kind, value, on, n, kind + ' ' + value + coalesce(' ' + toString(on), '') AS key
ORDER BY key
MERGE (t:Tally {key: key})
  ON CREATE SET t.kind = kind, t.value = value, t.on = on, t.n = 0
SET t.n = t.n + $sign * n
WITH t, t.n = 0 AS empty
CALL (t, empty) {
  WITH t WHERE empty
  DELETE t
}
RETURN count(*) AS counts

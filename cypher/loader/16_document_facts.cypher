// What a plan document says, as the graph holds it: each recommendation with its agreement and its actions
// (text, owners, target, due date, status). Read before and after a changed document replaces its facts, to
// record what changed.
MATCH (r:Recommendation {document: $file})
RETURN r.number AS number, r.agreement AS agreement,
       [(r)-[:HAS_ACTION]->(a:Action) |
         {text: a.text, position: a.position, owners: [(a)-[:OWNED_BY]->(o:Owner) | o.name],
          target: a.targetText, dueOn: toString(a.dueOn), status: a.status}] AS actions
ORDER BY r.ordinal

// Actions still scheduled whose due date had passed on a given day, by owner.
MATCH (a:Action)-[:OWNED_BY]->(o:Owner)
WHERE a.status = 'SCHEDULED' AND a.dueOn < date('2022-06-30')
RETURN o.name AS owner, count(a) AS overdue, collect(a.id)[..5] AS examples
ORDER BY overdue DESC;

// The curated vocabulary: one :Entity node per programme, policy, system, organisation or topic.
UNWIND $entries AS e
MERGE (n:Entity {id: e.id})
SET n.name = e.name, n.kind = e.kind, n.aliases = e.aliases, n.keys = e.keys
FOREACH (_ IN CASE WHEN e.kind = 'PROGRAMME' THEN [1] ELSE [] END | SET n:Programme)
FOREACH (_ IN CASE WHEN e.kind = 'POLICY' THEN [1] ELSE [] END | SET n:Policy)
FOREACH (_ IN CASE WHEN e.kind = 'SYSTEM' THEN [1] ELSE [] END | SET n:System)
FOREACH (_ IN CASE WHEN e.kind = 'ORGANISATION' THEN [1] ELSE [] END | SET n:Organisation)
FOREACH (_ IN CASE WHEN e.kind = 'TOPIC' THEN [1] ELSE [] END | SET n:Topic)
RETURN count(n) AS entities

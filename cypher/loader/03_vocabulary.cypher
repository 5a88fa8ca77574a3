// The curated vocabulary: one :Entity node per programme, policy, system, organisation or topic.
UNWIND $entries AS e
MERGE (n:Entity {id: e.id})
SET n.name = e.name, n.kind = e.kind, n.aliases = e.aliases, n.keys = e.keys
FOREACH (_ IN CASE WHEN e.kind = 'PROGRAMME' THEN [1] ELSE [] END | SET n:Programme)
FOREACH (_ IN CASE WHEN e.kind = 'POLICY' THEN [1] ELSE [] END | SET n:Policy)
FOREACH (_ IN CASE WHEN e.kind = 'SYSTEM' THEN [1] ELSE [] END | SET n:System)
FOREACH (_ IN CASE WHEN e.kind = 'ORGANISATION' THEN [1] ELSE [] END | SET n:Organisation)
FOREACH (_ IN CASE WHEN e.kind = 'TOPIC' THEN [1] ELSE [] END | SET n:Topic)
WITH count(n) AS entities
// which vocabulary the graph holds (the importer writes it again only when it changed); the graph's version is
// raised before this statement, in the same transaction
MATCH (g:GraphVersion {id: 'graph'})
SET g.vocabulary = $sha256
RETURN entities

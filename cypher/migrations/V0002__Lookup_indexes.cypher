// Lookups the API filters on: owner and entity keys (name or alias, normalised), due dates, statuses, numbers.
CREATE INDEX owner_keys IF NOT EXISTS FOR (n:Owner) ON (n.keys);
CREATE INDEX entity_keys IF NOT EXISTS FOR (n:Entity) ON (n.keys);
CREATE INDEX action_due_on IF NOT EXISTS FOR (n:Action) ON (n.dueOn);
CREATE INDEX action_status IF NOT EXISTS FOR (n:Action) ON (n.status);
CREATE INDEX recommendation_agreement IF NOT EXISTS FOR (n:Recommendation) ON (n.agreement);
CREATE INDEX recommendation_number IF NOT EXISTS FOR (n:Recommendation) ON (n.inspectionId, n.number);
CREATE INDEX node_document IF NOT EXISTS FOR (n:Recommendation) ON (n.document);

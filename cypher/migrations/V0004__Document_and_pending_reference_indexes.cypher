// Index lookups for the importer (replace one document's facts without scanning the graph) and for the
// API's anchors (actions of an inspection, pending cross-report references).
CREATE INDEX action_document IF NOT EXISTS FOR (n:Action) ON (n.document);
CREATE INDEX revision_document IF NOT EXISTS FOR (n:Revision) ON (n.document);
CREATE INDEX action_plan_document IF NOT EXISTS FOR (n:ActionPlan) ON (n.document);
CREATE INDEX finding_document IF NOT EXISTS FOR (n:Finding) ON (n.document);
CREATE INDEX statistic_document IF NOT EXISTS FOR (n:Statistic) ON (n.document);
CREATE INDEX action_inspection IF NOT EXISTS FOR (n:Action) ON (n.inspectionId);
CREATE INDEX recommendation_inspection IF NOT EXISTS FOR (n:Recommendation) ON (n.inspectionId);
CREATE INDEX pending_reference_phrase IF NOT EXISTS FOR (n:PendingReference) ON (n.phrase);

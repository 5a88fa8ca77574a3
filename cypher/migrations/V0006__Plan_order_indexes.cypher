// Pages of actions come out of these indexes already in order (see cypher/loader/13_plan_order.cypher):
// measured at 10,000 plans, sorting every action of a busy owner to show 50 took seconds.
CREATE INDEX action_plan_order IF NOT EXISTS FOR (n:Action) ON (n.planOrder);
CREATE INDEX owned_by_plan_order IF NOT EXISTS FOR ()-[r:OWNED_BY]-() ON (r.ownerPlanOrder);
// Due actions by status: one seek gives exactly the matches to count.
CREATE INDEX action_status_due_on IF NOT EXISTS FOR (n:Action) ON (n.status, n.dueOn);

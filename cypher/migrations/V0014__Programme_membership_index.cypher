// A programme's recommendations in plan order, by their membership's key (cypher/loader/22_programme_membership.cypher).
CREATE INDEX in_programme_plan_order IF NOT EXISTS FOR ()-[r:IN_PROGRAMME]-() ON (r.programmePlanOrder);

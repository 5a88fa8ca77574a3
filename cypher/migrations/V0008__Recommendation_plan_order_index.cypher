// Pages of recommendations in plan order come out of this index (see cypher/loader/13_plan_order.cypher).
CREATE INDEX recommendation_plan_order IF NOT EXISTS FOR (n:Recommendation) ON (n.planOrder);

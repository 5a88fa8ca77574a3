package uk.gov.inspectiongraph.action;

import uk.gov.inspectiongraph.query.Page;

/**
 * The Cypher of {@code Query.actions}: an anchor binding {@code total} and {@code page} (this page's actions in
 * order). The default order (plan order) comes out of the {@code planOrder} range indexes,
 * so a page costs the same however many actions match: an owner's page is read from the OWNED_BY index by the
 * owner's id prefix, and its total from the owner's degree when nothing else filters.
 */
final class ActionQueries {

	private ActionQueries() {
	}

	/** Actions matching {@code condition} (on {@code a}), in {@code orderBy}. */
	static String all(String condition, String orderBy) {
		return Page.query("MATCH (a:Action) WHERE " + condition, ordered(condition, orderBy), "a");
	}

	/** Actions matching {@code condition}, in {@code orderBy} (plan order from the index). */
	private static String ordered(String condition, String orderBy) {
		return switch (orderBy) {
			case "INSPECTION_DATE_ASC" -> """
					MATCH (i:Inspection)-[:HAS_RECOMMENDATION]->(r:Recommendation)-[:HAS_ACTION]->(a:Action) WHERE %s
					WITH a ORDER BY %s""".formatted(condition, sort(orderBy));
			case "DUE_ON_ASC", "DUE_ON_DESC" -> "MATCH (a:Action) WHERE " + condition + "\nWITH a ORDER BY " + sort(orderBy);
			default -> "MATCH (a:Action) WHERE a.planOrder IS NOT NULL AND " + condition + "\nWITH a ORDER BY a.planOrder";
		};
	}

	/**
	 * Actions matching {@code condition} (on {@code a}), which says only statuses (the list {@code statuses})
	 * and, when {@code dated}, due dates, as {@code due} also says them with its statuses those of the variable
	 * {@code statuses}; in {@code orderBy}; their total {@code tallyTotal} (a
	 * subquery binding {@code total} from the kept counts, {@link uk.gov.inspectiongraph.graph.Tallies}). In plan
	 * order, a page of many matches is read from the plan-order index, stopping at the page's end; when the
	 * matches are fewer than half of the actions, that walk could pass over more actions than there are matches,
	 * so the matches are read from the status index and sorted instead. Which one runs is decided in the query,
	 * from the total: each reads its index from a bound that is empty unless it is chosen (a plain filter on the
	 * choice would be applied after the index was read).
	 */
	static String tallied(String condition, String orderBy, String tallyTotal, String statuses, String due,
			boolean dated) {
		if (!orderBy.equals("PLAN_ORDER")) {
			return Page.withTotal(tallyTotal, ordered(condition, orderBy), "a");
		}
		return """
				CALL () {
				%1$s
				}
				CALL (total) {
				  WITH 2 * total >= COUNT { (:Action) } + $skip + $limit AS walk
				  CALL (walk) {
				    WITH CASE WHEN walk THEN '' END AS from
				    MATCH (a:Action) USING INDEX a:Action(planOrder) WHERE a.planOrder >= from AND %2$s
				    WITH a ORDER BY a.planOrder SKIP $skip LIMIT $limit
				    RETURN a
				    UNION ALL
				    WITH CASE WHEN walk THEN [] ELSE %3$s END AS statuses
				    MATCH (a:Action) USING INDEX a:Action(%4$s) WHERE a.planOrder IS NOT NULL AND %5$s
				    WITH a ORDER BY a.planOrder SKIP $skip LIMIT $limit
				    RETURN a
				  }
				  RETURN collect(a) AS page
				}
				""".formatted(tallyTotal.indent(2).stripTrailing(), condition, statuses, dated ? "status, dueOn" : "status", due);
	}

	/**
	 * Actions of the owners whose name or alias has the key {@code ownerKey} (a bound parameter) and matching
	 * {@code condition}, in {@code orderBy}. The owners are found first, outside the subqueries, so the planner
	 * starts from them.
	 */
	static String ofOwner(String ownerKey, String condition, String orderBy) {
		String total = condition.equals("true") ? """
				  CALL (owners) {
				    UNWIND CASE WHEN size(owners) = 1 THEN owners ELSE [] END AS o
				    RETURN COUNT { (o)<-[:OWNED_BY]-() } AS n
				    UNION ALL
				    UNWIND CASE WHEN size(owners) = 1 THEN [] ELSE owners END AS o
				    MATCH (a:Action)-[:OWNED_BY]->(o)
				    RETURN count(DISTINCT a) AS n
				  }
				  RETURN sum(n) AS total""" : """
				  UNWIND owners AS o
				  MATCH (a:Action)-[:OWNED_BY]->(o) WHERE %s
				  RETURN count(DISTINCT a) AS total""".formatted(condition);
		String page = switch (orderBy) {
			case "INSPECTION_DATE_ASC" -> """
					  UNWIND owners AS o
					  MATCH (i:Inspection)-[:HAS_RECOMMENDATION]->(r:Recommendation)-[:HAS_ACTION]->(a:Action)-[:OWNED_BY]->(o)
					  WHERE %s
					  WITH DISTINCT a, r, i ORDER BY %s""".formatted(condition, sort(orderBy));
			case "DUE_ON_ASC", "DUE_ON_DESC" -> """
					  UNWIND owners AS o
					  MATCH (a:Action)-[:OWNED_BY]->(o) WHERE %s
					  WITH DISTINCT a ORDER BY %s""".formatted(condition, sort(orderBy));
			// each owner's first skip + limit actions in plan order straight from the index, then merged
			default -> """
					  UNWIND owners AS o
					  CALL (o) {
					    MATCH (a:Action)-[owned:OWNED_BY]->(:Owner)
					    WHERE owned.ownerPlanOrder STARTS WITH o.id + ' ' AND %s
					    RETURN a ORDER BY owned.ownerPlanOrder LIMIT $skip + $limit
					  }
					  WITH DISTINCT a ORDER BY a.planOrder""".formatted(condition);
		};
		return """
				MATCH (o:Owner) WHERE %s IN o.keys
				WITH collect(o) AS owners
				CALL (owners) {
				%s
				}
				CALL (owners) {
				%s
				  SKIP $skip LIMIT $limit
				  RETURN collect(a) AS page
				}
				""".formatted(ownerKey, total, page);
	}

	private static String sort(String orderBy) {
		return switch (orderBy) {
			case "DUE_ON_ASC" -> "a.dueOn IS NULL, a.dueOn ASC, a.id";
			case "DUE_ON_DESC" -> "a.dueOn IS NULL, a.dueOn DESC, a.id";
			case "INSPECTION_DATE_ASC" -> "i.publishedOn ASC, i.id, r.ordinal, a.position";
			default -> "a.planOrder";
		};
	}

}

package uk.gov.inspectiongraph.recommendation;

import uk.gov.inspectiongraph.query.Page;
import uk.gov.inspectiongraph.query.Tallies;

/**
 * The Cypher of {@code Query.recommendations}: an anchor binding {@code total} and {@code page} (this
 * page's recommendations in order). The default order (plan order: inspection published, newest
 * first; inspection; printed order) comes out of the {@code planOrder} range index.
 */
final class RecommendationQueries {

	private RecommendationQueries() {
	}

	/** Recommendations matching {@code condition} (on {@code r}), in {@code orderBy}. */
	static String all(String condition, String orderBy) {
		return Page.query("MATCH (r:Recommendation) WHERE " + condition, ordered(condition, orderBy), "r");
	}

	/** Recommendations matching {@code condition}, in {@code orderBy} (plan order from the index). */
	private static String ordered(String condition, String orderBy) {
		return orderBy.equals("INSPECTION_DATE_ASC") ? """
				  MATCH (i:Inspection)-[:HAS_RECOMMENDATION]->(r:Recommendation) WHERE %s
				  WITH r ORDER BY %s""".formatted(condition, sort(orderBy)) : """
				  MATCH (r:Recommendation) WHERE r.planOrder IS NOT NULL AND %s
				  WITH r ORDER BY %s""".formatted(condition, sort(orderBy));
	}

	/**
	 * The recommendations of the programmes with the key {@code key} (a bound parameter), nothing else
	 * filtering, in plan order: counted from the count kept for the programme (or, when the key names several,
	 * from the index of their memberships' programme plan-order key, cypher/loader/22_programme_membership.cypher)
	 * and paged from that index, each programme's first {@code skip + limit} in order, then merged, so a page
	 * costs the same however many recommendations the programme has.
	 */
	static String ofProgramme(String key) {
		return """
				MATCH (p:Programme) WHERE %1$s IN p.keys
				WITH collect(p) AS programmes
				CALL (programmes) {
				  CALL (programmes) {
				    UNWIND CASE WHEN size(programmes) = 1 THEN programmes ELSE [] END AS p
				    RETURN %2$s AS n
				    UNION ALL
				    UNWIND CASE WHEN size(programmes) = 1 THEN [] ELSE programmes END AS p
				    MATCH (r:Recommendation)-[m:IN_PROGRAMME]->(:Programme) WHERE m.programmePlanOrder STARTS WITH p.id + ' '
				    RETURN count(DISTINCT r) AS n
				  }
				  RETURN sum(n) AS total
				}
				CALL (programmes) {
				  UNWIND programmes AS p
				  CALL (p) {
				    MATCH (r:Recommendation)-[m:IN_PROGRAMME]->(:Programme) WHERE m.programmePlanOrder STARTS WITH p.id + ' '
				    RETURN r ORDER BY m.programmePlanOrder LIMIT $skip + $limit
				  }
				  WITH DISTINCT r ORDER BY r.planOrder
				  SKIP $skip LIMIT $limit
				  RETURN collect(r) AS page
				}
				""".formatted(key, Tallies.of("programme", "p.id"));
	}

	/**
	 * Recommendations of the agreements {@code agreements} (a bound list), nothing else filtering, in
	 * {@code orderBy}: counted from the counts kept by agreement.
	 */
	static String ofAgreements(String agreements, String orderBy) {
		String total = "UNWIND " + agreements + " AS agreement\nRETURN sum(" + Tallies.of("agreement", "agreement") + ") AS total";
		return Page.withTotal(total, ordered("r.agreement IN " + agreements, orderBy), "r");
	}

	/** Recommendations among {@code matches} (a match ending in rows of distinct {@code r}) and {@code condition}. */
	static String anchored(String matches, String condition, String orderBy) {
		String inspection = orderBy.equals("INSPECTION_DATE_ASC")
				? "MATCH (i:Inspection)-[:HAS_RECOMMENDATION]->(r)" : "";
		return """
				CALL () {
				  %s
				  WHERE %s
				  RETURN collect(r) AS matches
				}
				CALL (matches) {
				  UNWIND matches AS r
				  %s
				  WITH r ORDER BY %s
				  SKIP $skip LIMIT $limit
				  RETURN collect(r) AS page
				}
				WITH size(matches) AS total, page
				""".formatted(matches.replace("\n", "\n  "), condition, inspection, sort(orderBy));
	}

	private static String sort(String orderBy) {
		return switch (orderBy) {
			case "INSPECTION_DATE_ASC" -> "i.publishedOn ASC, i.id, r.ordinal";
			// the plan order is (inspection published, newest first; inspection): ties between numbers
			case "NUMBER" -> "toInteger(split(r.number, '(')[0]), r.number, r.planOrder";
			default -> "r.planOrder";
		};
	}

}

package uk.gov.inspectiongraph.action;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.gov.inspectiongraph.model.Agreement;
import uk.gov.inspectiongraph.model.DeliveryStatus;
import uk.gov.inspectiongraph.model.Keys;
import uk.gov.inspectiongraph.model.TargetStatus;
import uk.gov.inspectiongraph.query.Conditions;
import uk.gov.inspectiongraph.query.Groups;
import uk.gov.inspectiongraph.query.Groups.Dimension;

/**
 * The Cypher of {@code Query.actionCounts}: the actions {@code actions(where)} finds, in groups by
 * {@code ActionDimension}s. Each group also says how many commitments its actions carry and how far those were
 * deferred (each commitment once, however many revisions carry it).
 */
final class ActionCounts {

	/** Each dimension of the schema's {@code ActionDimension}; delivery is judged on {@code $asOf}. */
	private static final Map<String, Dimension> DIMENSIONS = dimensions();

	private static Map<String, Dimension> dimensions() {
		Map<String, Dimension> d = new LinkedHashMap<>();
		d.put("INSPECTION", Dimension.ofNode("inspection", "", "p.inspectionId", "Inspection", "publishedOn", true));
		d.put("OWNER", Dimension.ofNode("owner", "OPTIONAL MATCH (a)-[:OWNED_BY]->(go:Owner)", "go.id", "Owner", "name", false));
		d.put("PROGRAMME", Dimension.ofNode("programme", "OPTIONAL MATCH (a)-[:IN_PROGRAMME]->(gp:Programme)", "gp.id",
				"Programme", "name", false));
		d.put("DUE_MONTH", Dimension.ofValue("dueMonth",
				"CASE WHEN p.dueOn IS NULL THEN null ELSE toString(p.dueOn.year) + '-' + right('0' + toString(p.dueOn.month), 2) END",
				"#K"));
		d.put("STATUS", Dimension.ofEnum("status", "p.status", TargetStatus.class));
		d.put("DELIVERY", Dimension.ofEnum("delivery", ActionFields.delivery("p", "$asOf"), DeliveryStatus.class));
		d.put("AGREEMENT", Dimension.ofEnum("agreement",
				"head(COLLECT { MATCH (ar:Recommendation)-[:HAS_ACTION]->(a) RETURN ar.agreement })", Agreement.class));
		return Map.copyOf(d);
	}

	private ActionCounts() {
	}

	/**
	 * The anchor binding {@code counts}: the actions {@code where} finds (from the owner's index entries when it
	 * names an owner), grouped {@code by}, most first or by key, at most {@code $limit} groups.
	 */
	static String anchor(ActionWhere where, List<String> by, boolean byCount, Conditions c) {
		String rows;
		if (where != null && where.owner() != null) {
			rows = """
					MATCH (o:Owner) WHERE %s IN o.keys
					MATCH (a:Action)-[:OWNED_BY]->(o) WHERE %s
					WITH DISTINCT a""".formatted(c.bind(Keys.key(where.owner())), where.withoutOwner().toCypher(c));
		}
		else {
			rows = "MATCH (a:Action) WHERE " + (where == null ? "true" : where.toCypher(c));
		}
		return Groups.anchor(rows, "a", Groups.dimensions(by, DIMENSIONS),
				List.of("collect(DISTINCT [coalesce(a.chain, a.id), coalesce(a.daysDeferred, 0)]) AS chains"),
				List.of("commitments: size(chains)", "daysDeferred: reduce(s = 0, x IN chains | s + x[1])",
						"longestDeferral: reduce(m = 0, x IN chains | CASE WHEN x[1] > m THEN x[1] ELSE m END)"),
				byCount, "$limit");
	}

}

package uk.gov.inspectiongraph.export;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import java.util.List;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import uk.gov.inspectiongraph.action.ActionFields;
import uk.gov.inspectiongraph.action.ActionWhere;
import uk.gov.inspectiongraph.model.Keys;
import uk.gov.inspectiongraph.query.Conditions;
import uk.gov.inspectiongraph.query.Today;
import uk.gov.inspectiongraph.recommendation.RecommendationWhere;

/**
 * The two exports, each one query in plan order with the columns an analyst expects. Filters are the GraphQL
 * {@code where} conditions themselves ({@link ActionWhere#toCypher}, {@link RecommendationWhere#toCypher}), so
 * an export lists exactly what {@code actions(where:)} or {@code recommendations(where:)} pages through.
 */
final class Tables {

	private Tables() {
	}

	private static final List<Table.Column> ACTION_COLUMNS = List.of(
			column("Inspection", "inspection", Value::asString),
			column("Recommendation", "number", Value::asString),
			column("Recommendation text", "recommendation", Value::asString),
			column("Agreement", "agreement", Value::asString),
			column("Action", "action", Value::asString),
			column("Owners", "owners", v -> String.join("; ", v.asList(Value::asString))),
			column("Target", "target", Value::asString),
			column("Due", "dueOn", Value::asLocalDate),
			column("Status", "status", Value::asString),
			column("Revision", "revision", Value::asString),
			column("First due", "firstDueOn", Value::asLocalDate),
			column("Latest due", "latestDueOn", Value::asLocalDate),
			column("Deferrals", "deferrals", Value::asLong),
			column("Days deferred", "daysDeferred", Value::asLong),
			column("Unexplained deferrals", "unexplainedDeferrals", Value::asLong),
			column("Deferral reasons", "reasons", v -> String.join(" | ", v.asList(Value::asString))),
			column("Delivery", "delivery", Value::asString),
			column("Completed on", "completedOn", Value::asLocalDate),
			column("Completion basis", "completionBasis", Value::asString),
			column("Source file", "file", Value::asString),
			column("Source line", "line", Value::asLong));

	private static final List<Table.Column> RECOMMENDATION_COLUMNS = List.of(
			column("Inspection", "inspection", Value::asString),
			column("Number", "number", Value::asString),
			column("Recommendation", "text", Value::asString),
			column("Agreement", "agreement", Value::asString),
			column("Rationale", "rationale", Value::asString),
			column("Progress", "progress", Value::asString),
			column("Addressed to", "addressees", v -> String.join("; ", v.asList(Value::asString))),
			column("Actions", "actions", Value::asLong),
			column("Source file", "file", Value::asString),
			column("Source line", "line", Value::asLong));

	private static Table.Column column(String header, String key, Function<Value, Object> read) {
		return new Table.Column(header, r -> r.get(key).isNull() ? null : read.apply(r.get(key)));
	}

	/** The actions {@code where} selects; delivery (its filter and its column) judged on {@code today}. */
	static Table actions(ActionWhere where, LocalDate today) {
		Conditions c = new Conditions();
		String anchor;
		if (where.owner() != null) {
			String key = c.bind(Keys.key(where.owner()));
			anchor = """
					MATCH (o:Owner) WHERE %s IN o.keys
					MATCH (a:Action)-[:OWNED_BY]->(o) WHERE %s
					WITH DISTINCT a ORDER BY a.planOrder""".formatted(key, where.withoutOwner().toCypher(c));
		}
		else {
			anchor = "MATCH (a:Action) WHERE a.planOrder IS NOT NULL AND " + where.toCypher(c) + "\nWITH a ORDER BY a.planOrder";
		}
		String cypher = anchor + """

				MATCH (r:Recommendation)-[:HAS_ACTION]->(a)
				MATCH (i:Inspection {id: r.inspectionId})
				OPTIONAL MATCH (a)-[:IN_REVISION]->(v:Revision)
				RETURN i.title AS inspection, r.number AS number, r.text AS recommendation, r.agreement AS agreement,
				       a.text AS action, COLLECT { MATCH (a)-[owned:OWNED_BY]->(ow:Owner) RETURN ow.name ORDER BY coalesce(owned.position, 0), ow.name } AS owners,
				       a.targetText AS target, a.dueOn AS dueOn, a.status AS status, v.label AS revision,
				       a.firstDueOn AS firstDueOn, a.latestDueOn AS latestDueOn, coalesce(a.deferrals, 0) AS deferrals,
				       coalesce(a.daysDeferred, 0) AS daysDeferred, coalesce(a.unexplainedDeferrals, 0) AS unexplainedDeferrals,
				       coalesce(a.reasons, []) AS reasons, %s AS delivery, a.completedOn AS completedOn,
				       a.completionBasis AS completionBasis,
				       a.document AS file, a.lines[0] AS line""".formatted(ActionFields.delivery("a", "$" + Today.PARAMETER));
		Map<String, Object> parameters = new HashMap<>(c.parameters());
		parameters.put(Today.PARAMETER, today);
		return new Table("actions", ACTION_COLUMNS, cypher, parameters);
	}

	static Table recommendations(RecommendationWhere where) {
		Conditions c = new Conditions();
		String cypher = """
				MATCH (r:Recommendation) WHERE r.planOrder IS NOT NULL AND %s
				WITH r ORDER BY r.planOrder
				MATCH (i:Inspection {id: r.inspectionId})
				RETURN i.title AS inspection, r.number AS number, r.text AS text, r.agreement AS agreement,
				       r.rationale AS rationale, r.progress AS progress,
				       COLLECT { MATCH (r)-[:ADDRESSED_TO]->(o:Organisation) RETURN o.name ORDER BY o.name } AS addressees,
				       COUNT { (r)-[:HAS_ACTION]->() } AS actions, r.document AS file, r.lines[0] AS line"""
			.formatted(where.toCypher(c));
		return new Table("recommendations", RECOMMENDATION_COLUMNS, cypher, c.parameters());
	}

}

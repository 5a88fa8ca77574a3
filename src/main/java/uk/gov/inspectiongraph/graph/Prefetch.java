package uk.gov.inspectiongraph.graph;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

/**
 * Translates a GraphQL selection into one Cypher map projection, so that a whole nested request (a dashboard
 * of recommendations with their actions, owners and revisions) is answered by one query, as @neo4j/graphql
 * does, reading only the properties the selection needs. Every relationship field of the schema has a Cypher
 * pattern here; each object read from a row remembers it ({@link Prefetched}), so its nested fields are
 * answered from it ({@link PrefetchedFields}; {@link Batches} for fields with arguments, which filter the
 * prefetched list). Aliased fields and fields without a pattern are left to batch loading.
 */
public final class Prefetch {

	/** A relationship field: its Cypher (%1$s is the parent variable, %2$s the child projection), child type. */
	private record Field(String cypher, String childType, boolean single) {
	}

	/** Every property a type's record reads: projected for a selected field this class does not know. */
	private static final Map<String, String> BASE = Map.of(
			"Inspection", "id, title, inspectorate, publishedOn, document, line",
			"ActionPlan", "id, title, submittedOn",
			"Revision", "id, label, date",
			"Recommendation", "id, number, text, agreement, rationale, progress, inspectionId, document, lines",
			"Action", "id, text, targetText, dueOn, status, revised, revisionOrdinal, document, lines",
			"Owner", "id, name, aliases",
			"Programme", "id, name, aliases",
			"Finding", "id, text, category, inspectionId, document, lines",
			"Statistic", "id, label, value, unit");

	/** Properties always projected: the id and what resolvers of nested fields read from the parent. */
	private static final Map<String, String> ALWAYS = Map.of(
			"Recommendation", "id, inspectionId, number",
			"Action", "id, revisionOrdinal",
			"Finding", "id, inspectionId");

	/** The properties a scalar field (or a field computed from properties) reads, where not its own name. */
	private static final Map<String, Map<String, String>> SCALARS = Map.of(
			"Inspection", Map.of("sources", "document, line"),
			"Recommendation", Map.of("sources", "document, lines"),
			"Action", Map.of("target", "targetText, dueOn, status, revised", "sources", "document, lines"),
			"Finding", Map.of("sources", "document, lines"));

	private static final Map<String, Map<String, Field>> FIELDS = Map.of(
			"Inspection", Map.of(
					"actionPlan", new Field("COLLECT { MATCH (%1$s)<-[:RESPONDS_TO]-(x:ActionPlan) RETURN x {%2$s} }[0]", "ActionPlan", true),
					"agreementSummary", new Field("{agreed: COUNT { (%1$s)-[:HAS_RECOMMENDATION]->(:Recommendation {topLevel: true, agreement: 'AGREED'}) },"
							+ " partlyAgreed: COUNT { (%1$s)-[:HAS_RECOMMENDATION]->(:Recommendation {topLevel: true, agreement: 'PARTLY_AGREED'}) },"
							+ " notAgreed: COUNT { (%1$s)-[:HAS_RECOMMENDATION]->(:Recommendation {topLevel: true, agreement: 'NOT_AGREED'}) }}", null, true),
					"recommendations", new Field("COLLECT { MATCH (%1$s)-[:HAS_RECOMMENDATION]->(x:Recommendation) WITH x ORDER BY x.ordinal RETURN x {%2$s} }", "Recommendation", false),
					"findings", new Field("COLLECT { MATCH (%1$s)-[:HAS_FINDING]->(x:Finding) WITH x ORDER BY x.ordinal RETURN x {%2$s} }", "Finding", false),
					"statistics", new Field("COLLECT { MATCH (%1$s)-[:HAS_STATISTIC]->(x:Statistic) WITH x ORDER BY x.ordinal RETURN x {%2$s} }", "Statistic", false)),
			"ActionPlan", Map.of(
					"inspection", new Field("COLLECT { MATCH (%1$s)-[:RESPONDS_TO]->(x:Inspection) RETURN x {%2$s} }[0]", "Inspection", true),
					"revisions", new Field("COLLECT { MATCH (%1$s)-[:HAS_REVISION]->(x:Revision) WITH x ORDER BY x.ordinal RETURN x {%2$s} }", "Revision", false)),
			"Recommendation", Map.ofEntries(
					Map.entry("addressees", new Field("COLLECT { MATCH (%1$s)-[:ADDRESSED_TO]->(x:Organisation) RETURN x {.id, .name} }", null, false)),
					Map.entry("parent", new Field("COLLECT { MATCH (%1$s)<-[:HAS_PART]-(x:Recommendation) RETURN x {%2$s} }[0]", "Recommendation", true)),
					Map.entry("children", new Field("COLLECT { MATCH (%1$s)-[:HAS_PART]->(x:Recommendation) WITH x ORDER BY x.ordinal RETURN x {%2$s} }", "Recommendation", false)),
					Map.entry("actions", new Field("COLLECT { MATCH (%1$s)-[:HAS_ACTION]->(x:Action) WITH x ORDER BY x.position RETURN x {%2$s} }", "Action", false)),
					Map.entry("programmes", new Field("COLLECT { CALL (%1$s) { MATCH (%1$s)-[:HAS_ACTION*0..1]->()-[:MENTIONS]->(x:Programme) RETURN x "
							+ "UNION MATCH (%1$s)-[:HAS_ACTION]->()-[:OWNED_BY]->()-[:WORKS_IN]->(x:Programme) RETURN x } "
							+ "WITH DISTINCT x ORDER BY x.name RETURN x {%2$s} }", "Programme", false)),
					Map.entry("mentions", new Field("COLLECT { MATCH (%1$s)-[:HAS_ACTION*0..1]->()-[:MENTIONS]->(x:Entity) WITH DISTINCT x ORDER BY x.kind, x.name RETURN x {.id, .name, .kind, .aliases} }", null, false)),
					Map.entry("references", new Field("COLLECT { MATCH (%1$s)-[:REFERENCES]->(x:Recommendation) WITH x ORDER BY x.inspectionId, x.ordinal RETURN x {%2$s} }", "Recommendation", false)),
					Map.entry("referencedBy", new Field("COLLECT { MATCH (%1$s)<-[:REFERENCES]-(x:Recommendation) WITH x ORDER BY x.inspectionId, x.ordinal RETURN x {%2$s} }", "Recommendation", false)),
					Map.entry("externalReferences", new Field("COLLECT { MATCH (%1$s)-[:REFERENCES]->(x:ExternalDocument) RETURN x {.id, .title} }", null, false)),
					Map.entry("inspection", new Field("COLLECT { MATCH (x:Inspection {id: %1$s.inspectionId}) RETURN x {%2$s} }[0]", "Inspection", true))),
			"Action", Map.of(
					"owners", new Field("COLLECT { MATCH (%1$s)-[:OWNED_BY]->(x:Owner) RETURN x {%2$s} }", "Owner", false),
					"revision", new Field("COLLECT { MATCH (%1$s)-[:IN_REVISION]->(x:Revision) RETURN x {%2$s} }[0]", "Revision", true),
					"recommendation", new Field("COLLECT { MATCH (%1$s)<-[:HAS_ACTION]-(x:Recommendation) RETURN x {%2$s} }[0]", "Recommendation", true),
					"mentions", new Field("COLLECT { MATCH (%1$s)-[:MENTIONS]->(x:Entity) WITH x ORDER BY x.kind, x.name RETURN x {.id, .name, .kind, .aliases} }", null, false)),
			"Owner", Map.of(
					"actionCount", new Field("COUNT { (%1$s)<-[:OWNED_BY]-(:Action) }", null, true),
					"programmes", new Field("COLLECT { MATCH (%1$s)-[:WORKS_IN]->(x:Programme) WITH x ORDER BY x.name RETURN x {%2$s} }", "Programme", false)),
			"Finding", Map.of(
					"inspection", new Field("COLLECT { MATCH (x:Inspection {id: %1$s.inspectionId}) RETURN x {%2$s} }[0]", "Inspection", true)));

	private Prefetch() {
	}

	/** The map projection body (without braces) of {@code type} for a selection, on the Cypher variable {@code var}. */
	public static String projection(String type, DataFetchingFieldSelectionSet selection, String var) {
		return projection(type, selection == null ? List.of() : selection.getImmediateFields(), var, 0);
	}

	/** Whether the translated query fetches {@code type.field} (and so {@link PrefetchedFields} may answer it). */
	static boolean translates(String type, String field) {
		return FIELDS.getOrDefault(type, Map.of()).containsKey(field);
	}

	/** The selection under a connection's {@code edges/node}. */
	public static DataFetchingFieldSelectionSet nodes(DataFetchingFieldSelectionSet connection) {
		List<SelectedField> nodes = connection == null ? List.of() : connection.getFields("edges/node");
		return nodes.isEmpty() ? null : nodes.get(0).getSelectionSet();
	}

	/** The properties a selection of {@code type} reads: the ones it always needs, and its selected fields'. */
	private static Set<String> properties(String type, List<SelectedField> fields) {
		Set<String> props = new LinkedHashSet<>(split(ALWAYS.getOrDefault(type, "id")));
		List<String> base = split(BASE.get(type));
		for (SelectedField selected : fields) {
			String name = selected.getName();
			if (FIELDS.getOrDefault(type, Map.of()).containsKey(name) || name.startsWith("__")) {
				continue;
			}
			String own = SCALARS.getOrDefault(type, Map.of()).get(name);
			if (own != null) {
				props.addAll(split(own));
			}
			else if (base.contains(name)) {
				props.add(name);
			}
			else {
				// a field resolved some other way (arguments, batch loading) may read any of the record's properties
				props.addAll(base);
			}
		}
		return props;
	}

	private static List<String> split(String properties) {
		return List.of(properties.split(",\\s*"));
	}

	private static String projection(String type, List<SelectedField> fields, String var, int depth) {
		StringBuilder out = new StringBuilder();
		for (String property : properties(type, fields)) {
			out.append(out.isEmpty() ? "." : ", .").append(property);
		}
		Map<String, Field> known = FIELDS.getOrDefault(type, Map.of());
		for (SelectedField selected : fields) {
			Field field = known.get(selected.getName());
			// arguments (topLevelOnly, latestRevisionOnly) filter the prefetched list in the resolver; an alias
			// could stand for a second selection of the same field, so aliased fields are loaded in batches
			if (field == null || selected.getAlias() != null) {
				continue;
			}
			String child = "x" + (depth + 1);
			String childProjection = field.childType() == null ? ""
					: projection(field.childType(), selected.getSelectionSet().getImmediateFields(), child, depth + 1);
			String cypher = field.cypher().replace("(x:", "(" + child + ":").replace("x {", child + " {")
				.replace("WITH x ", "WITH " + child + " ").replace("DISTINCT x ", "DISTINCT " + child + " ")
				.replace("BY x.", "BY " + child + ".").replace("RETURN x ", "RETURN " + child + " ").replace("RETURN x}", "RETURN " + child + "}")
				.replace(", x.", ", " + child + ".");
			out.append(", ").append(selected.getName()).append(": ").append(String.format(cypher, var, childProjection));
		}
		return out.toString();
	}

}

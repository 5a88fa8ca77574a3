package uk.gov.inspectiongraph.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.scalars.ExtendedScalars;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.TypeRuntimeWiring;

import uk.gov.inspectiongraph.graph.Graph;
import uk.gov.inspectiongraph.model.Keys;

/**
 * A naive GraphQL resolver over the same schema and graph, written independently of the translation: every
 * field is one simple Cypher query per object (or plain Java over the object's properties), the slow and
 * obvious way. The differential test compares the service's answers with this one's.
 */
final class ReferenceResolver {

	private static final String TYPE = "_type";

	private final Graph graph;

	private final GraphQL graphQl;

	ReferenceResolver(Graph graph) {
		this.graph = graph;
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		try (Stream<Path> files = Files.list(Path.of("schema"))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".graphqls")).sorted().toList()) {
				registry.merge(new SchemaParser().parse(Files.readString(file, StandardCharsets.UTF_8)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(registry, wiring());
		this.graphQl = GraphQL.newGraphQL(schema).build();
	}

	ExecutionResult execute(String document, Map<String, Object> variables) {
		return this.graphQl.execute(ExecutionInput.newExecutionInput(document).variables(variables).build());
	}

	// --- reading nodes -------------------------------------------------------------------------------------

	private List<Map<String, Object>> nodes(String type, String cypher, Object... params) {
		Map<String, Object> p = new HashMap<>();
		for (int i = 0; i < params.length; i += 2) {
			p.put((String) params[i], params[i + 1]);
		}
		return this.graph.read(cypher, p, r -> {
			Map<String, Object> node = new HashMap<>(r.get("n").asMap());
			node.put(TYPE, type);
			return node;
		});
	}

	private Map<String, Object> node(String type, String cypher, Object... params) {
		List<Map<String, Object>> all = nodes(type, cypher, params);
		return all.isEmpty() ? null : all.get(0);
	}

	private static String id(DataFetchingEnvironment env) {
		return (String) ((Map<?, ?>) env.getSource()).get("id");
	}

	private static Object prop(DataFetchingEnvironment env, String key) {
		return ((Map<?, ?>) env.getSource()).get(key);
	}

	// --- delivery, the slow way ---------------------------------------------------------------------------

	private static java.time.LocalDate asOf(DataFetchingEnvironment env) {
		return env.getArgument("asOf") != null ? env.getArgument("asOf") : today();
	}

	/** An action's or a replaced entry's target, from its properties. */
	private static Map<String, Object> target(DataFetchingEnvironment env) {
		Map<String, Object> target = new HashMap<>();
		target.put("text", prop(env, "targetText"));
		target.put("dueOn", prop(env, "dueOn"));
		target.put("status", prop(env, "status"));
		target.put("revised", Objects.requireNonNullElse(prop(env, "revised"), false));
		return target;
	}

	/** docs/delivery.md's table, in Java. */
	private static String deliveryOf(Map<String, Object> action, java.time.LocalDate asOf) {
		java.time.LocalDate first = (java.time.LocalDate) action.get("firstDueOn");
		java.time.LocalDate done = (java.time.LocalDate) action.get("completedOn");
		if (first == null) {
			return "UNDATED";
		}
		if (done != null) {
			return done.isAfter(first) ? "LATE" : "ON_TIME";
		}
		return first.isBefore(asOf) ? "OVERDUE" : "OPEN";
	}

	private static Map<String, Object> counts(List<Map<String, Object>> actions, java.time.LocalDate asOf) {
		Map<String, Object> counts = new HashMap<>();
		List<String> statuses = actions.stream().map(a -> deliveryOf(a, asOf)).toList();
		counts.put("total", statuses.size());
		counts.put("onTime", java.util.Collections.frequency(statuses, "ON_TIME"));
		counts.put("late", java.util.Collections.frequency(statuses, "LATE"));
		counts.put("open", java.util.Collections.frequency(statuses, "OPEN"));
		counts.put("overdue", java.util.Collections.frequency(statuses, "OVERDUE"));
		counts.put("undated", java.util.Collections.frequency(statuses, "UNDATED"));
		counts.put("onTimeShare", statuses.isEmpty() ? null
				: (double) java.util.Collections.frequency(statuses, "ON_TIME") / statuses.size());
		counts.put("measuredAgainst", "FIRST_DUE_DATE");
		counts.put("asOf", asOf);
		return counts;
	}

	private DataFetcher<Object> deliveryCounts(String cypher) {
		return env -> counts(nodes("Action", cypher, "id", id(env)), asOf(env));
	}

	private List<Map<String, Object>> timeline(String recommendation) {
		List<Map<String, Object>> all = new ArrayList<>(nodes("TimelineEntry",
				"MATCH (:Recommendation {id: $id})-[:HAS_ACTION]->(n:Action) RETURN n", "id", recommendation));
		all.forEach(e -> e.put("current", true));
		List<Map<String, Object>> replaced = nodes("TimelineEntry", "MATCH (n:Promise {recommendation: $id}) RETURN n", "id",
				recommendation);
		replaced.forEach(e -> e.put("current", false));
		all.addAll(replaced);
		all.sort(Comparator.comparing((Map<String, Object> e) -> e.get("madeOn") == null ? java.time.LocalDate.MIN
				: (java.time.LocalDate) e.get("madeOn"))
			.thenComparing(e -> "REIMPORT".equals(e.get("kind") != null ? e.get("kind") : e.get("entryKind")))
			.thenComparing(e -> (Boolean) e.get("current"))
			.thenComparing(e -> e.get("ordinal") != null ? ((Number) e.get("ordinal")).longValue()
					: ((Number) e.get("revisionOrdinal")).longValue() * 10000 + ((Number) e.get("position")).longValue()));
		return all;
	}

	/** A list field: the nodes of {@code cypher} with {@code $id} the parent's id, as {@code n}. */
	private DataFetcher<Object> many(String type, String cypher) {
		return env -> nodes(type, cypher, "id", id(env));
	}

	private DataFetcher<Object> one(String type, String cypher) {
		return env -> node(type, cypher, "id", id(env));
	}

	private static List<Map<String, Object>> sources(Object document, List<?> lines) {
		List<Map<String, Object>> out = new ArrayList<>();
		if (document != null && lines != null) {
			for (Object line : lines) {
				out.add(Map.of("document", document, "line", line));
			}
		}
		return out;
	}

	private static List<Map<String, Object>> distinctSorted(List<Map<String, Object>> nodes, Comparator<Map<String, Object>> order) {
		Map<Object, Map<String, Object>> byId = new LinkedHashMap<>();
		nodes.forEach(n -> byId.putIfAbsent(n.get("id"), n));
		return byId.values().stream().sorted(order).toList();
	}

	private static Comparator<Map<String, Object>> by(String key) {
		return Comparator.comparing(m -> String.valueOf(m.get(key)));
	}

	private static String cursor(int position) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(("cursor:" + position).getBytes(StandardCharsets.UTF_8));
	}

	/** A connection built in Java from every match in order. */
	private static Map<String, Object> connection(List<Map<String, Object>> all, Integer first) {
		int limit = first == null ? 50 : Math.min(first, 500);
		List<Map<String, Object>> page = all.subList(0, Math.min(limit, all.size()));
		List<Map<String, Object>> edges = new ArrayList<>();
		for (int i = 0; i < page.size(); i++) {
			edges.add(Map.of("cursor", cursor(i), "node", page.get(i)));
		}
		Map<String, Object> info = new HashMap<>();
		info.put("hasNextPage", page.size() < all.size());
		info.put("hasPreviousPage", false);
		info.put("startCursor", page.isEmpty() ? null : cursor(0));
		info.put("endCursor", page.isEmpty() ? null : cursor(page.size() - 1));
		return Map.of("totalCount", all.size(), "pageInfo", info, "edges", edges);
	}

	private static java.time.LocalDate today() {
		return java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
	}

	/** An owner's SCHEDULED actions due in [from, before), earliest first, then in plan order. */
	private Map<String, Object> dueWindow(graphql.schema.DataFetchingEnvironment env, java.time.LocalDate from,
			java.time.LocalDate before) {
		List<Map<String, Object>> actions = nodes("Action", "MATCH (:Owner {id: $id})<-[:OWNED_BY]-(n:Action) RETURN n", "id", id(env))
			.stream()
			.filter(a -> "SCHEDULED".equals(a.get("status")) && a.get("dueOn") != null)
			.filter(a -> ((java.time.LocalDate) a.get("dueOn")).isBefore(before)
					&& (from == null || !((java.time.LocalDate) a.get("dueOn")).isBefore(from)))
			.sorted(Comparator.comparing((Map<String, Object> a) -> (java.time.LocalDate) a.get("dueOn"))
				.thenComparing(a -> (String) a.get("planOrder")))
			.toList();
		return Map.of("count", actions.size(), "actions", actions);
	}

	// --- the wiring ----------------------------------------------------------------------------------------

	private RuntimeWiring wiring() {
		return RuntimeWiring.newRuntimeWiring()
			.scalar(ExtendedScalars.Date)
			.type(TypeRuntimeWiring.newTypeWiring("SearchResult")
				.typeResolver(env -> env.getSchema().getObjectType((String) ((Map<?, ?>) env.getObject()).get(TYPE))))
			.type(TypeRuntimeWiring.newTypeWiring("Node")
				.typeResolver(env -> env.getSchema().getObjectType((String) ((Map<?, ?>) env.getObject()).get(TYPE))))
			.type("Query", b -> b
				.dataFetcher("inspections", env -> nodes("Inspection", "MATCH (n:Inspection) RETURN n ORDER BY n.publishedOn DESC, n.id"))
				.dataFetcher("inspection", env -> node("Inspection", "MATCH (n:Inspection {id: $id}) RETURN n", "id", env.getArgument("id")))
				.dataFetcher("recommendation", env -> node("Recommendation",
						"MATCH (n:Recommendation {inspectionId: $i, number: $n}) RETURN n", "i", env.getArgument("inspection"),
						"n", env.getArgument("number")))
				.dataFetcher("owner", env -> node("Owner", "MATCH (n:Owner) WHERE $k IN n.keys RETURN n", "k",
						Keys.key(env.getArgument("name"))))
				.dataFetcher("programme", env -> node("Programme", "MATCH (n:Programme) WHERE $k IN n.keys RETURN n", "k",
						Keys.key(env.getArgument("name"))))
				.dataFetcher("programmes", env -> nodes("Programme", "MATCH (n:Programme) RETURN n ORDER BY n.name"))
				.dataFetcher("actions", env -> connection(nodes("Action",
						"MATCH (n:Action {inspectionId: $i}) RETURN n ORDER BY n.planOrder", "i",
						((Map<?, ?>) env.getArgument("where")).get("inspection")), env.getArgument("first")))
				.dataFetcher("recommendations", env -> connection(nodes("Recommendation",
						"MATCH (n:Recommendation {inspectionId: $i}) RETURN n ORDER BY n.planOrder", "i",
						((Map<?, ?>) env.getArgument("where")).get("inspection")), env.getArgument("first")))
				.dataFetcher("search", env -> this.graph.read("""
						CALL db.index.fulltext.queryNodes('search_text', $q, {limit: $l}) YIELD node, score
						RETURN node AS n, labels(node) AS labels, score ORDER BY score DESC""",
						Map.of("q", env.getArgument("text"), "l", env.getArgument("first")), r -> {
							Map<String, Object> node = new HashMap<>(r.get("n").asMap());
							List<String> labels = r.get("labels").asList(v -> v.asString());
							node.put(TYPE, labels.contains("Recommendation") ? "Recommendation"
									: labels.contains("Action") ? "Action" : "Finding");
							return Map.of("score", r.get("score").asDouble(), "node", node);
						})))
			.type("Inspection", b -> b
				.dataFetcher("delivery", deliveryCounts(
						"MATCH (:Inspection {id: $id})-[:HAS_RECOMMENDATION]->(:Recommendation)-[:HAS_ACTION]->(n:Action) RETURN n"))
				.dataFetcher("actionPlan", one("ActionPlan", "MATCH (:Inspection {id: $id})<-[:RESPONDS_TO]-(n:ActionPlan) RETURN n"))
				.dataFetcher("agreementSummary", env -> {
					List<Map<String, Object>> top = nodes("Recommendation",
							"MATCH (:Inspection {id: $id})-[:HAS_RECOMMENDATION]->(n) RETURN n", "id", id(env))
						.stream().filter(r -> !((String) r.get("number")).contains("(")).toList();
					long agreed = top.stream().filter(r -> "AGREED".equals(r.get("agreement"))).count();
					long partly = top.stream().filter(r -> "PARTLY_AGREED".equals(r.get("agreement"))).count();
					long not = top.stream().filter(r -> "NOT_AGREED".equals(r.get("agreement"))).count();
					return Map.of("agreed", agreed, "partlyAgreed", partly, "notAgreed", not, "total", agreed + partly + not);
				})
				.dataFetcher("recommendations", env -> nodes("Recommendation",
						"MATCH (:Inspection {id: $id})-[:HAS_RECOMMENDATION]->(n) RETURN n ORDER BY n.ordinal", "id", id(env))
					.stream()
					.filter(r -> !Boolean.TRUE.equals(env.getArgument("topLevelOnly")) || !((String) r.get("number")).contains("("))
					.toList())
				.dataFetcher("findings", many("Finding", "MATCH (:Inspection {id: $id})-[:HAS_FINDING]->(n) RETURN n ORDER BY n.ordinal"))
				.dataFetcher("statistics", many("Statistic", "MATCH (:Inspection {id: $id})-[:HAS_STATISTIC]->(n) RETURN n ORDER BY n.ordinal"))
				.dataFetcher("documents", many("Document",
						"MATCH (:Inspection {id: $id})<-[:DESCRIBES]-(n:Document) RETURN n ORDER BY n.file"))
				.dataFetcher("sources", env -> prop(env, "document") == null ? List.of()
						: List.of(Map.of("document", prop(env, "document"), "line", prop(env, "line")))))
			.type("Document", b -> b
				.dataFetcher("name", env -> prop(env, "file"))
				.dataFetcher("importedAt", env -> this.graph.read("MATCH (d:Document {file: $f}) RETURN toString(d.importedAt)",
						Map.of("f", prop(env, "file")), r -> r.get(0).asString()).get(0))
				.dataFetcher("lines", env -> Objects.requireNonNullElse(prop(env, "lines"), List.of()))
				.dataFetcher("warnings", env -> nodes("Warning",
						"MATCH (:Document {file: $f})-[:HAS_WARNING]->(n:Warning) RETURN n ORDER BY n.line, n.ordinal", "f", prop(env, "file")))
				.dataFetcher("inspections", env -> nodes("Inspection",
						"MATCH (:Document {file: $f})-[:DESCRIBES]->(n:Inspection) RETURN n ORDER BY n.id", "f", prop(env, "file")))
				.dataFetcher("changes", env -> nodes("ChangeSet",
						"MATCH (:Document {file: $f})-[:HAS_CHANGES]->(n:ChangeSet) RETURN n ORDER BY n.at DESC", "f", prop(env, "file"))))
			.type("ChangeSet", b -> b
				.dataFetcher("at", env -> this.graph.read("MATCH (c:ChangeSet {id: $id}) RETURN toString(c.at)",
						Map.of("id", id(env)), r -> r.get(0).asString()).get(0))
				.dataFetcher("changes", many("Change", "MATCH (:ChangeSet {id: $id})-[:HAS_CHANGE]->(n:Change) RETURN n ORDER BY n.ordinal")))
			.type("ActionPlan", b -> b
				.dataFetcher("revisions", many("Revision", "MATCH (:ActionPlan {id: $id})-[:HAS_REVISION]->(n) RETURN n ORDER BY n.ordinal"))
				.dataFetcher("inspection", one("Inspection", "MATCH (:ActionPlan {id: $id})-[:RESPONDS_TO]->(n) RETURN n")))
			.type("TimelineEntry", b -> b
				.dataFetcher("kind", env -> prop(env, "kind") != null ? prop(env, "kind")
						: Objects.requireNonNullElse(prop(env, "entryKind"),
								((Number) prop(env, "revisionOrdinal")).intValue() == 0 ? "ORIGINAL" : "REVISION"))
				.dataFetcher("label", env -> prop(env, "label") != null ? prop(env, "label") : prop(env, "entryLabel"))
				.dataFetcher("target", ReferenceResolver::target)
				.dataFetcher("action", env -> Boolean.TRUE.equals(prop(env, "current"))
						? node("Action", "MATCH (n:Action {id: $id}) RETURN n", "id", id(env)) : null))
			.type("Recommendation", b -> b
				.dataFetcher("timeline", env -> timeline(id(env)))
				.dataFetcher("similar", env -> {
					int first = env.getArgument("first") == null ? 5 : env.<Integer>getArgument("first");
					List<Map<String, Object>> similar = new ArrayList<>(this.graph.read("""
							MATCH (:Recommendation {id: $id})-[s:SIMILAR_TO]-(n:Recommendation)
							RETURN s.score AS score, s.sharedTerms AS sharedTerms, n""", Map.of("id", id(env)), r -> {
						Map<String, Object> node = new HashMap<>(r.get("n").asMap());
						node.put(TYPE, "Recommendation");
						Map<String, Object> one = new HashMap<>();
						one.put("score", r.get("score").asDouble());
						one.put("sharedTerms", r.get("sharedTerms").asList());
						one.put("recommendation", node);
						return one;
					}));
					similar.sort(Comparator.comparing((Map<String, Object> m) -> -(Double) m.get("score"))
						.thenComparing(m -> (String) ((Map<?, ?>) m.get("recommendation")).get("id")));
					return similar.subList(0, Math.min(first, similar.size()));
				})
				.dataFetcher("addressees", many("Organisation", "MATCH (:Recommendation {id: $id})-[:ADDRESSED_TO]->(n) RETURN n ORDER BY n.name"))
				.dataFetcher("parent", one("Recommendation", "MATCH (:Recommendation {id: $id})<-[:HAS_PART]-(n) RETURN n"))
				.dataFetcher("children", many("Recommendation", "MATCH (:Recommendation {id: $id})-[:HAS_PART]->(n) RETURN n ORDER BY n.ordinal"))
				.dataFetcher("actions", env -> {
					List<Map<String, Object>> actions = nodes("Action",
							"MATCH (:Recommendation {id: $id})-[:HAS_ACTION]->(n) RETURN n ORDER BY n.position", "id", id(env));
					if (!Boolean.TRUE.equals(env.getArgument("latestRevisionOnly"))) {
						return actions;
					}
					long latest = actions.stream().mapToLong(a -> ((Number) a.get("revisionOrdinal")).longValue()).max().orElse(0);
					return actions.stream().filter(a -> ((Number) a.get("revisionOrdinal")).longValue() == latest).toList();
				})
				.dataFetcher("programmes", env -> {
					List<Map<String, Object>> all = new ArrayList<>();
					all.addAll(nodes("Programme", "MATCH (:Recommendation {id: $id})-[:MENTIONS]->(n:Programme) RETURN n", "id", id(env)));
					all.addAll(nodes("Programme", "MATCH (:Recommendation {id: $id})-[:HAS_ACTION]->()-[:MENTIONS]->(n:Programme) RETURN n", "id", id(env)));
					all.addAll(nodes("Programme", "MATCH (:Recommendation {id: $id})-[:HAS_ACTION]->()-[:OWNED_BY]->()-[:WORKS_IN]->(n:Programme) RETURN n", "id", id(env)));
					return distinctSorted(all, by("name"));
				})
				.dataFetcher("mentions", env -> {
					List<Map<String, Object>> all = new ArrayList<>();
					all.addAll(nodes("Entity", "MATCH (:Recommendation {id: $id})-[:MENTIONS]->(n:Entity) RETURN n", "id", id(env)));
					all.addAll(nodes("Entity", "MATCH (:Recommendation {id: $id})-[:HAS_ACTION]->()-[:MENTIONS]->(n:Entity) RETURN n", "id", id(env)));
					return distinctSorted(all, by("kind").thenComparing(by("name")));
				})
				.dataFetcher("references", many("Recommendation", "MATCH (:Recommendation {id: $id})-[:REFERENCES]->(n:Recommendation) RETURN n ORDER BY n.inspectionId, n.ordinal"))
				.dataFetcher("referencedBy", many("Recommendation", "MATCH (:Recommendation {id: $id})<-[:REFERENCES]-(n:Recommendation) RETURN n ORDER BY n.inspectionId, n.ordinal"))
				.dataFetcher("externalReferences", many("ExternalDocument", "MATCH (:Recommendation {id: $id})-[:REFERENCES]->(n:ExternalDocument) RETURN n ORDER BY n.title"))
				.dataFetcher("citedReports", many("Inspection", "MATCH (:Recommendation {id: $id})-[:CITES]->(n:Inspection) RETURN n ORDER BY n.id"))
				.dataFetcher("inspection", env -> node("Inspection", "MATCH (n:Inspection {id: $id}) RETURN n", "id", prop(env, "inspectionId")))
				.dataFetcher("sources", env -> sources(prop(env, "document"), (List<?>) prop(env, "lines"))))
			.type("Action", b -> b
				.dataFetcher("owners", many("Owner", "MATCH (:Action {id: $id})-[r:OWNED_BY]->(n) RETURN n ORDER BY coalesce(r.position, 0), n.name"))
				.dataFetcher("target", ReferenceResolver::target)
				.dataFetcher("overdue", env -> {
					java.time.LocalDate asOf = env.getArgument("asOf") != null ? env.getArgument("asOf")
							: java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
					Object due = prop(env, "dueOn");
					return "SCHEDULED".equals(prop(env, "status")) && due != null && ((java.time.LocalDate) due).isBefore(asOf);
				})
				.dataFetcher("slippage", env -> {
					Map<String, Object> s = new HashMap<>();
					s.put("firstDueOn", prop(env, "firstDueOn"));
					s.put("latestDueOn", prop(env, "latestDueOn"));
					s.put("deferrals", Objects.requireNonNullElse(prop(env, "deferrals"), 0L));
					s.put("daysDeferred", Objects.requireNonNullElse(prop(env, "daysDeferred"), 0L));
					s.put("unexplainedDeferrals", Objects.requireNonNullElse(prop(env, "unexplainedDeferrals"), 0L));
					s.put("reasons", Objects.requireNonNullElse(prop(env, "reasons"), List.of()));
					return s;
				})
				.dataFetcher("delivery", env -> {
					Map<String, Object> d = new HashMap<>();
					d.put("status", deliveryOf((Map<String, Object>) env.getSource(), asOf(env)));
					d.put("completedOn", prop(env, "completedOn"));
					d.put("basis", prop(env, "completionBasis"));
					d.put("measuredAgainst", prop(env, "firstDueOn"));
					return d;
				})
				.dataFetcher("revision", one("Revision", "MATCH (:Action {id: $id})-[:IN_REVISION]->(n) RETURN n"))
				.dataFetcher("recommendation", one("Recommendation", "MATCH (:Action {id: $id})<-[:HAS_ACTION]-(n) RETURN n"))
				.dataFetcher("mentions", many("Entity", "MATCH (:Action {id: $id})-[:MENTIONS]->(n) RETURN n ORDER BY n.kind, n.name"))
				.dataFetcher("sources", env -> sources(prop(env, "document"), (List<?>) prop(env, "lines"))))
			.type("Owner", b -> b
				.dataFetcher("aliases", env -> Objects.requireNonNullElse(prop(env, "aliases"), List.of()))
				.dataFetcher("actionCount", env -> nodes("Action", "MATCH (:Owner {id: $id})<-[:OWNED_BY]-(n:Action) RETURN n", "id", id(env)).size())
				.dataFetcher("actions", many("Action", "MATCH (:Owner {id: $id})<-[:OWNED_BY]-(n:Action) RETURN n ORDER BY n.planOrder, n.id"))
				.dataFetcher("inspections", env -> distinctSorted(nodes("Inspection",
						"MATCH (:Owner {id: $id})<-[:OWNED_BY]-(:Action)<-[:HAS_ACTION]-(:Recommendation)<-[:HAS_RECOMMENDATION]-(n) RETURN n",
						"id", id(env)), Comparator.comparing((Map<String, Object> m) -> m.get("publishedOn").toString()).reversed().thenComparing(by("id"))))
				.dataFetcher("recommendations", env -> distinctSorted(nodes("Recommendation",
						"MATCH (:Owner {id: $id})<-[:OWNED_BY]-(:Action)<-[:HAS_ACTION]-(n) RETURN n", "id", id(env)),
						by("inspectionId").thenComparing(m -> ((Number) m.get("ordinal")).intValue())))
				.dataFetcher("programmes", many("Programme", "MATCH (:Owner {id: $id})-[:WORKS_IN]->(n) RETURN n ORDER BY n.name"))
				.dataFetcher("delivery", deliveryCounts("MATCH (:Owner {id: $id})<-[:OWNED_BY]-(n:Action) RETURN n"))
				.dataFetcher("overdue", env -> {
					java.time.LocalDate asOf = env.getArgument("asOf") != null ? env.getArgument("asOf") : today();
					return dueWindow(env, null, asOf);
				})
				.dataFetcher("dueSoon", env -> {
					java.time.LocalDate asOf = env.getArgument("asOf") != null ? env.getArgument("asOf") : today();
					int within = env.getArgument("within") == null ? 30 : env.<Integer>getArgument("within");
					return dueWindow(env, asOf, asOf.plusDays(within + 1L));
				}))
			.type("Programme", b -> b
				.dataFetcher("delivery", deliveryCounts("MATCH (:Programme {id: $id})<-[:IN_PROGRAMME]-(n:Action) RETURN n"))
				.dataFetcher("aliases", env -> Objects.requireNonNullElse(prop(env, "aliases"), List.of()))
				.dataFetcher("recommendations", env -> programmeRecommendations(id(env)))
				.dataFetcher("inspections", env -> distinctSorted(programmeRecommendations(id(env)).stream()
					.map(r -> node("Inspection", "MATCH (n:Inspection {id: $id}) RETURN n", "id", r.get("inspectionId")))
					.toList(), Comparator.comparing((Map<String, Object> m) -> m.get("publishedOn").toString()).reversed().thenComparing(by("id"))))
				.dataFetcher("owners", env -> {
					List<Map<String, Object>> all = new ArrayList<>();
					all.addAll(nodes("Owner", "MATCH (:Programme {id: $id})<-[:WORKS_IN]-(n:Owner) RETURN n", "id", id(env)));
					all.addAll(nodes("Owner", "MATCH (:Programme {id: $id})<-[:MENTIONS]-(:Action)-[:OWNED_BY]->(n:Owner) RETURN n", "id", id(env)));
					return distinctSorted(all, by("name"));
				})
				.dataFetcher("actionCount", env -> {
					List<Map<String, Object>> all = new ArrayList<>();
					all.addAll(nodes("Action", "MATCH (:Programme {id: $id})<-[:MENTIONS]-(n:Action) RETURN n", "id", id(env)));
					all.addAll(nodes("Action", "MATCH (:Programme {id: $id})<-[:WORKS_IN]-()<-[:OWNED_BY]-(n:Action) RETURN n", "id", id(env)));
					return distinctSorted(all, by("id")).size();
				}))
			.type("Entity", b -> b.dataFetcher("aliases", env -> Objects.requireNonNullElse(prop(env, "aliases"), List.of())))
			.type("Finding", b -> b
				.dataFetcher("inspection", env -> node("Inspection", "MATCH (n:Inspection {id: $id}) RETURN n", "id", prop(env, "inspectionId")))
				.dataFetcher("sources", env -> sources(prop(env, "document"), (List<?>) prop(env, "lines"))))
			.build();
	}

	/** A programme's recommendations: named in their text or their actions', or owned by its roles. */
	private List<Map<String, Object>> programmeRecommendations(String id) {
		List<Map<String, Object>> all = new ArrayList<>();
		all.addAll(nodes("Recommendation", "MATCH (:Programme {id: $id})<-[:MENTIONS]-(n:Recommendation) RETURN n", "id", id));
		all.addAll(nodes("Recommendation", "MATCH (:Programme {id: $id})<-[:MENTIONS]-(:Action)<-[:HAS_ACTION]-(n) RETURN n", "id", id));
		all.addAll(nodes("Recommendation", "MATCH (:Programme {id: $id})<-[:WORKS_IN]-()<-[:OWNED_BY]-(:Action)<-[:HAS_ACTION]-(n) RETURN n", "id", id));
		return distinctSorted(all, by("planOrder"));
	}

}

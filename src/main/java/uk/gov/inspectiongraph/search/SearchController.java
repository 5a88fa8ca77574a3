package uk.gov.inspectiongraph.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import uk.gov.inspectiongraph.action.Action;
import uk.gov.inspectiongraph.graph.BadRequestException;
import uk.gov.inspectiongraph.graph.Graph;
import uk.gov.inspectiongraph.graph.Page;
import uk.gov.inspectiongraph.inspection.Finding;
import uk.gov.inspectiongraph.inspection.Inspection;
import uk.gov.inspectiongraph.owner.Owner;
import uk.gov.inspectiongraph.recommendation.Recommendation;

/** Resolvers of {@code Query.search}, {@code Query.path} and {@code Query.stats} with the fields of Stats. */
@Controller
class SearchController {

	static final int MAX_SEARCH_TEXT = 1000;

	private final Graph graph;

	SearchController(Graph graph) {
		this.graph = graph;
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument Integer first) {
		if (text.length() > MAX_SEARCH_TEXT) {
			throw new BadRequestException("search text is " + text.length() + " characters; at most " + MAX_SEARCH_TEXT);
		}
		Page.Window window = Page.window(first == null ? 20 : first, null);
		String query = LuceneText.escape(text);
		if (query.isBlank() || window.limit() == 0) {
			return List.of();
		}
		return this.graph.read("""
				CALL db.index.fulltext.queryNodes('search_text', $query, {limit: $limit}) YIELD node, score
				RETURN score, labels(node) AS labels,
				       CASE WHEN node:Recommendation THEN node %s
				            WHEN node:Action THEN node %s
				            ELSE node %s END AS node
				ORDER BY score DESC
				""".formatted(Recommendation.PROJECTION, Action.PROJECTION, Finding.PROJECTION),
				Map.of("query", query, "limit", window.limit()), r -> {
					List<String> labels = r.get("labels").asList(Value::asString);
					Value node = r.get("node");
					Object typed = labels.contains("Recommendation") ? Recommendation.from(node)
							: labels.contains("Action") ? Action.from(node) : Finding.from(node);
					return new SearchHit(r.get("score").asDouble(), typed);
				});
	}

	@QueryMapping
	List<PathStep> path(@Argument String from, @Argument String to) {
		var rows = this.graph.read("""
				CALL (){ MATCH (a:Inspection|Recommendation|Action|Owner|Entity|Finding|Revision|ActionPlan|ExternalDocument {id: $from}) RETURN a LIMIT 1 }
				CALL (){ MATCH (b:Inspection|Recommendation|Action|Owner|Entity|Finding|Revision|ActionPlan|ExternalDocument {id: $to}) RETURN b LIMIT 1 }
				MATCH p = shortestPath((a)-[*..10]-(b))
				RETURN [n IN nodes(p) | {id: n.id, type: labels(n)[0],
				        name: coalesce(n.title, n.name, n.label, CASE WHEN n.number IS NULL THEN null ELSE n.inspectionId + ' ' + n.number END, left(n.text, 80), n.id)}] AS nodes,
				       [r IN relationships(p) | type(r)] AS rels
				""", Map.of("from", from, "to", to), r -> r);
		if (rows.isEmpty()) {
			return null;
		}
		List<Value> nodes = rows.get(0).get("nodes").asList(v -> v);
		List<String> rels = rows.get(0).get("rels").asList(Value::asString);
		List<PathStep> steps = new ArrayList<>();
		for (int i = 0; i < nodes.size(); i++) {
			Value n = nodes.get(i);
			String type = "Entity".equals(n.get("type").asString()) ? "Entity" : n.get("type").asString();
			steps.add(new PathStep(n.get("id").asString(), type, n.get("name").asString(),
					i < rels.size() ? rels.get(i) : null));
		}
		return steps;
	}

	@QueryMapping
	Stats stats() {
		return new Stats();
	}

	record AgreementCount(String agreement, int count) {
	}

	record StatusCount(String status, int count) {
	}

	record OwnerCount(Owner owner, int actionCount) {
	}

	record InspectionCount(Inspection inspection, int recommendations, int actions) {
	}

	record MonthCount(String month, int count) {
	}

	@SchemaMapping
	List<AgreementCount> recommendationsByAgreement(Stats stats) {
		return this.graph.read("""
				UNWIND ['AGREED', 'PARTLY_AGREED', 'NOT_AGREED'] AS agreement
				RETURN agreement, COUNT { MATCH (r:Recommendation) WHERE r.agreement = agreement } AS count
				""", Map.of(), r -> new AgreementCount(r.get("agreement").asString(), r.get("count").asInt()));
	}

	@SchemaMapping
	List<StatusCount> actionsByStatus(Stats stats) {
		return this.graph.read("""
				UNWIND ['COMPLETED', 'ONGOING', 'SCHEDULED', 'UNSPECIFIED'] AS status
				RETURN status, COUNT { MATCH (a:Action) WHERE a.status = status } AS count
				""", Map.of(), r -> new StatusCount(r.get("status").asString(), r.get("count").asInt()));
	}

	@SchemaMapping
	List<OwnerCount> topOwners(Stats stats, @Argument Integer limit) {
		int n = limit == null ? 10 : limit;
		if (n < 0) {
			throw new BadRequestException("limit must be zero or more, was " + n);
		}
		return this.graph.read("""
				MATCH (o:Owner)
				WITH o, COUNT { (o)<-[:OWNED_BY]-() } AS actions WHERE actions > 0
				ORDER BY actions DESC, o.name
				LIMIT $limit
				RETURN o %s AS owner, actions
				""".formatted(Owner.PROJECTION), Map.of("limit", Math.min(n, Page.MAX_SIZE)),
				r -> new OwnerCount(Owner.from(r.get("owner")), r.get("actions").asInt()));
	}

	@SchemaMapping
	List<InspectionCount> byInspection(Stats stats) {
		return this.graph.read("""
				MATCH (i:Inspection)
				RETURN i %s AS inspection,
				       COUNT { (i)-[:HAS_RECOMMENDATION]->() } AS recommendations,
				       COUNT { (i)-[:HAS_RECOMMENDATION]->()-[:HAS_ACTION]->() } AS actions
				ORDER BY i.publishedOn DESC
				""".formatted(Inspection.PROJECTION), Map.of(), r -> new InspectionCount(Inspection.from(r.get("inspection")),
				r.get("recommendations").asInt(), r.get("actions").asInt()));
	}

	@SchemaMapping
	List<MonthCount> actionsDueByMonth(Stats stats) {
		return this.graph.read("""
				MATCH (a:Action) WHERE a.dueOn IS NOT NULL
				WITH toString(a.dueOn.year) + '-' + right('0' + toString(a.dueOn.month), 2) AS month
				RETURN month, count(*) AS count ORDER BY month
				""", Map.of(), r -> new MonthCount(r.get("month").asString(), r.get("count").asInt()));
	}

	@SchemaMapping
	int overdue(Stats stats, @Argument LocalDate asOf) {
		return this.graph.read("""
				MATCH (a:Action) WHERE a.status = 'SCHEDULED' AND a.dueOn < $asOf
				RETURN count(a) AS count
				""", Map.of("asOf", asOf), r -> r.get("count").asInt()).get(0);
	}

}

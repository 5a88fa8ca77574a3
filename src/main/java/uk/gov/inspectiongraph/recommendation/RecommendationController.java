package uk.gov.inspectiongraph.recommendation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import graphql.GraphQLContext;

import uk.gov.inspectiongraph.graph.Batches;
import uk.gov.inspectiongraph.graph.Conditions;
import uk.gov.inspectiongraph.graph.Graph;
import uk.gov.inspectiongraph.graph.Roots;
import uk.gov.inspectiongraph.graph.Page;
import uk.gov.inspectiongraph.graph.Prefetch;
import uk.gov.inspectiongraph.graph.Prefetched;
import uk.gov.inspectiongraph.graph.PrefetchedFields;
import graphql.schema.DataFetchingEnvironment;
import uk.gov.inspectiongraph.ingest.Text;
import uk.gov.inspectiongraph.inspection.Inspection;
import uk.gov.inspectiongraph.programme.Entity;
import uk.gov.inspectiongraph.programme.Programme;

/** Resolvers of {@code Query.recommendation(s)}, {@code Inspection.recommendations} and the fields of Recommendation. */
@Controller
class RecommendationController {

	private final Graph graph;

	private final Batches batches;

	private final Roots roots;

	RecommendationController(Graph graph, Batches batches, Roots roots, BatchLoaderRegistry registry,
			PrefetchedFields prefetched) {
		this.graph = graph;
		this.batches = batches;
		this.roots = roots;
		prefetched.register("Recommendation", Recommendation::from);
		prefetched.register("Organisation", Organisation::from);
		prefetched.register("ExternalDocument", ExternalDocument::from);
		batches.<Inspection, Recommendation>registerLists(registry, "inspectionRecommendations", "recommendations",
				Inspection::id, """
						UNWIND $ids AS key
						OPTIONAL MATCH (:Inspection {id: key})-[:HAS_RECOMMENDATION]->(r:Recommendation)
						WITH key, r ORDER BY r.ordinal
						RETURN key, collect(r %s) AS items
						""".formatted(Recommendation.PROJECTION), Recommendation::from);
	}

	@QueryMapping
	Recommendation recommendation(@Argument String inspection, @Argument String number, DataFetchingEnvironment env) {
		String normalised = number.replaceAll("\\s+", "").toLowerCase();
		return this.roots.one(env, "Recommendation",
				"MATCH (n:Recommendation {inspectionId: $inspection, number: $number}) RETURN n {%s} AS n",
				Map.of("inspection", inspection, "number", normalised), Recommendation::from,
				"no recommendation '" + number + "' in inspection '" + inspection + "'");
	}

	@QueryMapping
	Page.Connection<Recommendation> recommendations(@Argument RecommendationWhere where, @Argument String orderBy,
			@Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
		Page.Window window = Page.window(first, after);
		Conditions c = new Conditions();
		String projection = Prefetch.projection("Recommendation", Prefetch.nodes(env.getSelectionSet()), "r");
		String order = orderBy == null ? "INSPECTION_THEN_NUMBER" : orderBy;
		String cypher;
		if (where != null && where.programme() != null) {
			String matches = RecommendationWhere.programmeRecommendations(c.bind(Text.key(where.programme())));
			cypher = RecommendationQueries.anchored(matches, where.withoutProgramme().toCypher(c), order, projection);
		}
		else {
			cypher = RecommendationQueries.all(where == null ? "true" : where.toCypher(c), order, projection);
		}
		Map<String, Object> params = c.parameters();
		params.put("skip", window.skip());
		params.put("limit", window.limit());
		var rows = this.graph.read(cypher, params, r -> r);
		var row = rows.get(0);
		return Page.Connection.of(row.get("total").asInt(), window,
				Prefetched.readAll(env.getGraphQlContext(), row.get("page"), Recommendation::from));
	}

	@SchemaMapping(typeName = "Inspection")
	CompletableFuture<List<Recommendation>> recommendations(Inspection inspection, @Argument Boolean topLevelOnly,
			DataLoader<Inspection, List<Recommendation>> inspectionRecommendations) {
		return inspectionRecommendations.load(inspection)
			.thenApply(list -> Boolean.TRUE.equals(topLevelOnly)
					? list.stream().filter(r -> !r.number().contains("(")).toList() : list);
	}

	@BatchMapping
	Map<Recommendation, List<Organisation>> addressees(List<Recommendation> recs, GraphQLContext ctx) {
		return this.batches.lists(ctx, "addressees", recs, Recommendation::id, """
				UNWIND $ids AS key
				OPTIONAL MATCH (:Recommendation {id: key})-[:ADDRESSED_TO]->(o:Organisation)
				RETURN key, collect(o {.id, .name}) AS items
				""", Organisation::from);
	}

	@BatchMapping
	Map<Recommendation, Recommendation> parent(List<Recommendation> recs, GraphQLContext ctx) {
		return this.batches.singles(ctx, "parent", recs, Recommendation::id, """
				UNWIND $ids AS key
				OPTIONAL MATCH (p:Recommendation)-[:HAS_PART]->(:Recommendation {id: key})
				RETURN key, p %s AS item
				""".formatted(Recommendation.PROJECTION), Recommendation::from);
	}

	@BatchMapping
	Map<Recommendation, List<Recommendation>> children(List<Recommendation> recs, GraphQLContext ctx) {
		return related(ctx, "children", recs, "(:Recommendation {id: key})-[:HAS_PART]->(x:Recommendation)");
	}

	@BatchMapping
	Map<Recommendation, List<Recommendation>> references(List<Recommendation> recs, GraphQLContext ctx) {
		return related(ctx, "references", recs, "(:Recommendation {id: key})-[:REFERENCES]->(x:Recommendation)");
	}

	@BatchMapping
	Map<Recommendation, List<Recommendation>> referencedBy(List<Recommendation> recs, GraphQLContext ctx) {
		return related(ctx, "referencedBy", recs, "(:Recommendation {id: key})<-[:REFERENCES]-(x:Recommendation)");
	}

	private Map<Recommendation, List<Recommendation>> related(GraphQLContext ctx, String field, List<Recommendation> recs,
			String pattern) {
		return this.batches.lists(ctx, field, recs, Recommendation::id, """
				UNWIND $ids AS key
				OPTIONAL MATCH %s
				WITH key, x ORDER BY x.inspectionId, x.ordinal
				RETURN key, collect(x %s) AS items
				""".formatted(pattern, Recommendation.PROJECTION), Recommendation::from);
	}

	@BatchMapping
	Map<Recommendation, List<ExternalDocument>> externalReferences(List<Recommendation> recs, GraphQLContext ctx) {
		return this.batches.lists(ctx, "externalReferences", recs, Recommendation::id, """
				UNWIND $ids AS key
				OPTIONAL MATCH (:Recommendation {id: key})-[:REFERENCES]->(x:ExternalDocument)
				RETURN key, collect(x {.id, .title}) AS items
				""", ExternalDocument::from);
	}

	@BatchMapping
	Map<Recommendation, List<Entity>> mentions(List<Recommendation> recs, GraphQLContext ctx) {
		return this.batches.lists(ctx, "mentions", recs, Recommendation::id, """
				UNWIND $ids AS key
				MATCH (r:Recommendation {id: key})
				OPTIONAL MATCH (r)-[:HAS_ACTION*0..1]->()-[:MENTIONS]->(e:Entity)
				WITH key, e ORDER BY e.kind, e.name
				RETURN key, collect(DISTINCT e %s) AS items
				""".formatted(Entity.PROJECTION), Entity::from);
	}

	@BatchMapping
	Map<Recommendation, List<Programme>> programmes(List<Recommendation> recs, GraphQLContext ctx) {
		return this.batches.lists(ctx, "programmes", recs, Recommendation::id, """
				UNWIND $ids AS key
				MATCH (r:Recommendation {id: key})
				CALL (r) {
				  MATCH (r)-[:HAS_ACTION*0..1]->()-[:MENTIONS]->(p:Programme) RETURN p
				  UNION
				  MATCH (r)-[:HAS_ACTION]->()-[:OWNED_BY]->()-[:WORKS_IN]->(p:Programme) RETURN p
				}
				WITH key, p ORDER BY p.name
				RETURN key, collect(DISTINCT p %s) AS items
				""".formatted(Programme.PROJECTION), Programme::from);
	}

	@BatchMapping
	Map<Recommendation, Inspection> inspection(List<Recommendation> recs, GraphQLContext ctx) {
		return this.batches.singles(ctx, "inspection", recs, Recommendation::inspectionId, """
				UNWIND $ids AS key
				MATCH (i:Inspection {id: key})
				RETURN key, i %s AS item
				""".formatted(Inspection.PROJECTION), Inspection::from);
	}

}

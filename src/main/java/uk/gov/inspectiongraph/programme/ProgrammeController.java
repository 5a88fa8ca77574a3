package uk.gov.inspectiongraph.programme;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import graphql.GraphQLContext;

import uk.gov.inspectiongraph.graph.Batches;
import uk.gov.inspectiongraph.graph.Graph;
import uk.gov.inspectiongraph.graph.PrefetchedFields;
import uk.gov.inspectiongraph.graph.NotFoundException;
import uk.gov.inspectiongraph.ingest.Text;
import uk.gov.inspectiongraph.inspection.Inspection;
import uk.gov.inspectiongraph.owner.Owner;
import uk.gov.inspectiongraph.recommendation.Recommendation;

/** Resolvers of {@code Query.programme(s)} and the fields of Programme. */
@Controller
class ProgrammeController {

	/** The recommendations of a programme {@code p}: named in their text or actions, or owned by its roles. */
	private static final String RECOMMENDATIONS_OF_P = """
			CALL (p) {
			  MATCH (r:Recommendation)-[:HAS_ACTION*0..1]->()-[:MENTIONS]->(p) RETURN r
			  UNION
			  MATCH (r:Recommendation)-[:HAS_ACTION]->()-[:OWNED_BY]->()-[:WORKS_IN]->(p) RETURN r
			}
			""";

	private final Graph graph;

	private final Batches batches;

	ProgrammeController(Graph graph, Batches batches, PrefetchedFields prefetched) {
		prefetched.register("Programme", Programme::from);
		prefetched.register("Entity", Entity::from);
		this.graph = graph;
		this.batches = batches;
	}

	@QueryMapping
	List<Programme> programmes() {
		return this.graph.read("MATCH (p:Programme) RETURN p " + Programme.PROJECTION + " AS p ORDER BY p.name", Map.of(),
				r -> Programme.from(r.get("p")));
	}

	@QueryMapping
	Programme programme(@Argument String name) {
		return this.graph
			.read("MATCH (p:Programme) WHERE $key IN p.keys RETURN p " + Programme.PROJECTION + " AS p",
					Map.of("key", Text.key(name)), r -> Programme.from(r.get("p")))
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("no programme named '" + name + "'"));
	}

	@BatchMapping
	Map<Programme, List<Recommendation>> recommendations(List<Programme> programmes, GraphQLContext ctx) {
		return this.batches.lists(ctx, "recommendations", programmes, Programme::id, """
				UNWIND $ids AS key
				MATCH (p:Programme {id: key})
				%s
				MATCH (i:Inspection)-[:HAS_RECOMMENDATION]->(r)
				WITH key, r ORDER BY i.publishedOn DESC, r.ordinal
				RETURN key, collect(DISTINCT r %s) AS items
				""".formatted(RECOMMENDATIONS_OF_P, Recommendation.PROJECTION), Recommendation::from);
	}

	@BatchMapping
	Map<Programme, List<Inspection>> inspections(List<Programme> programmes, GraphQLContext ctx) {
		return this.batches.lists(ctx, "inspections", programmes, Programme::id, """
				UNWIND $ids AS key
				MATCH (p:Programme {id: key})
				%s
				MATCH (i:Inspection)-[:HAS_RECOMMENDATION]->(r)
				WITH key, i ORDER BY i.publishedOn DESC
				RETURN key, collect(DISTINCT i %s) AS items
				""".formatted(RECOMMENDATIONS_OF_P, Inspection.PROJECTION), Inspection::from);
	}

	@BatchMapping
	Map<Programme, List<Owner>> owners(List<Programme> programmes, GraphQLContext ctx) {
		return this.batches.lists(ctx, "owners", programmes, Programme::id, """
				UNWIND $ids AS key
				MATCH (p:Programme {id: key})
				CALL (p) {
				  MATCH (o:Owner)-[:WORKS_IN]->(p) RETURN o
				  UNION
				  MATCH (o:Owner)<-[:OWNED_BY]-(:Action)-[:MENTIONS]->(p) RETURN o
				}
				WITH key, o ORDER BY o.name
				RETURN key, collect(DISTINCT o %s) AS items
				""".formatted(Owner.PROJECTION), Owner::from);
	}

	@BatchMapping
	Map<Programme, Integer> actionCount(List<Programme> programmes, GraphQLContext ctx) {
		return this.batches.singles(ctx, "actionCount", programmes, Programme::id, """
				UNWIND $ids AS key
				MATCH (p:Programme {id: key})
				RETURN key, size(COLLECT {
				  MATCH (a:Action)-[:MENTIONS]->(p) RETURN a
				  UNION
				  MATCH (a:Action)-[:OWNED_BY]->()-[:WORKS_IN]->(p) RETURN a
				}) AS item
				""", v -> v.asInt());
	}

}

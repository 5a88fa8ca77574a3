package uk.gov.inspectiongraph.owner;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import graphql.GraphQLContext;

import uk.gov.inspectiongraph.graph.Batches;
import uk.gov.inspectiongraph.graph.BadRequestException;
import uk.gov.inspectiongraph.graph.Graph;
import uk.gov.inspectiongraph.graph.PrefetchedFields;
import uk.gov.inspectiongraph.graph.Roots;
import uk.gov.inspectiongraph.graph.Page;
import graphql.schema.DataFetchingEnvironment;
import uk.gov.inspectiongraph.ingest.Text;
import uk.gov.inspectiongraph.inspection.Inspection;
import uk.gov.inspectiongraph.programme.Programme;
import uk.gov.inspectiongraph.recommendation.Recommendation;

/** Resolvers of {@code Query.owner(s)} and the fields of Owner. */
@Controller
class OwnerController {

	private final Graph graph;

	private final Batches batches;

	private final Roots roots;

	OwnerController(Graph graph, Batches batches, Roots roots, PrefetchedFields prefetched) {
		prefetched.register("Owner", Owner::from);
		this.graph = graph;
		this.batches = batches;
		this.roots = roots;
	}

	@QueryMapping
	List<Owner> owners(@Argument String search, @Argument Integer first) {
		if (first != null && first < 0) {
			throw new BadRequestException("first must be zero or more, was " + first);
		}
		int limit = first == null ? 20 : Math.min(first, Page.MAX_SIZE);
		List<Owner> all = this.graph.read("MATCH (o:Owner) RETURN o " + Owner.PROJECTION + " AS o ORDER BY o.name",
				Map.of(), r -> Owner.from(r.get("o")));
		if (search == null || search.isBlank()) {
			return all.stream().limit(limit).toList();
		}
		record Scored(Owner owner, double score) {
		}
		return all.stream()
			.map(o -> new Scored(o, FuzzyOwnerMatch.score(search, o.name(), o.aliases())))
			.filter(s -> s.score() >= 0.5)
			.sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.owner().name()))
			.limit(limit)
			.map(Scored::owner)
			.toList();
	}

	@QueryMapping
	Owner owner(@Argument String name, DataFetchingEnvironment env) {
		return this.roots.one(env, "Owner", "MATCH (n:Owner) WHERE $key IN n.keys RETURN n {%s} AS n",
				Map.of("key", Text.key(name)), Owner::from, "no owner role named '" + name + "'");
	}

	@BatchMapping
	Map<Owner, Integer> actionCount(List<Owner> owners, GraphQLContext ctx) {
		return this.batches.singles(ctx, "actionCount", owners, Owner::id, """
				UNWIND $ids AS key
				MATCH (o:Owner {id: key})
				RETURN key, COUNT { (o)<-[:OWNED_BY]-(:Action) } AS item
				""", v -> v.asInt());
	}

	@BatchMapping
	Map<Owner, List<Inspection>> inspections(List<Owner> owners, GraphQLContext ctx) {
		return this.batches.lists(ctx, "inspections", owners, Owner::id, """
				UNWIND $ids AS key
				OPTIONAL MATCH (:Owner {id: key})<-[:OWNED_BY]-(:Action)<-[:HAS_ACTION]-(:Recommendation)<-[:HAS_RECOMMENDATION]-(i:Inspection)
				WITH DISTINCT key, i ORDER BY i.publishedOn DESC
				RETURN key, collect(i %s) AS items
				""".formatted(Inspection.PROJECTION), Inspection::from);
	}

	@BatchMapping
	Map<Owner, List<Recommendation>> recommendations(List<Owner> owners, GraphQLContext ctx) {
		return this.batches.lists(ctx, "recommendations", owners, Owner::id, """
				UNWIND $ids AS key
				OPTIONAL MATCH (:Owner {id: key})<-[:OWNED_BY]-(:Action)<-[:HAS_ACTION]-(r:Recommendation)
				WITH DISTINCT key, r ORDER BY r.inspectionId, r.ordinal
				RETURN key, collect(r %s) AS items
				""".formatted(Recommendation.PROJECTION), Recommendation::from);
	}

	@BatchMapping
	Map<Owner, List<Programme>> programmes(List<Owner> owners, GraphQLContext ctx) {
		return this.batches.lists(ctx, "programmes", owners, Owner::id, """
				UNWIND $ids AS key
				OPTIONAL MATCH (:Owner {id: key})-[:WORKS_IN]->(p:Programme)
				WITH key, p ORDER BY p.name
				RETURN key, collect(p %s) AS items
				""".formatted(Programme.PROJECTION), Programme::from);
	}

}

package uk.gov.inspectiongraph.action;

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
import uk.gov.inspectiongraph.graph.Page;
import uk.gov.inspectiongraph.graph.Prefetch;
import uk.gov.inspectiongraph.graph.Prefetched;
import uk.gov.inspectiongraph.graph.PrefetchedFields;
import graphql.schema.DataFetchingEnvironment;
import uk.gov.inspectiongraph.ingest.Text;
import uk.gov.inspectiongraph.inspection.Revision;
import uk.gov.inspectiongraph.owner.Owner;
import uk.gov.inspectiongraph.programme.Entity;
import uk.gov.inspectiongraph.recommendation.Recommendation;

/**
 * Resolvers of {@code Query.actions}, {@code Recommendation.actions}, {@code Owner.actions} and the fields of
 * Action.
 */
@Controller
class ActionController {

	private final Graph graph;

	private final Batches batches;

	ActionController(Graph graph, Batches batches, BatchLoaderRegistry registry, PrefetchedFields prefetched) {
		this.graph = graph;
		this.batches = batches;
		prefetched.register("Action", Action::from);
		batches.<Recommendation, Action>registerLists(registry, "recommendationActions", "actions", Recommendation::id, """
				UNWIND $ids AS key
				OPTIONAL MATCH (:Recommendation {id: key})-[:HAS_ACTION]->(a:Action)
				WITH key, a ORDER BY a.position
				RETURN key, collect(a %s) AS items
				""".formatted(Action.PROJECTION), Action::from);
	}

	@QueryMapping
	Page.Connection<Action> actions(@Argument ActionWhere where, @Argument String orderBy, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		Page.Window window = Page.window(first, after);
		Conditions c = new Conditions();
		String order = orderBy == null ? "PLAN_ORDER" : orderBy;
		String projection = Prefetch.projection("Action", Prefetch.nodes(env.getSelectionSet()), "a");
		String cypher;
		if (where != null && where.owner() != null) {
			String key = c.bind(Text.key(where.owner()));
			cypher = ActionQueries.ofOwner(key, where.withoutOwner().toCypher(c), order, projection);
		}
		else {
			cypher = ActionQueries.all(where == null ? "true" : where.toCypher(c), order, projection);
		}
		Map<String, Object> params = c.parameters();
		params.put("skip", window.skip());
		params.put("limit", window.limit());
		var row = this.graph.read(cypher, params, r -> r).get(0);
		return Page.Connection.of(row.get("total").asInt(), window,
				Prefetched.readAll(env.getGraphQlContext(), row.get("page"), Action::from));
	}

	@SchemaMapping(typeName = "Recommendation")
	CompletableFuture<List<Action>> actions(Recommendation recommendation, @Argument Boolean latestRevisionOnly,
			DataLoader<Recommendation, List<Action>> recommendationActions) {
		return recommendationActions.load(recommendation).thenApply(actions -> {
			if (!Boolean.TRUE.equals(latestRevisionOnly)) {
				return actions;
			}
			int latest = actions.stream().mapToInt(Action::revisionOrdinal).max().orElse(0);
			return actions.stream().filter(a -> a.revisionOrdinal() == latest).toList();
		});
	}

	@BatchMapping(typeName = "Owner", field = "actions")
	Map<Owner, List<Action>> ownerActions(List<Owner> owners, GraphQLContext ctx) {
		return this.batches.lists(ctx, "actions", owners, Owner::id, """
				UNWIND $ids AS key
				OPTIONAL MATCH (:Owner {id: key})<-[:OWNED_BY]-(a:Action)
				WITH key, a ORDER BY a.id
				RETURN key, collect(a %s) AS items
				""".formatted(Action.PROJECTION), Action::from);
	}

	@BatchMapping
	Map<Action, List<Owner>> owners(List<Action> actions, GraphQLContext ctx) {
		return this.batches.lists(ctx, "owners", actions, Action::id, """
				UNWIND $ids AS key
				OPTIONAL MATCH (:Action {id: key})-[:OWNED_BY]->(o:Owner)
				RETURN key, collect(o %s) AS items
				""".formatted(Owner.PROJECTION), Owner::from);
	}

	@BatchMapping
	Map<Action, Revision> revision(List<Action> actions, GraphQLContext ctx) {
		return this.batches.singles(ctx, "revision", actions, Action::id, """
				UNWIND $ids AS key
				MATCH (:Action {id: key})-[:IN_REVISION]->(v:Revision)
				RETURN key, v %s AS item
				""".formatted(Revision.PROJECTION), Revision::from);
	}

	@BatchMapping
	Map<Action, Recommendation> recommendation(List<Action> actions, GraphQLContext ctx) {
		return this.batches.singles(ctx, "recommendation", actions, Action::id, """
				UNWIND $ids AS key
				MATCH (r:Recommendation)-[:HAS_ACTION]->(:Action {id: key})
				RETURN key, r %s AS item
				""".formatted(Recommendation.PROJECTION), Recommendation::from);
	}

	@BatchMapping
	Map<Action, List<Entity>> mentions(List<Action> actions, GraphQLContext ctx) {
		return this.batches.lists(ctx, "mentions", actions, Action::id, """
				UNWIND $ids AS key
				OPTIONAL MATCH (:Action {id: key})-[:MENTIONS]->(e:Entity)
				WITH key, e ORDER BY e.kind, e.name
				RETURN key, collect(e %s) AS items
				""".formatted(Entity.PROJECTION), Entity::from);
	}

}

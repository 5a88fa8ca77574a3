package uk.gov.inspectiongraph.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import graphql.GraphQLContext;

import uk.gov.inspectiongraph.graph.Batches;
import uk.gov.inspectiongraph.graph.Graph;
import uk.gov.inspectiongraph.graph.PrefetchedFields;
import uk.gov.inspectiongraph.graph.Roots;
import graphql.schema.DataFetchingEnvironment;

/** Resolvers of {@code Query.inspections}, {@code Query.inspection} and the fields of Inspection and ActionPlan. */
@Controller
class InspectionController {

	private final Graph graph;

	private final Batches batches;

	private final Roots roots;

	InspectionController(Graph graph, Batches batches, Roots roots, PrefetchedFields prefetched) {
		this.graph = graph;
		this.batches = batches;
		this.roots = roots;
		prefetched.register("Inspection", Inspection::from);
		prefetched.register("ActionPlan", ActionPlan::from);
		prefetched.register("Revision", Revision::from);
		prefetched.register("Finding", Finding::from);
		prefetched.register("Statistic", Statistic::from);
		prefetched.register("AgreementSummary", AgreementSummary::from);
	}

	@QueryMapping
	List<Inspection> inspections(DataFetchingEnvironment env) {
		return this.roots.list(env, "Inspection", "MATCH (n:Inspection) WITH n ORDER BY n.publishedOn DESC, n.id RETURN n {%s} AS n",
				Map.of(), Inspection::from);
	}

	@QueryMapping
	Inspection inspection(@Argument String id, DataFetchingEnvironment env) {
		return this.roots.one(env, "Inspection", "MATCH (n:Inspection {id: $id}) RETURN n {%s} AS n", Map.of("id", id),
				Inspection::from, "no inspection with id '" + id + "'");
	}

	@BatchMapping
	Map<Inspection, ActionPlan> actionPlan(List<Inspection> inspections, GraphQLContext ctx) {
		return this.batches.singles(ctx, "actionPlan", inspections, Inspection::id, """
				UNWIND $ids AS key
				OPTIONAL MATCH (p:ActionPlan)-[:RESPONDS_TO]->(:Inspection {id: key})
				RETURN key, p {.id, .title, .submittedOn} AS item
				""", ActionPlan::from);
	}

	@BatchMapping
	Map<Inspection, AgreementSummary> agreementSummary(List<Inspection> inspections, GraphQLContext ctx) {
		return this.batches.singles(ctx, "agreementSummary", inspections, Inspection::id, """
				UNWIND $ids AS key
				OPTIONAL MATCH (:Inspection {id: key})-[:HAS_RECOMMENDATION]->(r:Recommendation {topLevel: true})
				WITH key, collect(r.agreement) AS a
				RETURN key, {agreed: size([x IN a WHERE x = 'AGREED']),
				             partlyAgreed: size([x IN a WHERE x = 'PARTLY_AGREED']),
				             notAgreed: size([x IN a WHERE x = 'NOT_AGREED'])} AS item
				""", AgreementSummary::from);
	}

	@BatchMapping
	Map<Inspection, List<Finding>> findings(List<Inspection> inspections, GraphQLContext ctx) {
		return this.batches.lists(ctx, "findings", inspections, Inspection::id, """
				UNWIND $ids AS key
				OPTIONAL MATCH (:Inspection {id: key})-[:HAS_FINDING]->(f:Finding)
				WITH key, f ORDER BY f.ordinal
				RETURN key, collect(f %s) AS items
				""".formatted(Finding.PROJECTION), Finding::from);
	}

	@BatchMapping
	Map<Inspection, List<Statistic>> statistics(List<Inspection> inspections, GraphQLContext ctx) {
		return this.batches.lists(ctx, "statistics", inspections, Inspection::id, """
				UNWIND $ids AS key
				OPTIONAL MATCH (:Inspection {id: key})-[:HAS_STATISTIC]->(s:Statistic)
				WITH key, s ORDER BY s.ordinal
				RETURN key, collect(s {.id, .label, .value, .unit}) AS items
				""", Statistic::from);
	}

	@BatchMapping(typeName = "ActionPlan", field = "inspection")
	Map<ActionPlan, Inspection> planInspection(List<ActionPlan> plans, GraphQLContext ctx) {
		return this.batches.singles(ctx, "inspection", plans, ActionPlan::id, """
				UNWIND $ids AS key
				MATCH (:ActionPlan {id: key})-[:RESPONDS_TO]->(i:Inspection)
				RETURN key, i %s AS item
				""".formatted(Inspection.PROJECTION), Inspection::from);
	}

	@BatchMapping(typeName = "ActionPlan")
	Map<ActionPlan, List<Revision>> revisions(List<ActionPlan> plans, GraphQLContext ctx) {
		return this.batches.lists(ctx, "revisions", plans, ActionPlan::id, """
				UNWIND $ids AS key
				OPTIONAL MATCH (:ActionPlan {id: key})-[:HAS_REVISION]->(v:Revision)
				WITH key, v ORDER BY v.ordinal
				RETURN key, collect(v %s) AS items
				""".formatted(Revision.PROJECTION), Revision::from);
	}

	@BatchMapping(typeName = "Finding", field = "inspection")
	Map<Finding, Inspection> findingInspection(List<Finding> findings, GraphQLContext ctx) {
		return this.batches.singles(ctx, "inspection", findings, Finding::inspectionId, """
				UNWIND $ids AS key
				MATCH (i:Inspection {id: key})
				RETURN key, i %s AS item
				""".formatted(Inspection.PROJECTION), Inspection::from);
	}

	@SchemaMapping
	List<RelatedInspection> related(Inspection inspection, @Argument Integer first) {
		int limit = first == null ? 10 : Math.max(0, Math.min(first, 100));
		List<RelatedInspection> related = new ArrayList<>();
		this.graph.read(RELATED, Map.of("id", inspection.id(), "limit", limit), r -> {
			List<RelatedInspection.Reason> reasons = r.get("reasons")
				.asList(v -> new RelatedInspection.Reason(v.get("kind").asString(), v.get("name").asString()));
			related.add(new RelatedInspection(Inspection.from(r.get("inspection")), r.get("score").asDouble(), reasons));
			return null;
		});
		return related;
	}

	/**
	 * Shared programmes, owners, policies, systems, organisations and topics (the INVOLVES edges the importer
	 * keeps, cypher/loader/14_inspection_involvement.cypher), and explicit references between the two
	 * inspections' recommendations, each counted once and weighted by kind (a node is involved under one kind
	 * only: an entity's, OWNER or PROGRAMME). The scores are summed first, one weight per shared node and
	 * no strings, and the reasons listed for the best only, so an inspection sharing a busy owner with thousands
	 * of others costs one pass over those edges.
	 */
	private static final String RELATED = """
			MATCH (i:Inspection {id: $id})
			CALL (i) {
			  CALL (i) {
			    MATCH (i)-[v:INVOLVES]->(x)
			    WITH x, %1$s AS weight
			    MATCH (x)<-[:INVOLVES]-(j:Inspection)
			    WHERE j <> i
			    RETURN j, weight
			    UNION ALL
			    MATCH (i)-[:HAS_RECOMMENDATION]->(a:Recommendation)-[:REFERENCES]-(b:Recommendation)<-[:HAS_RECOMMENDATION]-(j:Inspection)
			    WHERE j <> i
			    WITH DISTINCT j, a, b
			    RETURN j, 5.0 AS weight
			  }
			  RETURN j, sum(weight) AS score
			  ORDER BY score DESC, j.id
			  LIMIT $limit
			}
			CALL (i, j) {
			  CALL (i, j) {
			    MATCH (i)-[v:INVOLVES]->(x)<-[:INVOLVES]-(j)
			    RETURN v.kind AS kind, x.name AS name
			    UNION
			    MATCH (i)-[:HAS_RECOMMENDATION]->(a:Recommendation)-[:REFERENCES]-(b:Recommendation)<-[:HAS_RECOMMENDATION]-(j)
			    RETURN 'REFERENCE' AS kind, a.id + ' -> ' + b.id AS name
			  }
			  WITH kind, name, %2$s AS weight
			  ORDER BY weight DESC, name
			  RETURN collect({kind: kind, name: name}) AS reasons
			}
			RETURN j {.id, .title, .inspectorate, .publishedOn, .document, .line} AS inspection, score, reasons
			ORDER BY score DESC, inspection.id
			""".formatted(weight("v.kind"), weight("kind"));

	/** The weight of a reason of the kind {@code kind} (a Cypher expression). */
	private static String weight(String kind) {
		return "CASE " + kind + " WHEN 'REFERENCE' THEN 5.0 WHEN 'PROGRAMME' THEN 3.0 WHEN 'OWNER' THEN 2.0 "
				+ "WHEN 'POLICY' THEN 2.0 WHEN 'SYSTEM' THEN 2.0 ELSE 1.0 END";
	}

}

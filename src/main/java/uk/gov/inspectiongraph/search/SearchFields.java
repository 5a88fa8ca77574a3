package uk.gov.inspectiongraph.search;

import java.util.List;
import java.util.Map;

import org.neo4j.cypherdsl.core.Cypher;

import org.springframework.stereotype.Component;

import uk.gov.inspectiongraph.action.ActionFields;
import uk.gov.inspectiongraph.query.Declarations;
import uk.gov.inspectiongraph.query.FieldDef;
import uk.gov.inspectiongraph.query.Matches;
import uk.gov.inspectiongraph.query.Page;
import uk.gov.inspectiongraph.query.Tallies;
import uk.gov.inspectiongraph.query.TypeDef;

/**
 * The fields of SearchHit and Stats: each defined once, here. The counts are subqueries over the whole graph
 * (like {@code @cypher} fields), with their arguments as parameters; counts by agreement, status and due month
 * read the ones the importer keeps ({@link Tallies}).
 */
@Component
class SearchFields implements Declarations {

	@Override
	public List<TypeDef> types() {
		return List.of(TypeDef.of("SearchHit")
			.value("score", (t, v, a) -> Cypher.name("score"))
			.field("node", new FieldDef.Embedded("SearchResult")),
				TypeDef.of("Stats")
					.field("recommendationsByAgreement", new FieldDef.Mapped("AgreementCount", (t, v, a) -> Cypher.raw("""
							[agreement IN ['AGREED', 'PARTLY_AGREED', 'NOT_AGREED'] |
							  {agreement: agreement, count: %s}]""".formatted(Tallies.of("agreement", "agreement")))))
					.field("actionsByStatus", new FieldDef.Mapped("StatusCount", (t, v, a) -> Cypher.raw("""
							[status IN ['COMPLETED', 'ONGOING', 'SCHEDULED', 'UNSPECIFIED'] |
							  {status: status, count: %s}]""".formatted(Tallies.of("status", "status")))))
					.field("topOwners", new FieldDef.Mapped("OwnerCount", (t, v, a) -> {
						return Cypher.raw("""
								COLLECT {
								  MATCH (o:Owner)
								  WITH o, COUNT { (o)<-[:OWNED_BY]-() } AS actions WHERE actions > 0
								  ORDER BY actions DESC, o.name
								  LIMIT $E
								  RETURN {owner: o, actionCount: actions}
								}""", t.parameter(limit(a)));
					}))
					.field("byInspection", new FieldDef.Mapped("InspectionCount", (t, v, a) -> Cypher.raw("""
							COLLECT {
							  MATCH (i:Inspection)
							  WITH i ORDER BY i.publishedOn DESC, i.id
							  RETURN {inspection: i,
							          recommendations: COUNT { (i)-[:HAS_RECOMMENDATION]->() },
							          actions: COUNT { (i)-[:HAS_RECOMMENDATION]->()-[:HAS_ACTION]->() }}
							}""")))
					.field("actionsDueByMonth", new FieldDef.Mapped("MonthCount", (t, v, a) -> Cypher.raw("""
							COLLECT {
							  MATCH (t:Tally) WHERE t.kind = 'dueMonth' AND t.value IS NOT NULL AND t.on IS NOT NULL
							  WITH toString(t.on.year) + '-' + right('0' + toString(t.on.month), 2) AS month, sum(t.n) AS count
							  ORDER BY month
							  RETURN {month: month, count: count}
							}""")))
					.value("lastChanged", (t, v, a) -> Cypher.raw(
							"head(COLLECT { MATCH (g:GraphVersion {id: 'graph'}) RETURN toString(g.changedAt) AS at })"))
					.value("overdue", (t, v, a) -> Cypher.raw(
							"COUNT { MATCH (a:Action) WHERE " + ActionFields.overdue("a", "$E") + " }", ActionFields.asOf(t, a)))
					.one("delivery", "DeliveryCounts", ActionFields.deliveryCountsOf("MATCH (a:Action)"))
					.field("deliveryByInspection", new FieldDef.Mapped("InspectionDelivery", (t, v, a) -> Cypher.raw("""
							COLLECT {
							  MATCH (i:Inspection) WHERE EXISTS { (i)-[:HAS_RECOMMENDATION]->()-[:HAS_ACTION]->() }
							  WITH i ORDER BY i.publishedOn DESC, i.id
							  RETURN {inspection: {id: i.id}, delivery: %s}
							}""".formatted(ActionFields.deliveryCounts(
									"MATCH (i)-[:HAS_RECOMMENDATION]->(:Recommendation)-[:HAS_ACTION]->(a:Action)", "$E")),
							ActionFields.asOf(t, a), ActionFields.asOf(t, a))))
					.field("deliveryByProgramme", new FieldDef.Mapped("ProgrammeDelivery", (t, v, a) -> Cypher.raw("""
							COLLECT {
							  MATCH (p:Programme) WHERE EXISTS { (p)<-[:IN_PROGRAMME]-(:Action) }
							  WITH p ORDER BY p.name
							  RETURN {programme: {id: p.id}, delivery: %s}
							}""".formatted(ActionFields.deliveryCounts("MATCH (a:Action)-[:IN_PROGRAMME]->(p)", "$E")),
							ActionFields.asOf(t, a), ActionFields.asOf(t, a))))
					.field("deliveryByOwner", new FieldDef.Mapped("OwnerDelivery", (t, v, a) -> Cypher.raw("""
							COLLECT {
							  MATCH (o:Owner)
							  WITH o, COUNT { (o)<-[:OWNED_BY]-() } AS actions WHERE actions > 0
							  ORDER BY actions DESC, o.name
							  LIMIT $E
							  RETURN {owner: {id: o.id}, delivery: %s}
							}""".formatted(ActionFields.deliveryCounts("MATCH (a:Action)-[:OWNED_BY]->(o)", "$E")),
							t.parameter(limit(a)), ActionFields.asOf(t, a), ActionFields.asOf(t, a))))
					.field("overdueByOwner", new FieldDef.Mapped("OwnerCount", (t, v, a) -> Cypher.raw("""
							COLLECT {
							  MATCH (a:Action)-[:OWNED_BY]->(o:Owner) WHERE %s
							  WITH o, count(a) AS actions
							  ORDER BY actions DESC, o.name
							  LIMIT $E
							  RETURN {owner: o, actionCount: actions}
							}""".formatted(ActionFields.overdue("a", "$E")), ActionFields.asOf(t, a), t.parameter(limit(a)))))
					.field("overdueByInspection", new FieldDef.Mapped("InspectionOverdueCount", (t, v, a) -> Cypher.raw("""
							COLLECT {
							  MATCH (a:Action) WHERE %s
							  WITH a.inspectionId AS inspection, count(a) AS overdue
							  ORDER BY overdue DESC, inspection
							  RETURN {inspection: {id: inspection}, overdue: overdue}
							}""".formatted(ActionFields.overdue("a", "$E")), ActionFields.asOf(t, a)))),
				TypeDef.of("OwnerCount")
					.one("owner", "Owner", Matches.byId("Owner", c -> Cypher.property(c, "owner", "id"))),
				TypeDef.of("InspectionCount")
					.one("inspection", "Inspection", Matches.byId("Inspection", c -> Cypher.property(c, "inspection", "id"))),
				TypeDef.of("InspectionDelivery")
					.one("delivery", "DeliveryCounts", ActionFields.deliveryCountsIn())
					.one("inspection", "Inspection", Matches.byId("Inspection", c -> Cypher.property(c, "inspection", "id"))),
				TypeDef.of("ProgrammeDelivery")
					.one("delivery", "DeliveryCounts", ActionFields.deliveryCountsIn())
					.one("programme", "Programme", Matches.byId("Programme", c -> Cypher.property(c, "programme", "id"))),
				TypeDef.of("OwnerDelivery")
					.one("delivery", "DeliveryCounts", ActionFields.deliveryCountsIn())
					.one("owner", "Owner", Matches.byId("Owner", c -> Cypher.property(c, "owner", "id"))),
				TypeDef.of("InspectionOverdueCount")
					.one("inspection", "Inspection", Matches.byId("Inspection", c -> Cypher.property(c, "inspection", "id"))));
	}

	/** The {@code limit} argument (default 10), capped at a page's size. */
	private static int limit(Map<String, Object> arguments) {
		Number limit = (Number) arguments.get("limit");
		return Page.size("limit", limit == null ? null : limit.intValue(), 10);
	}

}

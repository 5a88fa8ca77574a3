package uk.gov.inspectiongraph.programme;

import java.util.List;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;

import org.springframework.stereotype.Component;

import uk.gov.inspectiongraph.action.ActionFields;
import uk.gov.inspectiongraph.query.Declarations;
import uk.gov.inspectiongraph.query.Matches;
import uk.gov.inspectiongraph.query.TypeDef;

/** The fields of Programme and Entity: each defined once, here. */
@Component
class ProgrammeFields implements Declarations {

	@Override
	public List<TypeDef> types() {
		return List.of(TypeDef.of("Programme")
			.list("aliases")
			.one("delivery", "DeliveryCounts", ActionFields.deliveryCountsOf("MATCH (a:Action)-[:IN_PROGRAMME]->($E)"))
			.many("recommendations", "Recommendation", Membership.recommendationsOfProgramme(Matches.by("planOrder")))
			.many("inspections", "Inspection", (t, parent, child, args) -> {
				var recommendation = t.variable();
				Node inspection = Cypher.node("Inspection").named(child);
				return Membership.recommendationRows(parent, recommendation)
					.match(inspection.relationshipTo(Cypher.anyNode(recommendation), "HAS_RECOMMENDATION"))
					.withDistinct(inspection)
					.orderBy(inspection.property("publishedOn").descending(), inspection.property("id").ascending());
			})
			.many("owners", "Owner", (t, parent, child, args) -> {
				Node owner = Cypher.node("Owner").named(child);
				var programme = Cypher.anyNode(parent);
				return Cypher.with(parent)
					.call(Cypher.union(
							Cypher.match(owner.relationshipTo(programme, "WORKS_IN")).returning(owner).build(),
							Cypher.match(owner.relationshipFrom(Cypher.node("Action"), "OWNED_BY")
								.relationshipTo(programme, "MENTIONS")).returning(owner).build()), parent)
					.withDistinct(owner)
					.orderBy(owner.property("name").ascending());
			})
			.value("actionCount", (t, v, a) -> Membership.actionCount(v, t.variable())),
				TypeDef.of("Entity")
					.list("aliases"));
	}

}

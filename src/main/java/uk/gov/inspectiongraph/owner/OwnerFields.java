package uk.gov.inspectiongraph.owner;

import java.util.List;

import org.neo4j.cypherdsl.core.Cypher;

import org.springframework.stereotype.Component;

import uk.gov.inspectiongraph.graph.Declarations;
import uk.gov.inspectiongraph.graph.Matches;
import uk.gov.inspectiongraph.graph.TypeDef;

/** The fields of Owner: each defined once, here. */
@Component
class OwnerFields implements Declarations {

	@Override
	public List<TypeDef> types() {
		return List.of(TypeDef.of("Owner")
			.list("aliases")
			.value("actionCount", (t, v, a) -> Cypher.count(Cypher.anyNode(v).relationshipFrom(Cypher.node("Action"), "OWNED_BY")))
			.many("actions", "Action",
					Matches.ordered("Action", (o, a) -> o.relationshipFrom(a, "OWNED_BY"), Matches.by("planOrder", "id")))
			.many("inspections", "Inspection", Matches.distinct("Inspection",
					(o, i) -> o.relationshipFrom(Cypher.node("Action"), "OWNED_BY")
						.relationshipFrom(Cypher.node("Recommendation"), "HAS_ACTION")
						.relationshipFrom(i, "HAS_RECOMMENDATION"),
					i -> new org.neo4j.cypherdsl.core.SortItem[] { i.property("publishedOn").descending(),
							i.property("id").ascending() }))
			.many("recommendations", "Recommendation", Matches.distinct("Recommendation",
					(o, r) -> o.relationshipFrom(Cypher.node("Action"), "OWNED_BY").relationshipFrom(r, "HAS_ACTION"),
					Matches.by("inspectionId", "ordinal")))
			.many("programmes", "Programme",
					Matches.ordered("Programme", (o, p) -> o.relationshipTo(p, "WORKS_IN"), Matches.by("name"))));
	}

}

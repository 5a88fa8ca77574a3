package uk.gov.inspectiongraph.owner;

import java.util.List;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.ExposesReturning;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.SymbolicName;

import org.springframework.stereotype.Component;

import uk.gov.inspectiongraph.action.ActionFields;
import uk.gov.inspectiongraph.query.BadRequestException;
import uk.gov.inspectiongraph.query.Declarations;
import uk.gov.inspectiongraph.query.Matches;
import uk.gov.inspectiongraph.query.TypeDef;

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
					Matches.ordered("Programme", (o, p) -> o.relationshipTo(p, "WORKS_IN"), Matches.by("name")))
			.one("delivery", "DeliveryCounts", ActionFields.deliveryCountsOf("MATCH (a:Action)-[:OWNED_BY]->($E)"))
			.one("overdue", "OwnerActions", (t, o, child, a) -> window(o, child, Cypher.literalNull(), ActionFields.asOf(t, a)))
			.one("dueSoon", "OwnerActions", (t, o, child, a) -> {
				int within = a.get("within") == null ? 30 : ((Number) a.get("within")).intValue();
				if (within < 0) {
					throw new BadRequestException("within must be zero or more days, was " + within);
				}
				Expression from = ActionFields.asOf(t, a);
				return window(o, child, from, Cypher.raw("$E + duration({days: $E})", from, t.parameter(within + 1)));
			}),
				TypeDef.of("OwnerActions")
					.value("count", (t, w, a) -> {
						String o = t.variable().getValue();
						String action = t.variable().getValue();
						return Cypher.raw("COUNT { UNWIND [%1$s.owner] AS %2$s MATCH (%2$s)<-[:OWNED_BY]-(%3$s:Action) WHERE %4$s }"
							.formatted(w.getValue(), o, action, inWindow(action, w.getValue())));
					})
					.many("actions", "Action", (t, w, child, a) -> {
						SymbolicName o = t.variable();
						return Cypher.unwind(Cypher.listOf(Cypher.property(w, "owner")))
							.as(o)
							.match(Cypher.anyNode(o).relationshipFrom(Cypher.node("Action").named(child), "OWNED_BY"))
							.where(Cypher.raw(inWindow(child.getValue(), w.getValue())).asCondition())
							.with(child)
							.orderBy(Cypher.raw("$E.dueOn", child).ascending(), Cypher.raw("$E.planOrder", child).ascending());
					}));
	}

	/**
	 * Cypher: the action {@code action} is overdue on the window {@code window}'s {@code before} and due on or
	 * after its {@code from} (when it has one).
	 */
	private static String inWindow(String action, String window) {
		return ActionFields.overdue(action, window + ".before") + " AND (%2$s.from IS NULL OR %1$s.dueOn >= %2$s.from)"
			.formatted(action, window);
	}

	/** Binds {@code child} to the window {owner, from, before} of the owner {@code o}. */
	private static ExposesReturning window(SymbolicName o, SymbolicName child, Expression from, Expression before) {
		return Cypher.unwind(Cypher.listOf(Cypher.mapOf("owner", o, "from", from, "before", before))).as(child);
	}

}

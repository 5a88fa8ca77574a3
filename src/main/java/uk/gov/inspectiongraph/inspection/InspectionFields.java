package uk.gov.inspectiongraph.inspection;

import java.util.List;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.SymbolicName;

import org.springframework.stereotype.Component;

import uk.gov.inspectiongraph.action.ActionFields;
import uk.gov.inspectiongraph.query.Declarations;
import uk.gov.inspectiongraph.query.FieldDef;
import uk.gov.inspectiongraph.query.Matches;
import uk.gov.inspectiongraph.query.Sources;
import uk.gov.inspectiongraph.query.TypeDef;

/** The fields of Inspection, ActionPlan, AgreementSummary, Finding and RelatedInspection: each defined once, here. */
@Component
class InspectionFields implements Declarations {

	/** How many inspections {@code related} returns at most, whatever is asked. */
	static final int MAX_RELATED = 100;

	@Override
	public List<TypeDef> types() {
		return List.of(TypeDef.of("Inspection")
			.one("delivery", "DeliveryCounts", ActionFields.deliveryCountsOf(
					"MATCH ($E)-[:HAS_RECOMMENDATION]->(:Recommendation)-[:HAS_ACTION]->(a:Action)"))
			.one("actionPlan", "ActionPlan", Matches.pattern("ActionPlan", (i, p) -> i.relationshipFrom(p, "RESPONDS_TO")))
			.field("agreementSummary", new FieldDef.Embedded("AgreementSummary"))
			.many("recommendations", "Recommendation", (t, parent, child, args) -> {
				Node r = Cypher.node("Recommendation").named(child);
				var match = Cypher.match(Cypher.anyNode(parent).relationshipTo(r, "HAS_RECOMMENDATION"));
				var filtered = Boolean.TRUE.equals(args.get("topLevelOnly"))
						? match.where(r.property("topLevel").isTrue()) : match;
				return filtered.with(r).orderBy(r.property("ordinal").ascending());
			})
			.many("findings", "Finding",
					Matches.ordered("Finding", (i, f) -> i.relationshipTo(f, "HAS_FINDING"), Matches.by("ordinal")))
			.many("statistics", "Statistic",
					Matches.ordered("Statistic", (i, s) -> i.relationshipTo(s, "HAS_STATISTIC"), Matches.by("ordinal")))
			.field("related", new FieldDef.Related("RelatedInspection", false, (t, parent, child, args) -> {
				Object first = args.get("first");
				int limit = first == null ? 10 : Math.max(0, Math.min(((Number) first).intValue(), MAX_RELATED));
				return Cypher.with(parent)
					.callRawCypher(RelatedInspections.BODY, parent, t.parameter(limit))
					.with(Cypher.raw("{inspection: j, score: score, reasons: reasons}").as(child));
			}, true))
			.field("sources", Sources.line())
			.many("documents", "Document",
					Matches.ordered("Document", (i, d) -> i.relationshipFrom(d, "DESCRIBES"), Matches.by("file"))),
				TypeDef.of("AgreementSummary")
					.value("agreed", (t, v, a) -> topLevel(v, "AGREED"))
					.value("partlyAgreed", (t, v, a) -> topLevel(v, "PARTLY_AGREED"))
					.value("notAgreed", (t, v, a) -> topLevel(v, "NOT_AGREED"))
					.value("total", (t, v, a) -> Cypher.count(Cypher.anyNode(v)
						.relationshipTo(Cypher.node("Recommendation").withProperties("topLevel", Cypher.literalTrue()), "HAS_RECOMMENDATION"))),
				TypeDef.of("ActionPlan")
					.many("revisions", "Revision",
							Matches.ordered("Revision", (p, r) -> p.relationshipTo(r, "HAS_REVISION"), Matches.by("ordinal")))
					.one("inspection", "Inspection",
							Matches.pattern("Inspection", (p, i) -> p.relationshipTo(i, "RESPONDS_TO"))),
				TypeDef.of("Finding")
					.one("inspection", "Inspection", Matches.byId("Inspection", f -> Cypher.property(f, "inspectionId")))
					.field("sources", Sources.lines()),
				TypeDef.of("RelatedInspection")
					.one("inspection", "Inspection", Matches.byId("Inspection", r -> Cypher.property(r, "inspection", "id")))
					.field("reasons", new FieldDef.Mapped("RelationReason", (t, v, a) -> Cypher.property(v, "reasons"))));
	}

	/** Top-level recommendations of the inspection {@code v} with an agreement. */
	private static Expression topLevel(SymbolicName v, String agreement) {
		return Cypher.count(Cypher.anyNode(v)
			.relationshipTo(Cypher.node("Recommendation").withProperties("topLevel", Cypher.literalTrue(), "agreement",
					Cypher.literalOf(agreement)), "HAS_RECOMMENDATION"));
	}

}

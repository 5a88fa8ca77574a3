package uk.gov.inspectiongraph.inspection;

import java.util.List;
import java.util.Map;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.ExposesReturning;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.SymbolicName;

import org.springframework.stereotype.Component;

import uk.gov.inspectiongraph.action.ActionFields;
import uk.gov.inspectiongraph.query.Declarations;
import uk.gov.inspectiongraph.query.FieldDef;
import uk.gov.inspectiongraph.query.Matches;
import uk.gov.inspectiongraph.query.Sources;
import uk.gov.inspectiongraph.query.Translation;
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
			.one("agreementSummary", "AgreementSummary", InspectionFields::agreementSummary)
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

	/**
	 * The agreement counts of an inspection's top-level recommendations, from one walk of its recommendations (not
	 * one per count), as a map whose keys the fields of AgreementSummary read.
	 */
	private static ExposesReturning agreementSummary(Translation t, SymbolicName parent, SymbolicName child,
			Map<String, Object> arguments) {
		return Cypher.unwind(Cypher.listOf(Cypher.raw("""
				[s IN [COLLECT { MATCH ($E)-[:HAS_RECOMMENDATION]->(r:Recommendation {topLevel: true}) RETURN r.agreement AS agreement }] |
				  {agreed: size([x IN s WHERE x = 'AGREED']), partlyAgreed: size([x IN s WHERE x = 'PARTLY_AGREED']),
				   notAgreed: size([x IN s WHERE x = 'NOT_AGREED']), total: size(s)}][0]""", parent))).as(child);
	}

}

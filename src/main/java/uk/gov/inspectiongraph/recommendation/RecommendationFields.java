package uk.gov.inspectiongraph.recommendation;

import java.util.List;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;

import org.springframework.stereotype.Component;

import uk.gov.inspectiongraph.programme.Membership;
import uk.gov.inspectiongraph.query.BadRequestException;
import uk.gov.inspectiongraph.query.Declarations;
import uk.gov.inspectiongraph.query.FieldDef;
import uk.gov.inspectiongraph.query.Matches;
import uk.gov.inspectiongraph.query.Sources;
import uk.gov.inspectiongraph.query.TypeDef;

/** The fields of Recommendation: each defined once, here. */
@Component
class RecommendationFields implements Declarations {

	/** The most similar recommendations one request may ask for (the importer keeps at most 10 per recommendation). */
	private static final int MAX_SIMILAR = 50;

	@Override
	public List<TypeDef> types() {
		return List.of(TypeDef.of("Recommendation")
			.many("addressees", "Organisation",
					Matches.ordered("Organisation", (r, o) -> r.relationshipTo(o, "ADDRESSED_TO"), Matches.by("name")))
			.one("parent", "Recommendation", Matches.pattern("Recommendation", (r, p) -> r.relationshipFrom(p, "HAS_PART")))
			.many("children", "Recommendation",
					Matches.ordered("Recommendation", (r, c) -> r.relationshipTo(c, "HAS_PART"), Matches.by("ordinal")))
			.many("actions", "Action", (t, parent, child, args) -> {
				Node action = Cypher.node("Action").named(child);
				var match = Cypher.match(Cypher.anyNode(parent).relationshipTo(action, "HAS_ACTION"));
				if (Boolean.TRUE.equals(args.get("latestRevisionOnly"))) {
					Node other = Cypher.node("Action").named(t.variable());
					// the latest revision, without an aggregating function (see FieldDef.Aggregating)
					var latest = Cypher.raw("reduce(latest = 0, o IN $E | CASE WHEN o > latest THEN o ELSE latest END)",
							Cypher.collect(Cypher.match(Cypher.anyNode(parent).relationshipTo(other, "HAS_ACTION"))
								.returning(other.property("revisionOrdinal"))
								.build()));
					return match.where(action.property("revisionOrdinal").isEqualTo(latest))
						.with(action)
						.orderBy(action.property("position").ascending());
				}
				return match.with(action).orderBy(action.property("position").ascending());
			})
			.many("timeline", "TimelineEntry", (t, parent, child, args) -> Cypher
				.unwind(Cypher.raw("""
						COLLECT { MATCH ($E)-[:HAS_ACTION]->(x:Action) RETURN x }
						+ COLLECT { MATCH (x:Promise) WHERE x.recommendation = $E.id RETURN x }""", parent, parent))
				.as(child)
				.with(child)
				.orderBy(Cypher.raw("coalesce($E.madeOn, date('0001-01-01'))", child).ascending(),
						Cypher.raw("coalesce($E.entryKind, $E.kind) = 'REIMPORT'", child, child).ascending(),
						Cypher.raw("$E:Action", child).ascending(),
						Cypher.raw("coalesce($E.ordinal, $E.revisionOrdinal * 10000 + $E.position)", child, child, child)
							.ascending()))
			.many("similar", "SimilarRecommendation", (t, parent, child, args) -> {
				int first = args.get("first") == null ? 5 : ((Number) args.get("first")).intValue();
				if (first < 0 || first > MAX_SIMILAR) {
					throw new BadRequestException("first must be from 0 to " + MAX_SIMILAR + ", was " + first);
				}
				Node other = Cypher.node("Recommendation").named(t.variable());
				Relationship similar = Cypher.anyNode(parent).relationshipBetween(other, "SIMILAR_TO").named(t.variable());
				return Cypher.match(similar)
					.with(Cypher.raw("{score: $E.score, sharedTerms: $E.sharedTerms, recommendation: {id: $E.id}}",
							similar.getRequiredSymbolicName(), similar.getRequiredSymbolicName(), other.getRequiredSymbolicName())
						.as(child))
					.orderBy(Cypher.raw("$E.score", child).descending(), Cypher.raw("$E.recommendation.id", child).ascending())
					.limit(t.parameter(first))
					.with(child);
			})
			.many("programmes", "Programme", Membership.programmesOfRecommendation())
			.many("mentions", "Entity", (t, parent, child, args) -> {
				Node entity = Cypher.node("Entity").named(child);
				return Cypher
					.match(Cypher.anyNode(parent).relationshipTo(Cypher.anyNode(), "HAS_ACTION").length(0, 1)
						.relationshipTo(entity, "MENTIONS"))
					.withDistinct(entity)
					.orderBy(entity.property("kind").ascending(), entity.property("name").ascending());
			})
			.many("references", "Recommendation", Matches.ordered("Recommendation",
					(r, x) -> r.relationshipTo(x, "REFERENCES"), Matches.by("inspectionId", "ordinal")))
			.many("referencedBy", "Recommendation", Matches.ordered("Recommendation",
					(r, x) -> r.relationshipFrom(x, "REFERENCES"), Matches.by("inspectionId", "ordinal")))
			.many("externalReferences", "ExternalDocument", Matches.ordered("ExternalDocument",
					(r, x) -> r.relationshipTo(x, "REFERENCES"), Matches.by("title")))
			.many("citedReports", "Inspection", Matches.ordered("Inspection", (r, x) -> r.relationshipTo(x, "CITES"),
					Matches.by("id")))
			.one("inspection", "Inspection", Matches.byId("Inspection", r -> Cypher.property(r, "inspectionId")))
			.field("sources", Sources.lines()),
				TypeDef.of("RecommendationCounts")
					.field("groups", new FieldDef.Mapped("RecommendationGroup", (t, v, a) -> Cypher.property(v, "groups"))),
				TypeDef.of("RecommendationGroup")
					.one("inspection", "Inspection", Matches.held("inspection"))
					.one("programme", "Programme", Matches.held("programme")),
				TypeDef.of("SimilarRecommendation")
					.one("recommendation", "Recommendation",
							Matches.byId("Recommendation", c -> Cypher.property(c, "recommendation", "id"))),
				TypeDef.of("TimelineEntry")
					.value("kind", (t, e, a) -> Cypher.raw(
							"coalesce($E.entryKind, $E.kind, CASE WHEN coalesce($E.revisionOrdinal, 0) = 0 THEN 'ORIGINAL' ELSE 'REVISION' END)",
							e, e, e))
					.value("label", (t, e, a) -> Cypher.raw("coalesce($E.entryLabel, $E.label)", e, e))
					.value("current", (t, e, a) -> Cypher.raw("$E:Action", e))
					.field("target", new FieldDef.Embedded("Target"))
					.one("action", "Action",
							Matches.byId("Action", e -> Cypher.raw("CASE WHEN $E:Action THEN $E.id END", e, e))));
	}

}

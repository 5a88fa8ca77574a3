package uk.gov.inspectiongraph.action;

import java.util.List;

import org.neo4j.cypherdsl.core.Cypher;

import org.springframework.stereotype.Component;

import uk.gov.inspectiongraph.graph.Declarations;
import uk.gov.inspectiongraph.graph.FieldDef;
import uk.gov.inspectiongraph.graph.Matches;
import uk.gov.inspectiongraph.graph.Sources;
import uk.gov.inspectiongraph.graph.TypeDef;

/** The fields of Action and Target: each defined once, here. */
@Component
class ActionFields implements Declarations {

	@Override
	public List<TypeDef> types() {
		return List.of(TypeDef.of("Action")
			.many("owners", "Owner", Matches.pattern("Owner", (a, o) -> a.relationshipTo(o, "OWNED_BY")))
			.field("target", new FieldDef.Embedded("Target"))
			.one("revision", "Revision", Matches.pattern("Revision", (a, v) -> a.relationshipTo(v, "IN_REVISION")))
			.one("recommendation", "Recommendation",
					Matches.pattern("Recommendation", (a, r) -> a.relationshipFrom(r, "HAS_ACTION")))
			.many("mentions", "Entity",
					Matches.ordered("Entity", (a, e) -> a.relationshipTo(e, "MENTIONS"), Matches.by("kind", "name")))
			.field("sources", Sources.lines()),
				TypeDef.of("Target")
					.property("text", "targetText")
					.value("revised", (t, v, a) -> Cypher.coalesce(Cypher.property(v, "revised"), Cypher.literalFalse())));
	}

}

package uk.gov.inspectiongraph.document;

import java.util.List;

import org.neo4j.cypherdsl.core.Cypher;

import org.springframework.stereotype.Component;

import uk.gov.inspectiongraph.graph.Declarations;
import uk.gov.inspectiongraph.graph.Matches;
import uk.gov.inspectiongraph.graph.TypeDef;

/** The fields of Document: each defined once, here. */
@Component
class DocumentFields implements Declarations {

	@Override
	public List<TypeDef> types() {
		return List.of(TypeDef.of("Document")
			.property("name", "file")
			.value("importedAt", (t, v, a) -> Cypher.raw("toString($E.importedAt)", v))
			.list("lines")
			.list("warnings")
			.many("inspections", "Inspection",
					Matches.ordered("Inspection", (d, i) -> d.relationshipTo(i, "DESCRIBES"), Matches.by("id"))));
	}

}

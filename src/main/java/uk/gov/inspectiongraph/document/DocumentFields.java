package uk.gov.inspectiongraph.document;

import java.util.List;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.SortItem;

import org.springframework.stereotype.Component;

import uk.gov.inspectiongraph.query.Declarations;
import uk.gov.inspectiongraph.query.Matches;
import uk.gov.inspectiongraph.query.TypeDef;

/** The fields of Document and ChangeSet: each defined once, here. */
@Component
class DocumentFields implements Declarations {

	@Override
	public List<TypeDef> types() {
		return List.of(TypeDef.of("Document")
			.property("name", "file")
			.value("importedAt", (t, v, a) -> Cypher.raw("toString($E.importedAt)", v))
			.list("lines")
			.many("warnings", "Warning",
					Matches.ordered("Warning", (d, w) -> d.relationshipTo(w, "HAS_WARNING"), Matches.by("line", "ordinal")))
			.many("inspections", "Inspection",
					Matches.ordered("Inspection", (d, i) -> d.relationshipTo(i, "DESCRIBES"), Matches.by("id")))
			.many("changes", "ChangeSet", Matches.ordered("ChangeSet", (d, c) -> d.relationshipTo(c, "HAS_CHANGES"),
					c -> new SortItem[] { c.property("at").descending() })),
				TypeDef.of("ChangeSet")
					.value("at", (t, v, a) -> Cypher.raw("toString($E.at)", v))
					.many("changes", "Change",
							Matches.ordered("Change", (c, x) -> c.relationshipTo(x, "HAS_CHANGE"), Matches.by("ordinal"))));
	}

}

package uk.gov.inspectiongraph.query;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.SymbolicName;

/** The {@code sources} fields: where a node was read from, as {@code Source} objects (document, line, location). */
public final class Sources {

	private Sources() {
	}

	/** One source per line of the node's {@code lines}. */
	public static FieldDef lines() {
		return new FieldDef.Mapped("Source", (t, v, a) -> {
			SymbolicName i = t.variable();
			return Cypher.listWith(i)
				.in(Cypher.range(Cypher.literalOf(0),
						Cypher.size(Cypher.coalesce(Cypher.property(v, "lines"), Cypher.listOf())).subtract(Cypher.literalOf(1))))
				.returning(Cypher.mapOf("document", Cypher.property(v, "document"), "line",
						Cypher.valueAt(Cypher.property(v, "lines"), i), "location",
						Cypher.valueAt(Cypher.property(v, "locations"), i)));
		});
	}

	/** The node's one {@code line}, or none when it has no document. */
	public static FieldDef line() {
		return new FieldDef.Mapped("Source", (t, v, a) -> Cypher.caseExpression()
			.when(Cypher.isNull(Cypher.property(v, "document")))
			.then(Cypher.listOf())
			.elseDefault(Cypher.listOf(Cypher.mapOf("document", Cypher.property(v, "document"), "line",
					Cypher.property(v, "line"), "location", Cypher.property(v, "location")))));
	}

}

package uk.gov.inspectiongraph.query;

import java.util.List;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.SymbolicName;

import org.springframework.stereotype.Component;

/**
 * Connections: a root query that pages binds {@code total} (every match) and {@code page} (this page's nodes
 * in order) and the parameter {@code $skip}; these fields read them. Cursors are positions, encoded by
 * {@link Page#encode} when the answer is written.
 */
@Component
class PageDeclarations implements Declarations {

	/** The connection type over nodes of {@code nodeType} ({@code ActionConnection} for {@code Action}). */
	static TypeDef connection(String nodeType) {
		return TypeDef.of(nodeType + "Connection")
			.value("totalCount", (t, v, a) -> Cypher.name("total"))
			.field("pageInfo", new FieldDef.Embedded("PageInfo"))
			.field("edges", new FieldDef.Edges(nodeType));
	}

	@Override
	public List<TypeDef> types() {
		SymbolicName page = Cypher.name("page");
		SymbolicName total = Cypher.name("total");
		Expression skip = Cypher.parameter("skip");
		Expression size = Cypher.size(page);
		return List.of(TypeDef.of("PageInfo")
			.value("hasNextPage", (t, v, a) -> skip.add(size).lt(total))
			.value("hasPreviousPage", (t, v, a) -> skip.gt(Cypher.literalOf(0)))
			.value("startCursor", (t, v, a) -> Cypher.caseExpression()
				.when(size.isEqualTo(Cypher.literalOf(0)))
				.then(Cypher.literalNull())
				.elseDefault(skip))
			.value("endCursor", (t, v, a) -> Cypher.caseExpression()
				.when(size.isEqualTo(Cypher.literalOf(0)))
				.then(Cypher.literalNull())
				.elseDefault(skip.add(size).subtract(Cypher.literalOf(1)))),
				connection("Action"), connection("Recommendation"), connection("Inspection"));
	}

}

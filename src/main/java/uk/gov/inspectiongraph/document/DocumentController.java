package uk.gov.inspectiongraph.document;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;

import uk.gov.inspectiongraph.graph.Roots;

/** {@code Query.documents} and {@code Query.document}; the fields of Document are defined in {@link DocumentFields}. */
@Controller
class DocumentController {

	private final Roots roots;

	DocumentController(Roots roots) {
		this.roots = roots;
	}

	@QueryMapping
	List<Object> documents(DataFetchingEnvironment env) {
		return this.roots.list(env, "Document", "d", "MATCH (d:Document) WITH d ORDER BY d.file", Map.of());
	}

	@QueryMapping
	Object document(@Argument String name, DataFetchingEnvironment env) {
		return this.roots.one(env, "Document", "d", "MATCH (d:Document {file: $name})", Map.of("name", name),
				"no document named '" + name + "'");
	}

}

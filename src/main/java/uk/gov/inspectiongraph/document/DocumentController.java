package uk.gov.inspectiongraph.document;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;

import uk.gov.inspectiongraph.query.Roots;

/**
 * {@code Query.documents}, {@code Query.document} and {@code Query.changes}; the fields of Document and ChangeSet
 * are defined in {@link DocumentFields}.
 */
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
	List<Object> changes(@Argument LocalDate since, DataFetchingEnvironment env) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("since", since);
		return this.roots.list(env, "ChangeSet", "c", """
				MATCH (c:ChangeSet) WHERE $since IS NULL OR c.at >= datetime({date: $since, timezone: 'Europe/London'})
				WITH c ORDER BY c.at DESC""", parameters);
	}

	@QueryMapping
	Object document(@Argument String name, DataFetchingEnvironment env) {
		return this.roots.one(env, "Document", "d", "MATCH (d:Document {file: $name})", Map.of("name", name),
				"no document named '" + name + "'");
	}

}

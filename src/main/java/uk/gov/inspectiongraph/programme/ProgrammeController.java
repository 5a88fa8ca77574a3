package uk.gov.inspectiongraph.programme;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;

import uk.gov.inspectiongraph.model.Keys;
import uk.gov.inspectiongraph.query.Roots;

/** {@code Query.programmes} and {@code Query.programme}; the fields of Programme are defined in {@link ProgrammeFields}. */
@Controller
class ProgrammeController {

	private final Roots roots;

	ProgrammeController(Roots roots) {
		this.roots = roots;
	}

	@QueryMapping
	List<Object> programmes(DataFetchingEnvironment env) {
		return this.roots.list(env, "Programme", "n", "MATCH (n:Programme) WITH n ORDER BY n.name", Map.of());
	}

	@QueryMapping
	Object programme(@Argument String name, DataFetchingEnvironment env) {
		return this.roots.one(env, "Programme", "n", "MATCH (n:Programme) WHERE $key IN n.keys WITH n LIMIT 1",
				Map.of("key", Keys.key(name)), "no programme named '" + name + "'");
	}

}

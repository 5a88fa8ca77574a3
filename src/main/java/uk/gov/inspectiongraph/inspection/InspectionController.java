package uk.gov.inspectiongraph.inspection;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;

import uk.gov.inspectiongraph.query.Page;
import uk.gov.inspectiongraph.query.Roots;

/**
 * {@code Query.inspections}, {@code Query.inspectionsConnection} and {@code Query.inspection}; the fields of
 * Inspection and ActionPlan are defined in {@link InspectionFields}.
 */
@Controller
class InspectionController {

	private static final String ORDERED = "MATCH (n:Inspection) WITH n ORDER BY n.publishedOn DESC, n.id";

	private final Roots roots;

	InspectionController(Roots roots) {
		this.roots = roots;
	}

	@QueryMapping
	List<Object> inspections(@Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
		if (first == null && after == null) {
			return this.roots.list(env, "Inspection", "n", ORDERED, Map.of());
		}
		Page.Window window = Page.window(first, after);
		return this.roots.list(env, "Inspection", "n", ORDERED + "\nSKIP $skip LIMIT $limit",
				Map.of("skip", window.skip(), "limit", window.limit()));
	}

	@QueryMapping
	Object inspectionsConnection(@Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
		return this.roots.connection(env, "Inspection",
				Page.query("MATCH (n:Inspection)", "MATCH (n:Inspection) WITH n ORDER BY n.publishedOn DESC, n.id", "n"),
				Map.of(), Page.window(first, after));
	}

	@QueryMapping
	Object inspection(@Argument String id, DataFetchingEnvironment env) {
		return this.roots.one(env, "Inspection", "n", "MATCH (n:Inspection {id: $id})", Map.of("id", id),
				"no inspection with id '" + id + "'");
	}

}

package uk.gov.inspectiongraph.search;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;

import uk.gov.inspectiongraph.query.BadRequestException;
import uk.gov.inspectiongraph.query.Page;
import uk.gov.inspectiongraph.query.Roots;

/**
 * {@code Query.search}, {@code Query.path} and {@code Query.stats}; the fields of SearchHit and Stats are
 * defined in {@link SearchFields}.
 */
@Controller
class SearchController {

	static final int MAX_SEARCH_TEXT = 1000;

	private final Roots roots;

	SearchController(Roots roots) {
		this.roots = roots;
	}

	@QueryMapping
	List<Object> search(@Argument String text, @Argument Integer first, DataFetchingEnvironment env) {
		if (text.length() > MAX_SEARCH_TEXT) {
			throw new BadRequestException("search text is " + text.length() + " characters; at most " + MAX_SEARCH_TEXT);
		}
		Page.Window window = Page.window(first == null ? 20 : first, null);
		String query = LuceneText.escape(text);
		if (query.isBlank() || window.limit() == 0) {
			return List.of();
		}
		return this.roots.list(env, "SearchHit", "node", """
				CALL db.index.fulltext.queryNodes('search_text', $query, {limit: $limit}) YIELD node, score
				WITH node, score ORDER BY score DESC""", Map.of("query", query, "limit", window.limit()));
	}

	@QueryMapping
	List<Object> path(@Argument String from, @Argument String to, DataFetchingEnvironment env) {
		List<Object> steps = this.roots.list(env, "PathStep", "step", """
				%1$s
				%3$s
				MATCH p = shortestPath((a)-[*..10]-(b))
				WHERE all(x IN nodes(p) WHERE %4$s)
				UNWIND range(0, length(p)) AS k
				WITH k, p, nodes(p)[k] AS n
				WITH k, {id: n.id, type: %5$s, name: %2$s,
				         via: CASE WHEN k < length(p) THEN type(relationships(p)[k]) END} AS step
				ORDER BY k""".formatted(GraphNodeFields.byId("a", "from"), GraphNodeFields.name("n"),
				GraphNodeFields.byId("b", "to"), GraphNodeFields.explorable("x"), GraphNodeFields.kind("n")), Map.of("from", from, "to", to));
		return steps.isEmpty() ? null : steps;
	}

	@QueryMapping
	Object node(@Argument String id, DataFetchingEnvironment env) {
		List<Object> nodes = this.roots.list(env, "GraphNode", "n", GraphNodeFields.byId("n", "id"), Map.of("id", id));
		return nodes.isEmpty() ? null : nodes.get(0);
	}

	@QueryMapping
	Object stats(DataFetchingEnvironment env) {
		return this.roots.one(env, "Stats", "stats", "", Map.of(), "no stats");
	}

}

package uk.gov.inspectiongraph.graph;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Root fields answered by one translated query: runs it, registers the nested rows for the batch resolvers,
 * maps the top-level rows.
 */
@Component
public class Roots {

	private final Graph graph;

	public Roots(Graph graph) {
		this.graph = graph;
	}

	/**
	 * Runs {@code cypher}, whose rows have the column {@code n} built with {@link Prefetch#projection} of
	 * {@code type} on the variable {@code n} (written as {@code %s} in the query).
	 */
	public <T> List<T> list(DataFetchingEnvironment env, String type, String cypher, Map<String, Object> parameters,
			Function<Value, T> mapper) {
		String query = cypher.formatted(Prefetch.projection(type, env.getSelectionSet(), "n"));
		return this.graph.read(query, parameters, r -> Prefetched.read(env.getGraphQlContext(), r.get("n"), mapper));
	}

	/** The one row, or a NOT_FOUND error with the message. */
	public <T> T one(DataFetchingEnvironment env, String type, String cypher, Map<String, Object> parameters,
			Function<Value, T> mapper, String notFound) {
		return list(env, type, cypher, parameters, mapper).stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException(notFound));
	}

}

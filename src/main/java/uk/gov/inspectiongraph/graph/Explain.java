package uk.gov.inspectiongraph.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * With {@code inspection-graph.explain=true}, a request sent with the header {@code X-Explain: cypher} gets the
 * Cypher it ran in {@code extensions.cypher} (each query's text and parameters), as @neo4j/graphql's debug log
 * shows it: for people reading what a request costs, and for the benchmark's raw-Cypher side. Off by default:
 * the queries name the graph's structure.
 */
@Component
@ConditionalOnProperty(name = "inspection-graph.explain", havingValue = "true")
class Explain implements WebGraphQlInterceptor {

	static final String KEY = Explain.class.getName();

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!"cypher".equalsIgnoreCase(request.getHeaders().getFirst("X-Explain"))) {
			return chain.next(request);
		}
		List<Map<String, Object>> queries = new ArrayList<>();
		request.configureExecutionInput((input, builder) -> builder.graphQLContext(c -> c.put(KEY, queries)).build());
		return chain.next(request).map(response -> response.transform(b -> b.extensions(Map.of("cypher", queries))));
	}

	/** Records a query the request ran, when the request asked to see them. */
	static void record(GraphQLContext context, String cypher, Map<String, Object> parameters) {
		List<Map<String, Object>> queries = context == null ? null : context.get(KEY);
		if (queries != null) {
			Map<String, Object> query = new LinkedHashMap<>();
			query.put("query", cypher);
			query.put("parameters", parameters);
			synchronized (queries) {
				queries.add(query);
			}
		}
	}

}

package uk.gov.inspectiongraph.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

import uk.gov.inspectiongraph.query.QueryLog;

/**
 * With {@code inspection-graph.explain=true}, a request sent with the header {@code X-Explain: cypher} gets the
 * Cypher it ran in {@code extensions.cypher} (each query's text and parameters), as @neo4j/graphql's debug log
 * shows it: for people reading what a request costs, and for the benchmark's raw-Cypher side. Off by default:
 * the queries name the graph's structure.
 */
@Component
@ConditionalOnProperty(name = "inspection-graph.explain", havingValue = "true")
class Explain implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!"cypher".equalsIgnoreCase(request.getHeaders().getFirst("X-Explain"))) {
			return chain.next(request);
		}
		List<Map<String, Object>> queries = new ArrayList<>();
		request.configureExecutionInput((input, builder) -> builder.graphQLContext(c -> c.put(QueryLog.EXPLAINED, queries)).build());
		return chain.next(request).map(response -> response.transform(b -> b.extensions(Map.of("cypher", queries))));
	}

}

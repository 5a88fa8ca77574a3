package uk.gov.inspectiongraph.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.GraphQLContext;

/**
 * What a request's Cypher queries leave in its GraphQL context for the HTTP side to report: their number (put there
 * by the request metrics as an {@link AtomicInteger} under {@link #COUNT}) and, when the request asked to see them,
 * each query's text and parameters (a list under {@link #EXPLAINED}, the {@code X-Explain: cypher} extension).
 */
public final class QueryLog {

	public static final String COUNT = QueryLog.class.getName() + ".count";

	public static final String EXPLAINED = QueryLog.class.getName() + ".explained";

	private QueryLog() {
	}

	/** Counts one query of the request whose context this is, and records it when the request asked to see it. */
	static void ran(GraphQLContext context, String cypher, Map<String, Object> parameters) {
		if (context == null) {
			return;
		}
		AtomicInteger count = context.get(COUNT);
		if (count != null) {
			count.incrementAndGet();
		}
		List<Map<String, Object>> queries = context.get(EXPLAINED);
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

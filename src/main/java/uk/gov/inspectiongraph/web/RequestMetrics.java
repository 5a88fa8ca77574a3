package uk.gov.inspectiongraph.web;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

import uk.gov.inspectiongraph.query.QueryLog;

/**
 * Per request: a timer {@code graphql.request} tagged with the operation and the outcome (SUCCESS or the first
 * error's classification), the number of Cypher queries it ran ({@code graphql.request.cypher}), and one log line
 * on {@code uk.gov.inspectiongraph.requests} with the same facts as key-value pairs (JSON fields under Spring
 * Boot's structured logging). Never a variable's value. Operation names are the client's, so at most
 * {@link #MAX_OPERATIONS} distinct ones are tagged; the rest count as {@code other}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestMetrics implements WebGraphQlInterceptor {

	private static final Logger log = LoggerFactory.getLogger("uk.gov.inspectiongraph.requests");

	private static final String KEY = RequestMetrics.class.getName();

	/** The name of the operation that ran, put in the request's context by {@link ServiceInstrumentation}. */
	static final String OPERATION = KEY + ".operation";

	static final int MAX_OPERATIONS = 200;

	private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

	private final MeterRegistry registry;

	private final Set<String> operations = ConcurrentHashMap.newKeySet();

	RequestMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		long started = System.nanoTime();
		AtomicInteger cypher = new AtomicInteger();
		request.configureExecutionInput((input, builder) -> builder.graphQLContext(c -> c.put(QueryLog.COUNT, cypher)).build());
		return chain.next(request).doOnNext(response -> {
			long nanos = System.nanoTime() - started;
			String ran = response.getExecutionInput().getGraphQLContext().get(OPERATION);
			String operation = operation(ran != null ? ran : request.getOperationName());
			String outcome = response.getErrors().isEmpty() ? "SUCCESS"
					: String.valueOf(response.getErrors().get(0).getErrorType());
			Timer.builder("graphql.request")
				.description("GraphQL requests, by operation and outcome")
				.tag("operation", operation)
				.tag("outcome", outcome)
				.register(this.registry)
				.record(nanos, TimeUnit.NANOSECONDS);
			DistributionSummary.builder("graphql.request.cypher")
				.description("Cypher queries run per GraphQL request")
				.tag("operation", operation)
				.register(this.registry)
				.record(cypher.get());
			long millis = TimeUnit.NANOSECONDS.toMillis(nanos);
			log.atInfo()
				.addKeyValue("operation", operation)
				.addKeyValue("outcome", outcome)
				.addKeyValue("durationMs", millis)
				.addKeyValue("cypher", cypher.get())
				.addKeyValue("errors", response.getErrors().size())
				.log("graphql operation={} outcome={} durationMs={} cypher={} errors={}", operation, outcome, millis,
						cypher.get(), response.getErrors().size());
		});
	}

	private String operation(String name) {
		if (name == null || name.isBlank()) {
			return "anonymous";
		}
		if (!NAME.matcher(name).matches()) {
			return "other";
		}
		if (this.operations.contains(name) || (this.operations.size() < MAX_OPERATIONS && this.operations.add(name))) {
			return name;
		}
		return "other";
	}

}

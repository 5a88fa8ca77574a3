package uk.gov.inspectiongraph.graph;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded database on a thread of its own as soon as the configuration is known, so that Neo4j's
 * start (2-3 s) runs while Spring builds the rest of the context; {@link EmbeddedNeo4jAutoConfiguration} then
 * takes the started database over instead of starting one. Registered by the application's {@code main} only:
 * a context built any other way (the tests') starts its database in the bean, as before.
 */
public final class EmbeddedNeo4jEarlyStart implements ApplicationListener<ApplicationEvent> {

	private static final AtomicReference<Started> STARTED = new AtomicReference<>();

	/** Spring Boot's {@code Neo4jHealthIndicator} query, verbatim (the plan cache is keyed by the text). */
	static final String HEALTH_QUERY = "CALL dbms.components() YIELD versions, name, edition "
			+ "WHERE name = 'Neo4j Kernel' RETURN edition, versions[0] as version";

	private record Started(EmbeddedNeo4jProperties properties, String seed, CompletableFuture<EmbeddedNeo4j> neo4j) {
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared && embedded(prepared.getEnvironment())) {
			Environment environment = prepared.getEnvironment();
			EmbeddedNeo4jProperties properties = Binder.get(environment)
				.bindOrCreate("neo4j.embedded", EmbeddedNeo4jProperties.class);
			String seed = seed(properties, environment);
			CompletableFuture<EmbeddedNeo4j> neo4j = new CompletableFuture<>();
			Thread starter = new Thread(() -> {
				EmbeddedNeo4j started;
				try {
					started = EmbeddedNeo4j.start(properties, seed);
				}
				catch (Throwable ex) {
					neo4j.completeExceptionally(ex);
					return;
				}
				neo4j.complete(started);
				// while the service migrates and loads, the query of the readiness probe's Neo4j check, so that
				// the first probe does not wait for a cold planner
				started.plan(HEALTH_QUERY);
			}, "embedded-neo4j-start");
			starter.setDaemon(true);
			closeUntaken(STARTED.getAndSet(new Started(properties, seed, neo4j)));
			starter.start();
		}
		else if (event instanceof ApplicationFailedEvent) {
			closeUntaken(STARTED.getAndSet(null));
		}
	}

	/**
	 * The database for these settings: the one started early when it was started with the same ones, else one
	 * started now.
	 */
	static EmbeddedNeo4j take(EmbeddedNeo4jProperties properties, String seed) {
		Started started = STARTED.getAndSet(null);
		if (started != null && started.properties().equals(properties) && java.util.Objects.equals(started.seed(), seed)) {
			try {
				return started.neo4j().join();
			}
			catch (CompletionException ex) {
				throw ex.getCause() instanceof RuntimeException r ? r : ex;
			}
		}
		closeUntaken(started);
		return EmbeddedNeo4j.start(properties, seed);
	}

	/** The seed store applies to the bundled corpus only. */
	static String seed(EmbeddedNeo4jProperties properties, Environment environment) {
		return environment.getProperty("corpus.dir", "").isBlank() ? properties.seed() : null;
	}

	private static boolean embedded(Environment environment) {
		String uri = environment.getProperty("spring.neo4j.uri");
		return uri == null || uri.equals("embedded");
	}

	/** Stops a database started early that no one took (once its start has finished). */
	private static void closeUntaken(Started started) {
		if (started != null) {
			try {
				started.neo4j().join().close();
			}
			catch (CompletionException ex) {
				// its start failed: nothing to stop
			}
		}
	}

}

package uk.gov.inspectiongraph.graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.RetryableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.stereotype.Component;

/**
 * The one door to the database: every query is parameterised, every read runs in a read-only transaction (so a
 * cluster can route it to a secondary) and carries the request timeout into the Cypher transaction. Reads take
 * the embedded database's own transaction API when it runs in this JVM ({@link InProcessReads}; or over Bolt
 * with {@code neo4j.embedded.reads=bolt}), the driver otherwise ({@link DriverReads}); writes always take the
 * driver.
 */
@Component
public class Graph {

	private static final Logger log = LoggerFactory.getLogger(Graph.class);

	private final Driver driver;

	private final Reads reads;

	private final Duration readTimeout;

	private final AtomicLong queries = new AtomicLong();

	private final List<BiConsumer<String, Map<String, Object>>> listeners = new CopyOnWriteArrayList<>();

	private final Duration streamTimeout;

	private final RetryTemplate retry;

	/**
	 * @param embedded the database in this JVM, when it runs here
	 * @param readPath {@code in-process} (the default) reads from {@code embedded} directly, {@code bolt} through
	 * the driver, {@code both} both ways compared (the tests)
	 * @param retryTime how long a read is retried after a transient failure (a cluster member going away, a
	 * deadlock), as the driver's own {@code executeRead} would ({@code spring.neo4j.max-transaction-retry-time})
	 */
	public Graph(Driver driver, ObjectProvider<EmbeddedNeo4j> embedded, ServiceProperties properties,
			@Value("${neo4j.embedded.reads:in-process}") String readPath,
			@Value("${spring.neo4j.max-transaction-retry-time:30s}") Duration retryTime) {
		this.driver = driver;
		EmbeddedNeo4j here = embedded.getIfAvailable();
		this.reads = here == null || readPath.equals("bolt") ? new DriverReads(driver)
				: readPath.equals("both") ? new ComparingReads(new InProcessReads(here.database()), new DriverReads(driver))
				: new InProcessReads(here.database());
		this.readTimeout = properties.queryTimeout();
		this.streamTimeout = properties.exportTimeout();
		this.retry = new RetryTemplate(RetryPolicy.builder()
			.predicate(RetryableException.class::isInstance)
			.timeout(retryTime)
			.delay(Duration.ofMillis(50))
			.maxRetries(Long.MAX_VALUE)
			.build());
		log.info("Reads go {}", switch (this.reads.name()) {
			case "bolt" -> "over Bolt through the driver";
			case "both" -> "both ways, in-process and over Bolt, compared";
			default -> "in-process to the embedded database";
		});
	}

	/**
	 * Runs one read query and maps each record, in a read-only transaction with the query timeout, retried after
	 * a transient failure. Errors reach the caller as the driver's exceptions, which the API's error mapping knows.
	 */
	public <T> List<T> read(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		observe(cypher, parameters);
		List<Record> records = this.retry.invoke(() -> this.reads.all(cypher, parameters, this.readTimeout));
		// a mapper may read a row as null: a row all the same
		return records.stream().map(mapper).toList();
	}

	/**
	 * Runs one read query as {@link #read} does and answers one column of every record as Java values
	 * ({@link JavaValues}), maps made by {@code maps}: a translated read, which the in-process path answers with no
	 * driver value between.
	 */
	public List<Object> column(String cypher, Map<String, Object> parameters, String column,
			IntFunction<Map<String, Object>> maps) {
		observe(cypher, parameters);
		return this.retry.invoke(() -> this.reads.column(cypher, parameters, this.readTimeout, column, maps));
	}

	private void observe(String cypher, Map<String, Object> parameters) {
		this.queries.incrementAndGet();
		for (BiConsumer<String, Map<String, Object>> listener : this.listeners) {
			listener.accept(cypher, parameters);
		}
		if (log.isDebugEnabled()) {
			log.debug("read: {}", cypher.replaceAll("\\s+", " "));
		}
	}

	/**
	 * Runs one read query and hands each record to {@code consumer} as the database sends it, in constant
	 * memory: for exports. One read transaction, never retried, since what the consumer wrote cannot be taken
	 * back.
	 */
	public void stream(String cypher, Map<String, Object> parameters, Consumer<Record> consumer) {
		this.queries.incrementAndGet();
		this.reads.stream(cypher, parameters, this.streamTimeout, consumer);
	}

	/** Runs work in one write transaction: all of it commits, or none. */
	public <T> T write(Function<TransactionContext, T> work) {
		this.queries.incrementAndGet();
		try (Session session = this.driver.session(SessionConfig.defaultConfig())) {
			return session.executeWrite(work::apply);
		}
	}

	/** Which way reads go: {@code in-process} or {@code bolt}. */
	public String readPath() {
		return this.reads.name();
	}

	/** The read path itself, for the test that compares both paths' answers. */
	Reads reads() {
		return this.reads;
	}

	/** Tells {@code listener} the text of every read query from now on (the translation snapshot tests). */
	public void onRead(Consumer<String> listener) {
		this.listeners.add((cypher, parameters) -> listener.accept(cypher));
	}

	/** Tells {@code listener} every read query with its parameters from now on (the read paths' comparison). */
	public void onRead(BiConsumer<String, Map<String, Object>> listener) {
		this.listeners.add(listener);
	}

	/** How many transactions have been sent to the database (tests use it to catch N+1 queries). */
	public long queryCount() {
		return this.queries.get();
	}

}

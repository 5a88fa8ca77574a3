package uk.gov.inspectiongraph.graph;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.DataAccessException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one door to the database: every query is parameterised, every read runs in a read transaction (so a
 * cluster can route it to a secondary) and carries the request timeout into the Cypher transaction.
 */
@Component
public class Graph {

	private static final Logger log = LoggerFactory.getLogger(Graph.class);

	private final Driver driver;

	private final Duration readTimeout;

	private final AtomicLong queries = new AtomicLong();

	private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

	private final Duration streamTimeout;

	private final Neo4jClient client;

	private final TransactionTemplate readOnly;

	private final RetryTemplate retry;

	/**
	 * @param retryTime how long a read is retried after a transient failure (a cluster member going away, a
	 * deadlock), as the driver's own {@code executeRead} would ({@code spring.neo4j.max-transaction-retry-time})
	 */
	public Graph(Driver driver, ServiceProperties properties,
			@Value("${spring.neo4j.max-transaction-retry-time:30s}") Duration retryTime) {
		this.driver = driver;
		this.readTimeout = properties.queryTimeout();
		this.streamTimeout = properties.exportTimeout();
		this.client = Neo4jClient.create(driver);
		this.readOnly = new TransactionTemplate(Neo4jTransactionManager.with(driver).build());
		this.readOnly.setReadOnly(true);
		this.readOnly.setTimeout((int) Math.max(1, this.readTimeout.toSeconds()));
		this.retry = new RetryTemplate(RetryPolicy.builder()
			.predicate(RetryableException.class::isInstance)
			.timeout(retryTime)
			.delay(Duration.ofMillis(50))
			.maxRetries(Long.MAX_VALUE)
			.build());
	}

	/**
	 * Runs one read query and maps each record: through Spring Data Neo4j's {@code Neo4jClient}, in a read-only
	 * transaction of its {@code Neo4jTransactionManager} (a cluster routes it to a secondary), retried after a
	 * transient failure. Errors reach the caller as the driver's exceptions, which the API's error mapping knows.
	 */
	public <T> List<T> read(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		this.queries.incrementAndGet();
		for (Consumer<String> listener : this.listeners) {
			listener.accept(cypher);
		}
		if (log.isDebugEnabled()) {
			log.debug("read: {}", cypher.replaceAll("\\s+", " "));
		}
		Collection<Record> records = this.retry.invoke(() -> {
			try {
				return this.readOnly.execute(status -> this.client.query(cypher)
					.bindAll(parameters)
					.fetchAs(Record.class)
					.mappedBy((types, record) -> record)
					.all());
			}
			catch (DataAccessException | TransactionException ex) {
				throw ex.getCause() instanceof Neo4jException cause ? cause : ex;
			}
		});
		// a mapper may read a row as null: a row all the same
		return records.stream().map(mapper).toList();
	}

	/**
	 * Runs one read query and hands each record to {@code consumer} as the database sends it (the driver fetches
	 * ahead in batches), in constant memory: for exports. One read transaction, never retried, since what the
	 * consumer wrote cannot be taken back.
	 */
	public void stream(String cypher, Map<String, Object> parameters, Consumer<Record> consumer) {
		this.queries.incrementAndGet();
		try (Session session = this.driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
				Transaction tx = session.beginTransaction(TransactionConfig.builder().withTimeout(this.streamTimeout).build())) {
			Result result = tx.run(cypher, parameters);
			while (result.hasNext()) {
				consumer.accept(result.next());
			}
			tx.commit();
		}
	}

	/** Runs work in one write transaction: all of it commits, or none. */
	public <T> T write(Function<TransactionContext, T> work) {
		this.queries.incrementAndGet();
		try (Session session = this.driver.session(SessionConfig.defaultConfig())) {
			return session.executeWrite(work::apply);
		}
	}

	/** Tells {@code listener} the text of every read query from now on (the translation snapshot tests). */
	public void onRead(Consumer<String> listener) {
		this.listeners.add(listener);
	}

	/** How many transactions have been sent to the database (tests use it to catch N+1 queries). */
	public long queryCount() {
		return this.queries.get();
	}

}

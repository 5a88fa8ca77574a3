package uk.gov.inspectiongraph.graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.dao.DataAccessException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads over Bolt: through Spring Data Neo4j's {@code Neo4jClient}, in a read-only transaction of its
 * {@code Neo4jTransactionManager}, so that a cluster routes each read to a secondary.
 */
final class DriverReads implements Reads {

	private final Driver driver;

	private final Neo4jClient client;

	private final Neo4jTransactionManager transactions;

	/** One read-only template per timeout (in practice one: the query timeout), built once, not per read. */
	private final Map<Duration, TransactionTemplate> templates = new java.util.concurrent.ConcurrentHashMap<>();

	DriverReads(Driver driver) {
		this.driver = driver;
		this.client = Neo4jClient.create(driver);
		this.transactions = Neo4jTransactionManager.with(driver).build();
	}

	@Override
	public List<Record> all(String cypher, Map<String, Object> parameters, Duration timeout) {
		TransactionTemplate readOnly = this.templates.computeIfAbsent(timeout, t -> {
			TransactionTemplate template = new TransactionTemplate(this.transactions);
			template.setReadOnly(true);
			template.setTimeout((int) Math.max(1, t.toSeconds()));
			return template;
		});
		try {
			return List.copyOf(readOnly.execute(status -> this.client.query(cypher)
				.bindAll(parameters)
				.fetchAs(Record.class)
				.mappedBy((types, record) -> record)
				.all()));
		}
		catch (DataAccessException | TransactionException ex) {
			throw ex.getCause() instanceof Neo4jException cause ? cause : ex;
		}
	}

	@Override
	public void stream(String cypher, Map<String, Object> parameters, Duration timeout, Consumer<Record> consumer) {
		try (Session session = this.driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
				Transaction tx = session.beginTransaction(TransactionConfig.builder().withTimeout(timeout).build())) {
			Result result = tx.run(cypher, parameters);
			while (result.hasNext()) {
				consumer.accept(result.next());
			}
			tx.commit();
		}
	}

	@Override
	public String name() {
		return "bolt";
	}

}

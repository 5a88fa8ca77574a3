package uk.gov.inspectiongraph.bench;

import java.nio.file.Path;
import java.util.List;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The driver against Spring Data Neo4j's {@code Neo4jClient} in a read-only transaction of its
 * {@code Neo4jTransactionManager}, on the same generated queries (the bodies' {@code raw-*.jsonl} that
 * {@code bench/bodies.py} wrote), the same concurrency and time: what moving {@code graph.Graph} onto SDN would
 * cost or save per query. Prints RESULT lines like {@link RawCypherBench}, modes {@code driver} and
 * {@code neo4jclient}.
 *
 * <p>Usage: {@code ClientBench BOLT_URI BODIES_DIR SECONDS CONCURRENCY OPERATION...}
 */
public final class ClientBench {

	private ClientBench() {
	}

	public static void main(String[] args) throws Exception {
		Path bodies = Path.of(args[1]);
		int seconds = Integer.parseInt(args[2]);
		int concurrency = Integer.parseInt(args[3]);
		try (Driver driver = GraphDatabase.driver(args[0], AuthTokens.none())) {
			Neo4jClient client = Neo4jClient.create(driver);
			TransactionTemplate readOnly = new TransactionTemplate(new Neo4jTransactionManager(driver));
			readOnly.setReadOnly(true);
			for (String op : List.of(args).subList(4, args.length)) {
				List<List<RawCypherBench.Query>> requests = RawCypherBench.generated(bodies.resolve("raw-" + op + ".jsonl"));
				for (int round = 0; round < 2; round++) {
					// alternate, twice, so neither side has the warmer JIT or page cache
					RawCypherBench.run(op, "driver", requests, seconds, concurrency, RawCypherBench.driverRead(driver));
					RawCypherBench.run(op, "neo4jclient", requests, seconds, concurrency,
							q -> readOnly.executeWithoutResult(s -> client.query(q.cypher()).bindAll(q.parameters()).fetch().all()));
				}
			}
		}
	}

}

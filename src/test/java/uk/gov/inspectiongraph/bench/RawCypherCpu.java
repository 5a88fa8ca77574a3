package uk.gov.inspectiongraph.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

import com.sun.management.OperatingSystemMXBean;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;

/**
 * The database's share of a request: the very Cypher the service ran for each body ({@code raw-OP.jsonl} of
 * bench/bodies.py), executed in-process on a copy of the service's store through the embedded transaction API,
 * one read transaction per query, every row consumed and nothing converted. Prints the process's CPU time per
 * request's queries (all its threads, as bench/cpu-bench.sh counts the service's) over ROUNDS rounds of SECONDS each; the
 * first rounds are the warm-up.
 *
 * <p>Usage: {@code RawCypherCpu STORE_DIR BODIES_DIR SECONDS ROUNDS OPERATION...}
 */
public final class RawCypherCpu {

	private RawCypherCpu() {
	}

	public static void main(String[] args) throws Exception {
		Path store = Path.of(args[0]);
		Path bodies = Path.of(args[1]);
		long nanos = Long.parseLong(args[2]) * 1_000_000_000L;
		int rounds = Integer.parseInt(args[3]);
		OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(store).build();
		try {
			GraphDatabaseService db = dbms.database("neo4j");
			for (int k = 4; k < args.length; k++) {
				// the queries of each body as RawCypherBench reads them: dates bound as dates, as the service did
				List<List<RawCypherBench.Query>> requests = RawCypherBench.generated(bodies.resolve("raw-" + args[k] + ".jsonl"));
				for (int round = 1; round <= rounds; round++) {
					long cpu = os.getProcessCpuTime();
					long end = System.nanoTime() + nanos;
					int n = 0;
					while (System.nanoTime() < end) {
						for (RawCypherBench.Query q : requests.get(n % requests.size())) {
							try (Transaction tx = db.beginTx(); Result result = tx.execute(q.cypher(), q.parameters())) {
								while (result.hasNext()) {
									result.next();
								}
							}
						}
						n++;
					}
					System.out.printf("RESULT {\"operation\": \"%s\", \"round\": %d, \"requests\": %d, \"cpu_ms_per_request\": %.3f}%n",
							args[k], round, n, (os.getProcessCpuTime() - cpu) / 1e6 / Math.max(1, n));
				}
			}
		}
		finally {
			dbms.shutdown();
		}
	}

}

package uk.gov.inspectiongraph.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.sun.management.OperatingSystemMXBean;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import tools.jackson.databind.json.JsonMapper;

/**
 * The database's share of a request: the very Cypher the service ran for each body ({@code raw-OP.jsonl} of
 * bench/bodies.py), executed in-process on a copy of the service's store through the embedded transaction API,
 * one read transaction per query, every row consumed and nothing converted. Prints the process's CPU time per
 * query (all its threads, as bench/cpu-bench.sh counts the service's) over ROUNDS rounds of SECONDS each; the
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
		JsonMapper json = JsonMapper.builder().build();
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(store).build();
		try {
			GraphDatabaseService db = dbms.database("neo4j");
			for (int k = 4; k < args.length; k++) {
				List<Map<String, Object>> queries = new ArrayList<>();
				for (String line : Files.readAllLines(bodies.resolve("raw-" + args[k] + ".jsonl"))) {
					@SuppressWarnings("unchecked")
					Map<String, Object> body = json.readValue(line, Map.class);
					for (Object q : (List<?>) body.get("queries")) {
						@SuppressWarnings("unchecked")
						Map<String, Object> query = (Map<String, Object>) q;
						queries.add(query);
					}
				}
				for (int round = 1; round <= rounds; round++) {
					long cpu = os.getProcessCpuTime();
					long end = System.nanoTime() + nanos;
					int n = 0;
					while (System.nanoTime() < end) {
						Map<String, Object> q = queries.get(n % queries.size());
						@SuppressWarnings("unchecked")
						Map<String, Object> parameters = (Map<String, Object>) q.get("parameters");
						try (Transaction tx = db.beginTx(); Result result = tx.execute((String) q.get("query"), parameters)) {
							while (result.hasNext()) {
								result.next();
							}
						}
						n++;
					}
					System.out.printf("RESULT {\"operation\": \"%s\", \"round\": %d, \"queries\": %d, \"cpu_ms_per_query\": %.3f}%n",
							args[k], round, n, (os.getProcessCpuTime() - cpu) / 1e6 / Math.max(1, n));
				}
			}
		}
		finally {
			dbms.shutdown();
		}
	}

}

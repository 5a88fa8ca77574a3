package uk.gov.inspectiongraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;

import uk.gov.inspectiongraph.model.Keys;
import uk.gov.inspectiongraph.web.RawCypher;

/**
 * The limit, side by side, at a given concurrency for a fixed time with the variables the GraphQL run uses:
 * for every operation, the very Cypher the service generated for each body, through the driver (one read
 * transaction per query, as the service runs them: mode {@code cypher}); for ActionsByOwner and a
 * single-inspection Dashboard also the best hand-written Cypher (mode {@code best}). Prints one RESULT line per
 * operation and mode like the wrk script.
 *
 * <p>Usage: {@code RawCypherBench BOLT_URI BODIES_DIR SECONDS CONCURRENCY}
 */
public final class RawCypherBench {

	static final String ACTIONS_BY_OWNER = """
			MATCH (o:Owner) WHERE $key IN o.keys
			CALL (o) {
			  MATCH (a:Action)-[owned:OWNED_BY]->(:Owner) WHERE owned.ownerPlanOrder STARTS WITH o.id + ' '
			  WITH a ORDER BY owned.ownerPlanOrder LIMIT 50
			  MATCH (r:Recommendation)-[:HAS_ACTION]->(a)-[:IN_REVISION]->(v:Revision)
			  MATCH (i:Inspection {id: r.inspectionId})
			  RETURN collect({id: a.id, text: a.text,
			    owners: COLLECT { MATCH (a)-[:OWNED_BY]->(x:Owner) RETURN {id: x.id, name: x.name} },
			    target: {text: a.targetText, dueOn: a.dueOn, status: a.status, revised: a.revised},
			    revision: {label: v.label, date: v.date},
			    recommendation: {id: r.id, number: r.number, agreement: r.agreement, inspection: {id: i.id, title: i.title}}}) AS page
			}
			RETURN COUNT { (o)<-[:OWNED_BY]-() } AS total, page
			""";

	static final String DASHBOARD_ONE = """
			MATCH (i:Inspection {id: $id})
			RETURN i {.id, .title,
			  agreementSummary: COLLECT { MATCH (i)-[:HAS_RECOMMENDATION]->(t:Recommendation {topLevel: true}) RETURN t.agreement },
			  recommendations: COLLECT {
			    MATCH (i)-[:HAS_RECOMMENDATION]->(r:Recommendation)
			    WITH r ORDER BY r.ordinal
			    RETURN r {.id, .number, .text, .agreement, .progress,
			      addressees: COLLECT { MATCH (r)-[:ADDRESSED_TO]->(o) RETURN o {.id, .name} },
			      children: COLLECT { MATCH (r)-[:HAS_PART]->(c) RETURN c {.id, .number, .agreement} },
			      actions: COLLECT {
			        MATCH (r)-[:HAS_ACTION]->(a:Action)-[:IN_REVISION]->(v)
			        WITH a, v ORDER BY a.position
			        RETURN a {.id, .text, owners: COLLECT { MATCH (a)-[:OWNED_BY]->(x) RETURN x {.id, .name} },
			          target: {text: a.targetText, dueOn: a.dueOn, status: a.status, revised: a.revised},
			          revision: v {.label, .date}} },
			      programmes: COLLECT { MATCH (r)-[:HAS_ACTION*0..1]->()-[:MENTIONS]->(p:Programme) RETURN DISTINCT p {.id, .name}
			                            UNION MATCH (r)-[:HAS_ACTION]->()-[:OWNED_BY]->()-[:WORKS_IN]->(p:Programme) RETURN p {.id, .name} } } } } AS dashboard
			""";

	public static void main(String[] args) throws Exception {
		String uri = args[0];
		Path bodies = Path.of(args[1]);
		int seconds = Integer.parseInt(args[2]);
		int concurrency = Integer.parseInt(args[3]);
		warmup = args.length > 4 ? Integer.parseInt(args[4]) : 0;
		try (Driver driver = GraphDatabase.driver(uri, AuthTokens.none())) {
			List<Map<String, Object>> owners = variables(bodies.resolve("ActionsByOwner.jsonl"), "owner").stream()
				.map(o -> Map.<String, Object>of("key", Keys.key(o)))
				.toList();
			run("ActionsByOwner", "best", owners.stream().map(p -> List.of(new Query(ACTIONS_BY_OWNER, p))).toList(),
					seconds, concurrency, driverRead(driver));
			List<Map<String, Object>> ids = variables(bodies.resolve("DashboardOne.jsonl"), "id").stream()
				.map(i -> Map.<String, Object>of("id", i))
				.toList();
			run("DashboardOne", "best", ids.stream().map(p -> List.of(new Query(DASHBOARD_ONE, p))).toList(),
					seconds, concurrency, driverRead(driver));
			// every operation: the very queries the service generated for each body, through the driver
			try (var files = Files.list(bodies)) {
				for (Path file : files.filter(f -> f.getFileName().toString().startsWith("raw-")).sorted().toList()) {
					String op = file.getFileName().toString().replaceAll("^raw-|\\.jsonl$", "");
					run(op, "cypher", generated(file), seconds, concurrency, driverRead(driver));
				}
			}
		}
	}

	/** One query and its parameters; a request is one or more, run one after the other. */
	record Query(String cypher, Map<String, Object> parameters) {
	}

		/** The queries of each body, as {@code bodies.py} wrote them from the service's explain extension. */
	@SuppressWarnings("unchecked")
	static List<List<Query>> generated(Path file) throws Exception {
		com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
		List<List<Query>> requests = new ArrayList<>();
		for (String line : Files.readAllLines(file)) {
			Map<String, Object> body = json.readValue(line, Map.class);
			List<Query> queries = new ArrayList<>();
			for (Map<String, Object> q : (List<Map<String, Object>>) body.get("queries")) {
				Map<String, Object> parameters = new java.util.HashMap<>();
				((Map<String, Object>) q.get("parameters")).forEach((k, v) -> parameters.put(k, RawCypher.typed(v)));
				queries.add(new Query((String) q.get("query"), parameters));
			}
			requests.add(queries);
		}
		return requests;
	}

	private static List<String> variables(Path file, String name) throws Exception {
		Pattern p = Pattern.compile("\"" + name + "\": \"((?:[^\"\\\\]|\\\\.)*)\"");
		List<String> values = new ArrayList<>();
		for (String line : Files.readAllLines(file)) {
			Matcher m = p.matcher(line.substring(line.indexOf("\"variables\"")));
			if (m.find()) {
				values.add(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
			}
		}
		return values;
	}

	/** One query in a read transaction of its own, as the service's {@code Graph.read} runs it. */
	static java.util.function.Consumer<Query> driverRead(Driver driver) {
		return q -> {
			try (var session = driver.session(SessionConfig.defaultConfig())) {
				session.executeRead(tx -> tx.run(q.cypher(), q.parameters()).list());
			}
		};
	}

	/** Seconds each operation runs unmeasured right before its measured run, in this same JVM (its JIT warms). */
	static int warmup;

	static void run(String name, String mode, List<List<Query>> requests, int seconds, int concurrency,
			java.util.function.Consumer<Query> execute) throws Exception {
		if (warmup > 0) {
			measure(requests, warmup, concurrency, execute);
		}
		List<Long> sorted = new ArrayList<>();
		int errors = measure(requests, seconds, concurrency, execute, sorted);
		double p50 = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1e6;
		double p99 = sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.99))) / 1e6;
		System.out.printf(java.util.Locale.ROOT,
				"RESULT {\"op\": \"%s\", \"mode\": \"%s\", \"requests\": %d, \"seconds\": %d, \"rps\": %.1f, \"p50_ms\": %.2f, \"p99_ms\": %.2f, \"errors\": %d}%n",
				name, mode, sorted.size(), seconds, sorted.size() / (double) seconds, p50, p99, errors);
	}

	private static void measure(List<List<Query>> requests, int seconds, int concurrency,
			java.util.function.Consumer<Query> execute) throws Exception {
		measure(requests, seconds, concurrency, execute, new ArrayList<>());
	}

	/** Runs the requests round-robin on {@code concurrency} threads; fills {@code sorted} with latencies. */
	private static int measure(List<List<Query>> requests, int seconds, int concurrency,
			java.util.function.Consumer<Query> execute, List<Long> sorted) throws Exception {
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger errors = new AtomicInteger();
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		ExecutorService pool = Executors.newFixedThreadPool(concurrency);
		for (int t = 0; t < concurrency; t++) {
			int offset = t * 37;
			pool.submit(() -> {
				int i = offset;
				while (System.nanoTime() < end) {
					List<Query> request = requests.get(i++ % requests.size());
					long start = System.nanoTime();
					try {
						request.forEach(execute);
						latencies.add(System.nanoTime() - start);
					}
					catch (RuntimeException ex) {
						errors.incrementAndGet();
					}
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(seconds + 120L, java.util.concurrent.TimeUnit.SECONDS);
		sorted.addAll(latencies);
		Collections.sort(sorted);
		return errors.get();
	}

}

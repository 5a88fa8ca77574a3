package uk.gov.inspectiongraph.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.beans.factory.annotation.Autowired;

import uk.gov.inspectiongraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The two read paths, in-process and over Bolt, answer alike: every kind of value, streams, and errors with the
 * same status code. (The whole suite also runs every read both ways: {@code neo4j.embedded.reads=both}.)
 */
@IntegrationTest
class ReadPathsTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	@Autowired
	EmbeddedNeo4j embedded;

	@Autowired
	Driver driver;

	@Autowired
	Graph graph;

	private Reads inProcess() {
		return new InProcessReads(this.embedded.database());
	}

	private Reads bolt() {
		return new DriverReads(this.driver);
	}

	@Test
	void theTestsReadBothWaysAndCompare() {
		assertThat(this.graph.readPath()).isEqualTo("both");
	}

	@Test
	void everyKindOfValueReadsTheSameBothWays() {
		String cypher = """
				MATCH p = (r:Recommendation)-[rel:HAS_ACTION]->(a:Action)
				WITH p, r, rel, a ORDER BY r.id, a.id LIMIT 3
				RETURN p, r, rel, a.id AS id, date('2022-04-30') AS day, datetime('2022-04-30T10:15:30Z') AS instant,
				       duration('P1M2DT3H') AS span, point({x: 1.5, y: 2}) AS place, 1.5 AS real, 42 AS whole, true AS yes, null AS nothing,
				       'Wales ≥ ۱' AS text, [1, 'two', [3]] AS list, {a: 1, b: {c: [date('2020-01-01')]}} AS map,
				       labels(r) AS labels, keys(r) AS keys
				""";
		List<Record> here = this.inProcess().all(cypher, Map.of(), TIMEOUT);
		List<Record> there = this.bolt().all(cypher, Map.of(), TIMEOUT);
		assertThat(here).hasSize(3).isEqualTo(there);
		assertThat(here.get(0).get("r").asNode().labels()).contains("Recommendation");
		assertThat(here.get(0).get("p").asPath().length()).isEqualTo(1);
		assertThat(here.get(0).get("r").asNode().asMap()).isEqualTo(there.get(0).get("r").asNode().asMap());
	}

	@Test
	void aColumnReadsAsTheSameJavaValuesBothWays() {
		// the in-process path makes them from the database's values, the driver's path from its records
		String cypher = """
				MATCH (r:Recommendation)-[:HAS_ACTION]->(a:Action)
				WITH r, a ORDER BY r.id, a.id LIMIT 3
				RETURN {id: a.id, due: a.dueOn, day: date('2022-04-30'), whole: 42, real: 1.5, yes: true, nothing: null,
				        list: [1, 'two', [3]], keys: keys(r), node: r, span: duration('P1M2DT3H'),
				        nested: {labels: labels(a), at: datetime('2022-04-30T10:15:30Z')}} AS result
				""";
		java.util.function.IntFunction<Map<String, Object>> maps = size -> new java.util.TreeMap<>();
		List<Object> here = this.inProcess().column(cypher, Map.of(), TIMEOUT, "result", maps);
		List<Object> there = this.bolt().column(cypher, Map.of(), TIMEOUT, "result", maps);
		assertThat(here).hasSize(3).isEqualTo(there);
		Map<?, ?> first = (Map<?, ?>) here.get(0);
		assertThat(first).isInstanceOf(java.util.TreeMap.class);
		assertThat(first.get("nested")).as("nested maps are the caller's too").isInstanceOf(java.util.TreeMap.class);
		assertThat(first.get("whole")).isEqualTo(42L);
		assertThat(first.get("day")).isEqualTo(java.time.LocalDate.of(2022, 4, 30));
		assertThat(first.get("list")).isEqualTo(List.of(1L, "two", List.of(3L)));
		assertThat(first.get("node")).isInstanceOf(org.neo4j.driver.types.Node.class);
		assertThat(((Map<?, ?>) first.get("nested")).get("labels")).isEqualTo(List.of("Action"));
	}

	@Test
	void aStoredListReadsAsAListBothWays() {
		// an array property in the store (an owner's keys) is a list on both paths, not a Java array
		String cypher = "MATCH (o:Owner) WITH o ORDER BY o.id LIMIT 2 RETURN {id: o.id, keys: o.keys} AS result";
		List<Object> here = this.inProcess().column(cypher, Map.of(), TIMEOUT, "result", java.util.HashMap::new);
		assertThat(here).hasSize(2).isEqualTo(this.bolt().column(cypher, Map.of(), TIMEOUT, "result", java.util.HashMap::new));
		assertThat(((Map<?, ?>) here.get(0)).get("keys")).isInstanceOf(List.class);
	}

	@Test
	void parametersReachTheQueryAlikeBothWays() {
		String cypher = "MATCH (o:Owner) WHERE o.name IN $names RETURN o.name AS name, $when AS when ORDER BY name";
		Map<String, Object> parameters = Map.of("names", List.of("Regional Probation Director Wales", "nobody"), "when",
				java.time.LocalDate.of(2022, 4, 30));
		List<Record> here = this.inProcess().all(cypher, parameters, TIMEOUT);
		assertThat(here).extracting(r -> r.get("name").asString()).containsExactly("Regional Probation Director Wales");
		assertThat(here).isEqualTo(this.bolt().all(cypher, parameters, TIMEOUT));
	}

	@Test
	void aStreamHandsEveryRecordInOrder() {
		List<Long> numbers = new ArrayList<>();
		this.inProcess().stream("UNWIND range(1, 5000) AS n RETURN n", Map.of(), TIMEOUT, r -> numbers.add(r.get("n").asLong()));
		assertThat(numbers).hasSize(5000).isSorted().startsWith(1L).endsWith(5000L);
	}

	@Test
	void aSyntaxErrorIsTheSameClientErrorBothWays() {
		String cypher = "MATCH (n RETURN n";
		ClientException here = catchThrowableOfType(ClientException.class, () -> this.inProcess().all(cypher, Map.of(), TIMEOUT));
		ClientException there = catchThrowableOfType(ClientException.class, () -> this.bolt().all(cypher, Map.of(), TIMEOUT));
		assertThat(here.code()).isEqualTo(there.code()).isEqualTo("Neo.ClientError.Statement.SyntaxError");
	}

	@Test
	@org.junit.jupiter.api.Timeout(value = 10, unit = java.util.concurrent.TimeUnit.MINUTES) // a guard, not a measure
	void aReadOverItsTimeoutIsTerminatedWithTheTimeoutsCode() {
		// a millisecond for a count of a hundred billion rows: only the timeout ends it (when the database's monitor
		// next looks, every two seconds)
		assertThatThrownBy(() -> this.inProcess()
			.all("UNWIND range(1, 100000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)", Map.of(), Duration.ofMillis(1)))
			.isInstanceOf(Neo4jException.class)
			.satisfies(ex -> assertThat(((Neo4jException) ex).code()).contains("TransactionTimedOut"));
	}

	@Test
	void aWriteInAReadIsRefusedBothWaysAndWritesNothing() {
		String cypher = "CREATE (n:ReadPathProbe) RETURN n";
		assertThatThrownBy(() -> this.inProcess().all(cypher, Map.of(), TIMEOUT)).isInstanceOf(ClientException.class);
		assertThatThrownBy(() -> this.bolt().all(cypher, Map.of(), TIMEOUT)).isInstanceOf(ClientException.class);
		assertThat(this.inProcess().all("MATCH (n:ReadPathProbe) RETURN count(n) AS n", Map.of(), TIMEOUT).get(0).get("n").asLong())
			.isZero();
	}

}

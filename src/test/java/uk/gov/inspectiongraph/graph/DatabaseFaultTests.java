package uk.gov.inspectiongraph.graph;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import uk.gov.inspectiongraph.InspectionGraphApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Faults of the database under a running service, and after a crash: the service against an external
 * database (a second in-process Neo4j on a Bolt port of its own) that goes away and comes back; an embedded
 * store left locked by a process killed while migrating.
 */
class DatabaseFaultTests {

	private static final String QUERY = "{\"query\": \"{ inspection(id: \\\"electronic-monitoring-2022\\\") { id title recommendations(topLevelOnly: true) { number agreement } } }\"}";

	@Test
	void whileTheDatabaseIsDownRequestsAreUnavailableAndReadinessIsDownThenAnswersComeBackWithoutARestart(@TempDir Path dir) {
		EmbeddedNeo4j database = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(dir.resolve("db").toString(), 0, "16m", false, null, null));
		int bolt = database.boltUri().getPort();
		try (ConfigurableApplicationContext service = new SpringApplicationBuilder(InspectionGraphApplication.class).run(
				"--spring.neo4j.uri=" + database.boltUri(), "--server.port=0", "--spring.main.banner-mode=off",
				"--logging.level.root=WARN", "--neo4j.embedded.dir=" + dir.resolve("unused"))) {
			RestClient http = RestClient.create("http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port"));
			String before = post(http).getBody();
			assertThat(before).contains("electronic-monitoring-2022").doesNotContain("errors");
			assertThat(readiness(http)).isEqualTo(200);

			database.close();
			var during = post(http);
			assertThat(during.getStatusCode().value()).isEqualTo(503);
			assertThat(during.getBody()).contains("\"classification\":\"UNAVAILABLE\"", "the database is unavailable")
				.doesNotContain("org.neo4j", "Exception", "bolt://");
			assertThat(readiness(http)).isEqualTo(503);

			database = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(dir.resolve("db").toString(), bolt, "16m", false, null, null));
			await().atMost(Duration.ofMinutes(2)).until(() -> before.equals(post(http).getBody()));
			assertThat(readiness(http)).isEqualTo(200);
		}
		finally {
			database.close();
		}
	}

	@Test
	void aMigrationLockLeftByAKilledProcessDoesNotStopTheNextStart(@TempDir Path dir) {
		EmbeddedNeo4jProperties store = new EmbeddedNeo4jProperties(dir.resolve("db").toString(), 0, "16m", false, null, null);
		try (EmbeddedNeo4j crashed = EmbeddedNeo4j.start(store);
				var driver = GraphDatabase.driver(crashed.boltUri(), AuthTokens.none())) {
			// what neo4j-migrations leaves when the process dies between taking and releasing its lock
			driver.executableQuery("CREATE (:__Neo4jMigrationsLock {id: randomUUID(), name: 'John Doe'})").execute();
		}
		try (ConfigurableApplicationContext service = new SpringApplicationBuilder(InspectionGraphApplication.class).run(
				"--neo4j.embedded.dir=" + store.dir(), "--neo4j.embedded.bolt-port=0", "--server.port=0",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN")) {
			assertThat(service.getBean(SchemaMigrations.class).version()).isEqualTo("0017");
			long locks = service.getBean(Graph.class)
				.read("MATCH (l:__Neo4jMigrationsLock) RETURN count(l) AS n", java.util.Map.of(), r -> r.get("n").asLong())
				.get(0);
			assertThat(locks).isZero();
		}
	}

	private static org.springframework.http.ResponseEntity<String> post(RestClient http) {
		return http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_GRAPHQL_RESPONSE)
			.body(QUERY)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, response) -> {
			})
			.toEntity(String.class);
	}

	private static int readiness(RestClient http) {
		return http.get()
			.uri("/actuator/health/readiness")
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, response) -> {
			})
			.toEntity(String.class)
			.getStatusCode()
			.value();
	}

}

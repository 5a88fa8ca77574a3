package uk.gov.inspectiongraph.graph;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

import uk.gov.inspectiongraph.InspectionGraphApplication;
import uk.gov.inspectiongraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The in-process default, its migrations and health, and the switch to an external Neo4j. */
@IntegrationTest
class EmbeddedNeo4jTests {

	@Autowired
	SchemaMigrations migrations;

	@Autowired
	Graph graph;

	@LocalServerPort
	int port;

	@Test
	void everyReadRunsInASpringManagedReadOnlyTransactionThatRefusesWrites() {
		assertThatThrownBy(() -> this.graph.read("CREATE (n:ReadOnlyProbe) RETURN n", Map.of(), r -> r.get(0)))
			.isInstanceOf(org.neo4j.driver.exceptions.ClientException.class)
			.hasMessageContaining("read");
		assertThat(this.graph.read("MATCH (n:ReadOnlyProbe) RETURN count(n) AS n", Map.of(), r -> r.get("n").asLong()))
			.containsExactly(0L);
		// a value the mapper reads as null is a row, not a gap
		assertThat(this.graph.read("UNWIND [1, null, 3] AS x RETURN x", Map.of(), r -> r.get("x").isNull() ? null : r.get("x").asInt()))
			.containsExactly(1, null, 3);
	}

	@Test
	void migrationsRanToTheLatestVersionAndCreatedTheIndexes() {
		assertThat(this.migrations.version()).isEqualTo("0017");
		var indexes = this.graph.read("SHOW INDEXES YIELD name RETURN name", Map.of(), r -> r.get("name").asString());
		assertThat(indexes).contains("search_text", "owner_keys", "action_due_on", "inspection_id", "action_document");
	}

	@Test
	void healthIsUpWithTheNeo4jCheck() {
		String body = RestClient.create("http://127.0.0.1:" + this.port).get().uri("/actuator/health").retrieve().body(String.class);
		assertThat(body).contains("\"status\":\"UP\"").contains("\"neo4j\"").contains("\"edition\"");
	}

	@Test
	void withSpringNeo4jUriSetTheServiceUsesThatServerAndStartsNoDatabaseOfItsOwn(@TempDir Path dir) {
		EmbeddedNeo4jProperties other = new EmbeddedNeo4jProperties(dir.toString(), 0, "16m", false, null, null);
		try (EmbeddedNeo4j external = EmbeddedNeo4j.start(other);
				ConfigurableApplicationContext context = new SpringApplicationBuilder(InspectionGraphApplication.class)
					.run("--spring.neo4j.uri=" + external.boltUri(), "--server.port=0", "--spring.main.banner-mode=off",
							"--logging.level.root=WARN", "--neo4j.embedded.dir=" + dir.resolve("unused"));
				Driver driver = GraphDatabase.driver(external.boltUri(), AuthTokens.none())) {
			assertThat(context.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
			long inspections = driver.executableQuery("MATCH (i:Inspection) RETURN count(i) AS n").execute()
				.records().get(0).get("n").asLong();
			assertThat(inspections).isEqualTo(4);
		}
	}

}

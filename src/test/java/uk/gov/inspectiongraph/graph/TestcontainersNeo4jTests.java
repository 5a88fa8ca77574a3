package uk.gov.inspectiongraph.graph;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same service against a Neo4j 5.26 server in a container, where a Docker engine exists; skipped cleanly
 * without one. It never replaces the in-process tests.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = "logging.level.root=WARN")
class TestcontainersNeo4jTests {

	@Container
	@ServiceConnection
	static Neo4jContainer neo4j = new Neo4jContainer("neo4j:5.26").withoutAuthentication();

	@Autowired
	Graph graph;

	@Test
	void theCorpusLoadsIntoAServerNeo4j() {
		long inspections = this.graph.read("MATCH (i:Inspection) RETURN count(i) AS n", Map.of(), r -> r.get("n").asLong()).get(0);
		assertThat(inspections).isEqualTo(4);
		long actions = this.graph.read("MATCH (a:Action) RETURN count(a) AS n", Map.of(), r -> r.get("n").asLong()).get(0);
		assertThat(actions).isGreaterThan(150);
	}

}

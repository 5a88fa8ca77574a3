package uk.gov.inspectiongraph.graph;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded database keeps its data in its folder across restarts. */
class EmbeddedRestartTests {

	@Test
	void aSecondStartOnTheSameFolderSeesTheDataOfTheFirst(@TempDir Path dir) {
		EmbeddedNeo4jProperties properties = new EmbeddedNeo4jProperties(dir.toString(), 0, "16m", false);
		try (EmbeddedNeo4j first = EmbeddedNeo4j.start(properties);
				Driver driver = GraphDatabase.driver(first.boltUri(), AuthTokens.none())) {
			driver.executableQuery("CREATE (:Marker {name: 'kept'})").execute();
		}
		try (EmbeddedNeo4j second = EmbeddedNeo4j.start(properties);
				Driver driver = GraphDatabase.driver(second.boltUri(), AuthTokens.none())) {
			String name = driver.executableQuery("MATCH (m:Marker) RETURN m.name AS name").execute()
				.records().get(0).get("name").asString();
			assertThat(name).isEqualTo("kept");
		}
	}

}

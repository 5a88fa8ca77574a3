package uk.gov.inspectiongraph.graph;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded database keeps its data in its folder across restarts, and a new folder can start from a seed. */
class EmbeddedRestartTests {

	@Test
	void aSecondStartOnTheSameFolderSeesTheDataOfTheFirst(@TempDir Path dir) {
		EmbeddedNeo4jProperties properties = new EmbeddedNeo4jProperties(dir.toString(), 0, "16m", false, null, null);
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

	@Test
	void aNewStoreStartsAsACopyOfTheSeedAndAnExistingOneIgnoresIt(@TempDir Path dir) {
		Path seed = dir.resolve("seed");
		try (EmbeddedNeo4j first = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(seed.toString(), 0, "16m", false, null, null));
				Driver driver = GraphDatabase.driver(first.boltUri(), AuthTokens.none())) {
			driver.executableQuery("CREATE (:Marker {name: 'from the seed'})").execute();
		}
		EmbeddedNeo4jProperties store = new EmbeddedNeo4jProperties(dir.resolve("store").toString(), 0, "16m", false, null, null);
		try (EmbeddedNeo4j copy = EmbeddedNeo4j.start(store, seed.toString());
				Driver driver = GraphDatabase.driver(copy.boltUri(), AuthTokens.none())) {
			assertThat(driver.executableQuery("MATCH (m:Marker) RETURN m.name AS name").execute().records())
				.extracting(r -> r.get("name").asString())
				.containsExactly("from the seed");
			driver.executableQuery("MATCH (m:Marker) SET m.name = 'changed in the store'").execute();
		}
		try (EmbeddedNeo4j again = EmbeddedNeo4j.start(store, seed.toString());
				Driver driver = GraphDatabase.driver(again.boltUri(), AuthTokens.none())) {
			assertThat(driver.executableQuery("MATCH (m:Marker) RETURN m.name AS name").execute().records())
				.extracting(r -> r.get("name").asString())
				.containsExactly("changed in the store");
		}
	}

	@Test
	void aStoreWhoseCreationWasKilledIsCreatedAgain(@TempDir Path dir) throws Exception {
		Path store = dir.resolve("store");
		// what a kill -9 during the first start can leave: part of a store, and the marker of its creation
		java.nio.file.Files.createDirectories(store.resolve("data/databases/system"));
		java.nio.file.Files.writeString(store.resolve("data/databases/system/neostore"), "cut short");
		java.nio.file.Files.createFile(dir.resolve("store.creating"));
		try (EmbeddedNeo4j db = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(store.toString(), 0, "16m", false, null, null));
				Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none())) {
			assertThat(driver.executableQuery("MATCH (n) RETURN count(n) AS n").execute().records().get(0).get("n").asLong())
				.isZero();
		}
		assertThat(dir.resolve("store.creating")).doesNotExist();
	}

}

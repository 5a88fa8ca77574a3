package uk.gov.inspectiongraph.graph;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded database started before the context, and taken over by it. */
class EmbeddedNeo4jEarlyStartTests {

	@TempDir
	Path dir;

	private static MockEnvironment environment(Path store) {
		return new MockEnvironment().withProperty("neo4j.embedded.dir", store.toString())
			.withProperty("neo4j.embedded.bolt-port", "0");
	}

	private static EmbeddedNeo4jProperties properties(MockEnvironment environment) {
		return Binder.get(environment).bindOrCreate("neo4j.embedded", EmbeddedNeo4jProperties.class);
	}

	private static void prepare(MockEnvironment environment) {
		new EmbeddedNeo4jEarlyStart().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(),
				new SpringApplication(), new String[0], environment));
	}

	private static long answer(EmbeddedNeo4j neo4j) {
		try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
			return driver.executableQuery("RETURN 41 + 1 AS n").execute().records().get(0).get("n").asLong();
		}
	}

	@Test
	void theServiceTakesTheDatabaseStartedBeforeItsContextWithTheSameSettings() {
		MockEnvironment environment = environment(this.dir.resolve("early"));
		prepare(environment);
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4jEarlyStart.take(properties(environment), null)) {
			assertThat(answer(neo4j)).isEqualTo(42);
			// the store it serves is the one configured
			assertThat(Files.isDirectory(this.dir.resolve("early").resolve("data"))).isTrue();
		}
	}

	@Test
	void otherSettingsGetADatabaseOfTheirOwnAndTheOneStartedEarlyIsStopped() {
		MockEnvironment early = environment(this.dir.resolve("early"));
		prepare(early);
		MockEnvironment other = environment(this.dir.resolve("other"));
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4jEarlyStart.take(properties(other), null)) {
			assertThat(answer(neo4j)).isEqualTo(42);
			assertThat(Files.isDirectory(this.dir.resolve("other").resolve("data"))).isTrue();
			// the early one released its store: it opens again here (Neo4j locks a store while it runs)
			try (EmbeddedNeo4j reopened = EmbeddedNeo4j.start(properties(early))) {
				assertThat(answer(reopened)).isEqualTo(42);
			}
		}
	}

	@Test
	void withoutAnEarlyStartTheDatabaseStartsWhenTaken() {
		MockEnvironment environment = environment(this.dir.resolve("late"));
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4jEarlyStart.take(properties(environment), null)) {
			assertThat(answer(neo4j)).isEqualTo(42);
		}
	}

}

package uk.gov.inspectiongraph.graph;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import uk.gov.inspectiongraph.ingest.Backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A store that has every migration skips neo4j-migrations at start (no lock, no scan): a lock held by another
 * instance does not stop it. A store missing one runs neo4j-migrations, which respects that lock.
 */
class SchemaMigrationsTests {

	private static SchemaMigrations migrations(Driver driver) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("backfills", new SchemaMigrations.DataMigrations(Backfill.all()));
		// as for an external server: a lock found is another instance's (neo4j-migrations' lock is named 'John Doe')
		return new SchemaMigrations(driver, beans.getBeanProvider(EmbeddedNeo4j.class),
				beans.getBeanProvider(SchemaMigrations.DataMigrations.class));
	}

	@Test
	void aStoreAtTheLatestVersionStartsWithoutMigratingAndOneBehindMigrates(@TempDir Path dir) {
		try (EmbeddedNeo4j db = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(dir.toString(), 0, "16m", false, null, null));
				Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none())) {
			SchemaMigrations first = migrations(driver);
			first.afterPropertiesSet();
			assertThat(first.version()).isEqualTo("0017");
			driver.executableQuery("CREATE (:__Neo4jMigrationsLock {id: randomUUID(), name: 'John Doe'})").execute();
			SchemaMigrations second = migrations(driver);
			second.afterPropertiesSet();
			assertThat(second.version()).isEqualTo("0017");
			driver.executableQuery("MATCH (m:__Neo4jMigration {version: '0017'}) DETACH DELETE m").execute();
			assertThatThrownBy(() -> migrations(driver).afterPropertiesSet()).hasMessageContaining("Likely another migration is going on");
		}
	}

}

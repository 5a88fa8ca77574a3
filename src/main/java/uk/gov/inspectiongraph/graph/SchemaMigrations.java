package uk.gov.inspectiongraph.graph;


import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import uk.gov.inspectiongraph.ingest.Backfill;

/**
 * Applies the versioned Cypher migrations in {@code cypher/migrations} (constraints, indexes, the full-text
 * index) and the Java ones listed here (data backfills) before anything else touches the graph. Applied scripts are checksummed and never run twice.
 */
@Component
public class SchemaMigrations implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	private final Driver driver;

	private String version = "none";

	public SchemaMigrations(Driver driver) {
		this.driver = driver;
	}

	@Override
	public void afterPropertiesSet() {
		Migrations migrations = new Migrations(MigrationsConfig.builder()
			.withLocationsToScan("classpath:neo4j/migrations")
			.withMigrationClassesDiscoverer(context -> Backfill.all())
			.build(), this.driver);
		this.version = migrations.apply().map(Object::toString).orElse("none");
		log.info("Schema migrations applied; database at version {}", this.version);
	}

	public String version() {
		return this.version;
	}

}

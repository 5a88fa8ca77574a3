package uk.gov.inspectiongraph.graph;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import ac.simons.neo4j.migrations.core.JavaBasedMigration;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;


/**
 * Applies the versioned Cypher migrations in {@code cypher/migrations} (constraints, indexes, the full-text
 * index) and the Java ones the feature packages provide as {@link DataMigrations} (data backfills) before anything else touches the graph. Applied scripts are checksummed and never run twice.
 */
@Component
public class SchemaMigrations implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	private static final String LOCATION = "classpath:neo4j/migrations";

	/** A Cypher migration's file name: {@code V0001__Unique_ids.cypher} is version 0001. */
	private static final java.util.regex.Pattern VERSIONED = java.util.regex.Pattern.compile("^V(\\d+)__");

	private final Driver driver;

	private final boolean embedded;

	private String version = "none";

	private final List<JavaBasedMigration> dataMigrations;

	/** Java migrations (data backfills) that a feature package provides, applied in version order with the rest. */
	public record DataMigrations(List<JavaBasedMigration> migrations) {
	}

	public SchemaMigrations(Driver driver, ObjectProvider<EmbeddedNeo4j> embedded, ObjectProvider<DataMigrations> data) {
		this.driver = driver;
		this.embedded = embedded.getIfAvailable() != null;
		this.dataMigrations = data.stream().flatMap(d -> d.migrations().stream()).toList();
	}

	@Override
	public void afterPropertiesSet() {
		List<String> known = knownVersions();
		// always read first: on the embedded store this also removes a dead process's lock before migrating
		java.util.Set<String> applied = appliedVersions();
		if (!known.isEmpty() && applied.containsAll(known)) {
			// every migration is applied already: skip neo4j-migrations' lock, scan and chain (2-3 s of cold
			// queries at every start); its checksum validation runs whenever there is something to apply
			this.version = known.get(known.size() - 1);
			log.info("Schema at version {}: nothing to migrate", this.version);
			return;
		}
		Migrations migrations = new Migrations(MigrationsConfig.builder()
			.withLocationsToScan(LOCATION)
			.withResourceScanner(SchemaMigrations::cypherFiles)
			.withMigrationClassesDiscoverer(context -> this.dataMigrations)
			.build(), this.driver);
		this.version = migrations.apply().map(Object::toString).orElse("none");
		log.info("Schema migrations applied; database at version {}", this.version);
	}

	/** The versions of every migration this build has, Cypher and Java, in order ("0001", ...). */
	private List<String> knownVersions() {
		java.util.TreeSet<String> versions = new java.util.TreeSet<>();
		for (URL url : cypherFiles(List.of(LOCATION))) {
			String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
			java.util.regex.Matcher m = VERSIONED.matcher(name);
			if (m.find()) {
				versions.add(m.group(1));
			}
		}
		this.dataMigrations.forEach(j -> versions.add(j.getVersion().getValue()));
		return List.copyOf(versions);
	}

	/**
	 * The versions neo4j-migrations recorded as applied in the database. On the embedded store, in the same
	 * query (one cold query less at start), a lock left by a process killed while migrating is removed: every
	 * later start would otherwise refuse to migrate. The embedded store is this process's alone (Neo4j locks its
	 * folder), so a lock found in it before migrating is a dead process's. On an external server a lock may be a
	 * live migration of another instance, and is respected.
	 */
	private java.util.Set<String> appliedVersions() {
		var record = this.driver.executableQuery(this.embedded ? CLEAR_STALE_LOCK_AND_READ_VERSIONS : READ_VERSIONS)
			.execute()
			.records()
			.get(0);
		if (record.get("removedLocks").asLong(0) > 0) {
			log.warn("Removed a migration lock left by a process that stopped while migrating this embedded store");
		}
		return java.util.Set.copyOf(record.get("versions").asList(org.neo4j.driver.Value::asString));
	}

	private static final String READ_VERSIONS = """
			MATCH (m:__Neo4jMigration) RETURN collect(m.version) AS versions""";

	private static final String CLEAR_STALE_LOCK_AND_READ_VERSIONS = """
			OPTIONAL MATCH (l:__Neo4jMigrationsLock)
			DETACH DELETE l
			WITH count(l) AS removedLocks
			OPTIONAL MATCH (m:__Neo4jMigration)
			RETURN removedLocks, collect(m.version) AS versions""";

	/**
	 * The Cypher migrations on the classpath, listed by Spring's resolver. neo4j-migrations' own scanner walks
	 * the whole classpath with ClassGraph, about 10 s over the 156 MB jar at every start.
	 */
	private static List<URL> cypherFiles(List<String> locations) {
		List<URL> urls = new ArrayList<>();
		try {
			for (String location : locations) {
				String base = location.startsWith("classpath:") ? location : "classpath:" + location;
				for (Resource resource : RESOLVER.getResources(base + "/*.cypher")) {
					urls.add(resource.getURL());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list the migrations in " + locations, ex);
		}
		return urls;
	}

	private static final PathMatchingResourcePatternResolver RESOLVER = new PathMatchingResourcePatternResolver();

	public String version() {
		return this.version;
	}

}

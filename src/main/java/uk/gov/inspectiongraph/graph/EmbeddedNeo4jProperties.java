package uk.gov.inspectiongraph.graph;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the in-process Neo4j that runs when no {@code spring.neo4j.uri} is configured.
 *
 * @param dir where the database lives; survives restarts
 * @param boltPort Bolt port on 127.0.0.1; 0 picks a free port
 * @param pageCache page cache size, e.g. {@code 128m}
 * @param deleteOnShutdown remove {@code dir} when the service stops (tests)
 * @param transactionMemory the most one transaction may hold (a document's import is one), e.g. {@code 512m};
 *        by default 40% of the heap, at most 512m: Neo4j keeps part of a transaction's state on the heap whatever
 *        its setting (measured: a plan of 20,000 actions held 750 MB), so a cap above the heap let a big document
 *        exhaust it; under the cap the document fails alone and cleanly
 * @param seed a store to start from when {@code dir} does not exist yet: a copy of one that was migrated and
 *        loaded with the bundled corpus (the run script records it once), so that a new store starts as fast as
 *        an existing one; ignored when {@code corpus.dir} names another corpus
 */
@ConfigurationProperties("neo4j.embedded")
public record EmbeddedNeo4jProperties(String dir, Integer boltPort, String pageCache, boolean deleteOnShutdown,
		String seed, String transactionMemory) {

	public EmbeddedNeo4jProperties {
		if (dir == null || dir.isBlank()) {
			dir = System.getProperty("user.home") + "/.inspection-graph/neo4j";
		}
		if (boltPort == null) {
			boltPort = 7687;
		}
		if (pageCache == null || pageCache.isBlank()) {
			pageCache = "128m";
		}
		if (transactionMemory == null || transactionMemory.isBlank()) {
			transactionMemory = String.valueOf(Math.min(512L << 20, Runtime.getRuntime().maxMemory() / 5 * 2));
		}
	}

}

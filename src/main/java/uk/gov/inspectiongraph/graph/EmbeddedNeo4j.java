package uk.gov.inspectiongraph.graph;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A real Neo4j 5 database running in this JVM, reachable over Bolt on 127.0.0.1. */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private final DatabaseManagementService service;

	private final URI boltUri;

	private final Path home;

	private final boolean deleteOnShutdown;

	private EmbeddedNeo4j(DatabaseManagementService service, URI boltUri, Path home, boolean deleteOnShutdown) {
		this.service = service;
		this.boltUri = boltUri;
		this.home = home;
		this.deleteOnShutdown = deleteOnShutdown;
	}

	public static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties) {
		return start(properties, null);
	}

	/** Starts the database in {@code properties.dir()}, first copying {@code seed} there when the store is new. */
	public static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties, String seed) {
		Path home = Path.of(properties.dir()).toAbsolutePath();
		long started = System.nanoTime();
		// A process killed while it creates a store can leave one that no later start can open ("Transaction logs
		// are missing and recovery is not possible"). A marker beside the store says a creation is under way; one
		// found at start is a creation that never finished, holding nothing yet, so the store is created again.
		Path creating = home.resolveSibling(home.getFileName() + ".creating");
		if (Files.exists(creating)) {
			log.warn("The start that was creating {} stopped before it finished: creating it again", home);
			try {
				deleteTree(home);
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException("cannot remove the unfinished store " + home, ex);
			}
		}
		boolean create = !Files.exists(home);
		if (create) {
			mark(creating);
		}
		if (create && seed != null && !seed.isBlank() && Files.isDirectory(Path.of(seed))) {
			copyTree(Path.of(seed), home);
			log.info("New store {} copied from the seed store {}", home, seed);
		}
		DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", properties.boltPort()))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(properties.pageCache()))
			// a transaction's state off the heap and capped: a document too big for it fails its own import cleanly
			.setConfig(GraphDatabaseSettings.tx_state_memory_allocation,
					GraphDatabaseSettings.TransactionStateMemoryAllocation.OFF_HEAP)
			.setConfig(GraphDatabaseSettings.tx_state_max_off_heap_memory, parseBytes(properties.transactionMemory()))
			.setConfig(GraphDatabaseSettings.memory_transaction_max_size, parseBytes(properties.transactionMemory()))
			// a query that a concurrent commit changed under it runs again, so that no query sees a document half
			// replaced (Neo4j's isolation is read-committed, and a commit is applied record by record)
			.setConfig(GraphDatabaseInternalSettings.snapshot_query, true)
			// Neo4j keeps its last 8,192 queries with their parameters on the heap for db.stats.retrieve, which
			// nothing here calls: measured, it grew an import's live set by about 10 MB until full (docs/benchmarks.md)
			.setConfig(GraphDatabaseInternalSettings.data_collector_max_recent_query_count, 64)
			// not the 1,400 lines of machine diagnostics in debug.log at every start
			.setConfig(GraphDatabaseInternalSettings.dump_diagnostics, false)
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
			.build();
		GraphDatabaseAPI db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		if (create) {
			unmark(creating);
		}
		var address = db.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		URI uri = URI.create("bolt://127.0.0.1:" + address.getPort());
		log.info("Embedded Neo4j started in {} ms at {} (data in {}); connect Neo4j Browser or cypher-shell to it",
				(System.nanoTime() - started) / 1_000_000, uri, home);
		return new EmbeddedNeo4j(service, uri, home, properties.deleteOnShutdown());
	}

	/**
	 * Plans queries (run once, results dropped) so that their first real run finds the plan cached: the start
	 * runs this on its own thread while the service migrates and loads.
	 */
	void plan(String... queries) {
		var db = this.service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		for (String query : queries) {
			try {
				db.executeTransactionally(query);
			}
			catch (RuntimeException ex) {
				log.debug("Planning {} failed: {}", query, ex.getMessage());
			}
		}
	}

	/** The database itself, for reads that run in this JVM ({@link InProcessReads}). */
	GraphDatabaseAPI database() {
		return (GraphDatabaseAPI) this.service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

	public URI boltUri() {
		return this.boltUri;
	}

	private static void mark(Path marker) {
		try {
			Files.createDirectories(marker.getParent());
			Files.deleteIfExists(marker);
			Files.createFile(marker);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException("cannot write " + marker, ex);
		}
	}

	private static void unmark(Path marker) {
		try {
			Files.deleteIfExists(marker);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException("cannot remove " + marker, ex);
		}
	}

	/** Removes a folder with everything in it (none there: nothing to do). */
	private static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	/**
	 * Copies a stopped store, file by file. A copy cut short leaves the creation marker in place, so the next
	 * start removes it and begins afresh.
	 */
	private static void copyTree(Path from, Path to) {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path f : files.toList()) {
				Path target = to.resolve(from.relativize(f).toString());
				if (Files.isDirectory(f)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(f, target);
				}
			}
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException("cannot copy the seed store " + from + " to " + to, ex);
		}
	}

	@Override
	public void close() {
		this.service.shutdown();
		if (this.deleteOnShutdown) {
			try {
				deleteTree(this.home);
			}
			catch (IOException ex) {
				log.warn("Could not delete {}: {}", this.home, ex.getMessage());
			}
		}
	}

	private static long parseBytes(String size) {
		String s = size.strip().toLowerCase();
		long n = Long.parseLong(s.replaceAll("[^0-9]", ""));
		if (s.endsWith("g")) {
			return ByteUnit.gibiBytes(n);
		}
		if (s.endsWith("m")) {
			return ByteUnit.mebiBytes(n);
		}
		if (s.endsWith("k")) {
			return ByteUnit.kibiBytes(n);
		}
		return n;
	}

}

package uk.gov.inspectiongraph.graph;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.driver.internal.InternalNode;
import org.neo4j.driver.internal.InternalPath;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.driver.internal.InternalRelationship;
import org.neo4j.driver.types.Entity;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Path;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.spatial.Point;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.LoginContext;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.values.storable.DurationValue;

/**
 * Reads straight from the database in this JVM: the query runs on the calling thread inside the embedded
 * database's own transaction, with no driver, no Bolt socket on 127.0.0.1 and no hand-over to Bolt's threads.
 * The transaction is read-only (a write in it is refused, as on a cluster's secondary) and has the timeout;
 * each row becomes a driver record, each error the driver's exception of the same Neo4j status code.
 */
final class InProcessReads implements Reads {

	private final GraphDatabaseAPI database;

	InProcessReads(GraphDatabaseAPI database) {
		this.database = database;
	}

	@Override
	public List<Record> all(String cypher, Map<String, Object> parameters, Duration timeout) {
		List<Record> records = new ArrayList<>();
		stream(cypher, parameters, timeout, records::add);
		return records;
	}

	@Override
	public void stream(String cypher, Map<String, Object> parameters, Duration timeout, Consumer<Record> consumer) {
		rows(cypher, parameters, timeout, (keys, row) -> {
			List<Value> values = new ArrayList<>(keys.size());
			for (String key : keys) {
				values.add(value(row.get(key)));
			}
			consumer.accept(new InternalRecord(keys, values));
		});
	}

	@Override
	public List<Object> column(String cypher, Map<String, Object> parameters, Duration timeout, String column,
			IntFunction<Map<String, Object>> maps) {
		List<Object> values = new ArrayList<>();
		// a column the query does not return reads as null, as the driver's record reads it
		rows(cypher, parameters, timeout, (keys, row) -> values.add(java(row.get(column), maps)));
		return values;
	}

	/** Each row of one read-only query, in its own transaction with the timeout, handed over with the columns. */
	private void rows(String cypher, Map<String, Object> parameters, Duration timeout,
			BiConsumer<List<String>, Map<String, Object>> consumer) {
		try (InternalTransaction tx = this.database.beginTransaction(KernelTransaction.Type.EXPLICIT, LoginContext.AUTH_DISABLED,
				ClientConnectionInfo.EMBEDDED_CONNECTION, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			try (Result result = tx.execute(cypher, parameters)) {
				// read-only as a Bolt READ session is: a query that would write is refused before its first row, and
				// the transaction, never committed, rolls back whatever it began
				if (result.getQueryExecutionType().canUpdateData() || result.getQueryExecutionType().canUpdateSchema()) {
					throw new ClientException("Neo.ClientError.Statement.AccessMode",
							"Writing in read access mode not allowed: a read may not change the graph");
				}
				List<String> keys = result.columns();
				while (result.hasNext()) {
					consumer.accept(keys, result.next());
				}
			}
			tx.commit();
		}
		catch (RuntimeException ex) {
			throw asDriverException(ex);
		}
	}

	@Override
	public String name() {
		return "in-process";
	}

	/** An embedded value as the driver would have received it over Bolt. */
	static Value value(Object v) {
		if (v instanceof Node node) {
			return new InternalNode(node.getId(), node.getElementId(), labels(node), properties(node.getAllProperties())).asValue();
		}
		if (v instanceof Relationship r) {
			return relationship(r).asValue();
		}
		if (v instanceof Path path) {
			List<Entity> entities = new ArrayList<>();
			for (var e : path) {
				if (e instanceof Node n) {
					entities.add(value(n).asNode());
				}
				else if (e instanceof Relationship r) {
					entities.add(relationship(r));
				}
			}
			return new InternalPath(entities).asValue();
		}
		if (v instanceof Map<?, ?> map) {
			Map<String, Value> converted = new LinkedHashMap<>(Math.max(4, map.size() * 2));
			map.forEach((k, item) -> converted.put((String) k, value(item)));
			return Values.value(converted);
		}
		if (v instanceof List<?> list) {
			List<Value> converted = new ArrayList<>(list.size());
			for (Object item : list) {
				converted.add(value(item));
			}
			return Values.value(converted);
		}
		if (v instanceof DurationValue d) {
			return Values.isoDuration(d.get(ChronoUnit.MONTHS), d.get(ChronoUnit.DAYS), d.get(ChronoUnit.SECONDS),
					(int) d.get(ChronoUnit.NANOS));
		}
		if (v instanceof Point p) {
			double[] c = p.getCoordinate().getCoordinate();
			int srid = p.getCRS().getCode();
			return c.length == 3 ? Values.point(srid, c[0], c[1], c[2]) : Values.point(srid, c[0], c[1]);
		}
		return Values.value(v);
	}

	/**
	 * An embedded value as {@link JavaValues} reads the driver's: maps and lists made here, the scalars both have
	 * in common as they are, and anything else (a node, an array, a duration, a point, an {@code Integer})
	 * through the driver's value, so that both paths give the same classes.
	 */
	static Object java(Object v, IntFunction<Map<String, Object>> maps) {
		if (v == null || v instanceof String || v instanceof Long || v instanceof Boolean || v instanceof Double
				|| v instanceof LocalDate) {
			return v;
		}
		if (v instanceof Map<?, ?> map) {
			Map<String, Object> converted = maps.apply(map.size());
			map.forEach((k, item) -> converted.put((String) k, java(item, maps)));
			return converted;
		}
		if (v instanceof List<?> list) {
			List<Object> converted = new ArrayList<>(list.size());
			for (Object item : list) {
				converted.add(java(item, maps));
			}
			return converted;
		}
		return JavaValues.of(value(v), maps);
	}

	private static InternalRelationship relationship(Relationship r) {
		return new InternalRelationship(r.getId(), r.getElementId(), r.getStartNode().getId(), r.getStartNode().getElementId(),
				r.getEndNode().getId(), r.getEndNode().getElementId(), r.getType().name(), properties(r.getAllProperties()));
	}

	private static List<String> labels(Node node) {
		List<String> labels = new ArrayList<>();
		node.getLabels().forEach(l -> labels.add(l.name()));
		return labels;
	}

	private static Map<String, Value> properties(Map<String, Object> properties) {
		Map<String, Value> converted = new LinkedHashMap<>();
		properties.forEach((k, v) -> converted.put(k, value(v)));
		return converted;
	}

	/**
	 * The driver's exception for the embedded database's: the same status code, so that the API's error mapping
	 * (a timeout, a busy database) and the retry of transient failures treat both paths alike.
	 */
	static RuntimeException asDriverException(RuntimeException ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof Status.HasStatus status) {
				String code = status.status().code().serialize();
				String message = t.getMessage() != null ? t.getMessage() : code;
				RuntimeException mapped = switch (status.status().code().classification().name()) {
					case "TransientError" -> new TransientException(code, message);
					case "ClientError", "ClientNotification" -> new ClientException(code, message);
					default -> new DatabaseException(code, message);
				};
				mapped.addSuppressed(ex);
				return mapped;
			}
		}
		return ex;
	}

}

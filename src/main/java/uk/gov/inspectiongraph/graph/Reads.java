package uk.gov.inspectiongraph.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import org.neo4j.driver.Record;

/**
 * How a read query reaches the database: over Bolt through the driver ({@link DriverReads}, any server or
 * cluster), or straight into the database running in this JVM ({@link InProcessReads}, the embedded default).
 * Both answer with the driver's records, so every mapper reads one kind of row, and both run one read-only
 * transaction with the given timeout, the database's errors reaching the caller as the driver's exceptions.
 */
public interface Reads {

	/** Every record of one read query. */
	List<Record> all(String cypher, Map<String, Object> parameters, Duration timeout);

	/** Each record of one read query handed to {@code consumer} as the database produces it (constant memory). */
	void stream(String cypher, Map<String, Object> parameters, Duration timeout, Consumer<Record> consumer);

	/**
	 * One column of every record as Java values ({@link JavaValues}), maps made by {@code maps}: what a translated
	 * read answers. The in-process path makes them straight from the database's values, with no driver value between.
	 */
	default List<Object> column(String cypher, Map<String, Object> parameters, Duration timeout, String column,
			IntFunction<Map<String, Object>> maps) {
		List<Object> values = new ArrayList<>();
		for (Record record : all(cypher, parameters, timeout)) {
			values.add(JavaValues.of(record.get(column), maps));
		}
		return values;
	}

	/** {@code in-process} or {@code bolt}: what the metrics and the log call this path. */
	String name();

}

package uk.gov.inspectiongraph.export;

import java.util.List;
import java.util.function.Function;

import org.neo4j.driver.Record;

/**
 * What an export writes: its columns, each with a header and how a cell is read from a row of the query, and
 * the query (parameterised) whose rows come in the order the export lists them.
 */
record Table(String name, List<Column> columns, String cypher, java.util.Map<String, Object> parameters) {

	/** A column: its header and its cell (a string, a number, a date, or null). */
	record Column(String header, Function<Record, Object> cell) {
	}

}

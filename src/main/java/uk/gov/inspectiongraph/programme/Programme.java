package uk.gov.inspectiongraph.programme;

import java.util.List;

import org.neo4j.driver.Value;

import uk.gov.inspectiongraph.graph.Rows;

/** A change or delivery programme. */
public record Programme(String id, String name, List<String> aliases) implements uk.gov.inspectiongraph.graph.Node {

	public static final String PROJECTION = "{.id, .name, .aliases}";

	public static Programme from(Value v) {
		return new Programme(Rows.string(v, "id"), Rows.string(v, "name"), Rows.strings(v, "aliases"));
	}

}

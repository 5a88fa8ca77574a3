package uk.gov.inspectiongraph.owner;

import java.util.List;

import org.neo4j.driver.Value;

import uk.gov.inspectiongraph.graph.Rows;

/** A responsible owner: a canonical role with its aliases. */
public record Owner(String id, String name, List<String> aliases) implements uk.gov.inspectiongraph.graph.Node {

	public static final String PROJECTION = "{.id, .name, .aliases}";

	public static Owner from(Value v) {
		return new Owner(Rows.string(v, "id"), Rows.string(v, "name"), Rows.strings(v, "aliases"));
	}

}

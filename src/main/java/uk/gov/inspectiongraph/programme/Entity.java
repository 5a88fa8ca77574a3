package uk.gov.inspectiongraph.programme;

import java.util.List;

import org.neo4j.driver.Value;

import uk.gov.inspectiongraph.graph.Rows;

/** A programme, policy, system, organisation or topic of the curated vocabulary. */
public record Entity(String id, String name, String kind, List<String> aliases) {

	public static final String PROJECTION = "{.id, .name, .kind, .aliases}";

	public static Entity from(Value v) {
		return new Entity(Rows.string(v, "id"), Rows.string(v, "name"), Rows.string(v, "kind"), Rows.strings(v, "aliases"));
	}

}

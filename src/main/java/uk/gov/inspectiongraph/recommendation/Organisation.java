package uk.gov.inspectiongraph.recommendation;

import org.neo4j.driver.Value;

import uk.gov.inspectiongraph.graph.Rows;

/** An organisation a recommendation is addressed to. */
public record Organisation(String id, String name) {

	public static Organisation from(Value v) {
		return new Organisation(Rows.string(v, "id"), Rows.string(v, "name"));
	}

}

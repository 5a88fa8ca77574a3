package uk.gov.inspectiongraph.inspection;

import org.neo4j.driver.Value;

import uk.gov.inspectiongraph.graph.Rows;

/** A headline figure from an inspection summary. */
public record Statistic(String id, String label, double value, String unit) {

	public static Statistic from(Value v) {
		return new Statistic(Rows.string(v, "id"), Rows.string(v, "label"), Rows.number(v, "value"),
				Rows.string(v, "unit"));
	}

}

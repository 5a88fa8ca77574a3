package uk.gov.inspectiongraph.inspection;

import java.time.LocalDate;

import org.neo4j.driver.Value;

import uk.gov.inspectiongraph.graph.Rows;

/** One dated version of an action plan. */
public record Revision(String id, String label, LocalDate date) implements uk.gov.inspectiongraph.graph.Node {

	public static final String PROJECTION = "{.id, .label, .date}";

	public static Revision from(Value v) {
		return new Revision(Rows.string(v, "id"), Rows.string(v, "label"), Rows.date(v, "date"));
	}

}

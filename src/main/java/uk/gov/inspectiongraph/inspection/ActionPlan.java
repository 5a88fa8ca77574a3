package uk.gov.inspectiongraph.inspection;

import java.time.LocalDate;

import org.neo4j.driver.Value;

import uk.gov.inspectiongraph.graph.Rows;

/** The HMPPS/MoJ response to an inspection. */
public record ActionPlan(String id, String title, LocalDate submittedOn) implements uk.gov.inspectiongraph.graph.Node {

	public static ActionPlan from(Value v) {
		return new ActionPlan(Rows.string(v, "id"), Rows.string(v, "title"), Rows.date(v, "submittedOn"));
	}

}

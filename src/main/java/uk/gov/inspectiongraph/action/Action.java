package uk.gov.inspectiongraph.action;

import java.time.LocalDate;
import java.util.List;

import org.neo4j.driver.Value;

import uk.gov.inspectiongraph.graph.Rows;
import uk.gov.inspectiongraph.graph.Source;
import uk.gov.inspectiongraph.ingest.Target;
import uk.gov.inspectiongraph.ingest.TargetStatus;

/** One commitment in a plan's response column, in one revision of the plan. */
public record Action(String id, String text, Target target, int revisionOrdinal, String document,
		List<Integer> lines) implements uk.gov.inspectiongraph.graph.Node {

	public static final String PROJECTION = "{.id, .text, .targetText, .dueOn, .status, .revised, .revisionOrdinal, .document, .lines}";

	public static Action from(Value v) {
		LocalDate due = Rows.date(v, "dueOn");
		Target target = new Target(Rows.string(v, "targetText"), due, Rows.enumValue(v, "status", TargetStatus.class),
				Rows.bool(v, "revised"));
		return new Action(Rows.string(v, "id"), Rows.string(v, "text"), target, Rows.integer(v, "revisionOrdinal"),
				Rows.string(v, "document"), Rows.ints(v, "lines"));
	}

	public List<Source> sources() {
		return Source.of(this.document, this.lines);
	}

	/** The recommendation's id: the action id without its last segment. */
	public String recommendationId() {
		return this.id.substring(0, this.id.lastIndexOf('/'));
	}

}

package uk.gov.inspectiongraph.recommendation;

import java.util.List;

import org.neo4j.driver.Value;

import uk.gov.inspectiongraph.graph.Rows;
import uk.gov.inspectiongraph.graph.Source;
import uk.gov.inspectiongraph.ingest.Agreement;

/** A recommendation of an inspection and the plan's answer to it. */
public record Recommendation(String id, String number, String text, Agreement agreement, String rationale,
		Progress progress, String inspectionId, String document, List<Integer> lines) implements uk.gov.inspectiongraph.graph.Node {

	public static final String PROJECTION = "{.id, .number, .text, .agreement, .rationale, .progress, .inspectionId, .document, .lines}";

	public static Recommendation from(Value v) {
		return new Recommendation(Rows.string(v, "id"), Rows.string(v, "number"), Rows.string(v, "text"),
				Rows.enumValue(v, "agreement", Agreement.class), Rows.string(v, "rationale"),
				Rows.enumValue(v, "progress", Progress.class), Rows.string(v, "inspectionId"),
				Rows.string(v, "document"), Rows.ints(v, "lines"));
	}

	public List<Source> sources() {
		return Source.of(this.document, this.lines);
	}

}

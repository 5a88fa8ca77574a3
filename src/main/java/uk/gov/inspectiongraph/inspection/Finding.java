package uk.gov.inspectiongraph.inspection;

import java.util.List;

import org.neo4j.driver.Value;

import uk.gov.inspectiongraph.graph.Rows;
import uk.gov.inspectiongraph.graph.Source;

/** A key finding from an inspection summary. */
public record Finding(String id, String text, String category, String inspectionId, String document,
		List<Integer> lines) implements uk.gov.inspectiongraph.graph.Node {

	public static final String PROJECTION = "{.id, .text, .category, .inspectionId, .document, .lines}";

	public static Finding from(Value v) {
		return new Finding(Rows.string(v, "id"), Rows.string(v, "text"), Rows.string(v, "category"),
				Rows.string(v, "inspectionId"), Rows.string(v, "document"), Rows.ints(v, "lines"));
	}

	public List<Source> sources() {
		return Source.of(this.document, this.lines);
	}

}

package uk.gov.inspectiongraph.inspection;

import java.time.LocalDate;
import java.util.List;

import org.neo4j.driver.Value;

import uk.gov.inspectiongraph.graph.Rows;
import uk.gov.inspectiongraph.graph.Source;

/** An HM Inspectorate of Probation thematic inspection. */
public record Inspection(String id, String title, String inspectorate, LocalDate publishedOn, String document,
		int line) implements uk.gov.inspectiongraph.graph.Node {

	/** Cypher map projection this record reads. */
	public static final String PROJECTION = "{.id, .title, .inspectorate, .publishedOn, .document, .line}";

	public static Inspection from(Value v) {
		return new Inspection(Rows.string(v, "id"), Rows.string(v, "title"), Rows.string(v, "inspectorate"),
				Rows.date(v, "publishedOn"), Rows.string(v, "document"), Rows.integer(v, "line"));
	}

	public List<Source> sources() {
		return this.document == null ? List.of() : List.of(new Source(this.document, this.line));
	}

}

package uk.gov.inspectiongraph.recommendation;

import org.neo4j.driver.Value;

import uk.gov.inspectiongraph.graph.Rows;

/** A document outside the corpus that a recommendation refers to. */
public record ExternalDocument(String id, String title) {

	public static ExternalDocument from(Value v) {
		return new ExternalDocument(Rows.string(v, "id"), Rows.string(v, "title"));
	}

}

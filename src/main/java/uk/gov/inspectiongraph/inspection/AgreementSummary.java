package uk.gov.inspectiongraph.inspection;

import org.neo4j.driver.Value;

import uk.gov.inspectiongraph.graph.Rows;

/** Counts of top-level recommendations by agreement. */
public record AgreementSummary(int agreed, int partlyAgreed, int notAgreed) {

	public static AgreementSummary from(Value v) {
		return new AgreementSummary(Rows.integer(v, "agreed"), Rows.integer(v, "partlyAgreed"), Rows.integer(v, "notAgreed"));
	}

	public int total() {
		return this.agreed + this.partlyAgreed + this.notAgreed;
	}

}

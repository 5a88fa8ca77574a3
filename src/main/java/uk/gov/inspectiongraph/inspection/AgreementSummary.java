package uk.gov.inspectiongraph.inspection;

/** Counts of top-level recommendations by agreement. */
public record AgreementSummary(int agreed, int partlyAgreed, int notAgreed) {

	public int total() {
		return this.agreed + this.partlyAgreed + this.notAgreed;
	}

}

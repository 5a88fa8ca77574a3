package uk.gov.inspectiongraph.inspection;

import java.util.List;

/** An inspection linked to another, how closely, and why. */
public record RelatedInspection(Inspection inspection, double score, List<Reason> reasons) {

	/** One thing two inspections share. */
	public record Reason(String kind, String name) {
	}

}

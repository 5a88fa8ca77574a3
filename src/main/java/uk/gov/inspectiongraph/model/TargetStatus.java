package uk.gov.inspectiongraph.model;

/** What a target says about the state of the work it is attached to. */
public enum TargetStatus {

	/** Says completed and names nothing still open. */
	COMPLETED,
	/** Ongoing or recurring work ("Ongoing", "To be reviewed quarterly", "Completed and ongoing"). */
	ONGOING,
	/** A due date is still open. */
	SCHEDULED,
	/** Nothing printed, or nothing recognisable. */
	UNSPECIFIED

}

package uk.gov.inspectiongraph.model;

/**
 * An action's delivery against the first date promised for its commitment: completed by it, after it, not yet
 * due, past it, or never dated. The rule, as Cypher, is {@code action.ActionFields.delivery}.
 */
public enum DeliveryStatus {

	ON_TIME,
	LATE,
	OPEN,
	OVERDUE,
	UNDATED

}

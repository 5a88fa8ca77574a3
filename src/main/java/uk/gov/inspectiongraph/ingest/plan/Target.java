package uk.gov.inspectiongraph.ingest.plan;

import java.time.LocalDate;

import uk.gov.inspectiongraph.model.TargetStatus;

/**
 * A target date cell as printed, and what it means.
 *
 * @param text the printed target, verbatim (null when the cell is empty)
 * @param dueOn the last day of the latest period the text names, or null
 * @param status COMPLETED, ONGOING, SCHEDULED or UNSPECIFIED
 * @param revised true when the plan marks the date as revised (a leading {@code *})
 */
public record Target(String text, LocalDate dueOn, TargetStatus status, boolean revised) {

	public static final Target NONE = new Target(null, null, TargetStatus.UNSPECIFIED, false);

}

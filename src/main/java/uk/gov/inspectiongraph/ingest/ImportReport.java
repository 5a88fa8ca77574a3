package uk.gov.inspectiongraph.ingest;

import java.util.List;

import uk.gov.inspectiongraph.ingest.plan.Warning;

/**
 * What importing one document did.
 *
 * @param file the document's file name
 * @param status LOADED, UNCHANGED (same content hash as last time) or FAILED
 * @param inspection the inspection it describes
 * @param recommendations recommendations read
 * @param actions actions read
 * @param owners distinct owner roles read
 * @param warnings what could not be read cleanly, with file and line
 * @param error why it failed (file, line, reason), or null
 */
public record ImportReport(String file, Status status, String inspection, int recommendations, int actions,
		int owners, List<Warning> warnings, String error) {

	public enum Status {

		LOADED, UNCHANGED, FAILED

	}

	@Override
	public String toString() {
		if (this.status == Status.FAILED) {
			return this.file + ": FAILED: " + this.error;
		}
		return this.file + ": " + this.status + " " + this.inspection + " (" + this.recommendations + " recommendations, "
				+ this.actions + " actions, " + this.owners + " owners, " + this.warnings.size() + " warnings)";
	}

}

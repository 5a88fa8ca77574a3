package uk.gov.inspectiongraph.model;

import java.util.Collection;

/** Whether HMPPS/MoJ agreed a recommendation, as printed (read by {@code ingest.AgreementCell}). */
public enum Agreement {

	AGREED, PARTLY_AGREED, NOT_AGREED;

	/** A parent printed without agreement: all children agreed, all not agreed, else partly agreed. */
	public static Agreement ofChildren(Collection<Agreement> children) {
		if (!children.isEmpty() && children.stream().allMatch(a -> a == AGREED)) {
			return AGREED;
		}
		if (!children.isEmpty() && children.stream().allMatch(a -> a == NOT_AGREED)) {
			return NOT_AGREED;
		}
		return PARTLY_AGREED;
	}

}

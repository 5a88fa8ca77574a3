package uk.gov.inspectiongraph.model;

import java.util.Collection;


/** How far a recommendation's response has got, from the target statuses of its latest revision's actions. */
public enum Progress {

	COMPLETED, ONGOING, OPEN;

	public static Progress of(Collection<TargetStatus> statuses) {
		if (!statuses.isEmpty() && statuses.stream().allMatch(s -> s == TargetStatus.COMPLETED)) {
			return COMPLETED;
		}
		if (statuses.contains(TargetStatus.ONGOING) && !statuses.contains(TargetStatus.SCHEDULED)) {
			return ONGOING;
		}
		return OPEN;
	}

}

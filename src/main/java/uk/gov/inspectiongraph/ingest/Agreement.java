package uk.gov.inspectiongraph.ingest;

import java.util.Collection;
import java.util.Locale;

/** Whether HMPPS/MoJ agreed a recommendation, as printed. */
public enum Agreement {

	AGREED, PARTLY_AGREED, NOT_AGREED;

	/** Reads "Agreed", "Partly agreed", "Not Agreed" (any case); null for anything else. */
	public static Agreement parse(String cell) {
		String s = Text.clean(cell).toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").strip();
		return switch (s) {
			case "agreed", "accepted" -> AGREED;
			case "partly agreed", "partially agreed", "partly accepted" -> PARTLY_AGREED;
			case "not agreed", "not accepted", "rejected" -> NOT_AGREED;
			default -> null;
		};
	}

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

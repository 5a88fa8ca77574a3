package uk.gov.inspectiongraph.ingest.plan;

import java.util.Locale;

import uk.gov.inspectiongraph.ingest.read.Text;
import uk.gov.inspectiongraph.model.Agreement;

/** The agreement column of a plan's table. */
final class AgreementCell {

	private AgreementCell() {
	}

	/** Reads "Agreed", "Partly agreed", "Not Agreed" (any case); null for anything else. */
	static Agreement parse(String cell) {
		String s = Text.clean(cell).toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").strip();
		return switch (s) {
			case "agreed", "accepted" -> Agreement.AGREED;
			case "partly agreed", "partially agreed", "partly accepted" -> Agreement.PARTLY_AGREED;
			case "not agreed", "not accepted", "rejected" -> Agreement.NOT_AGREED;
			default -> null;
		};
	}

}

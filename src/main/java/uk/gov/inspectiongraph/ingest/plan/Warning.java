package uk.gov.inspectiongraph.ingest.plan;

/**
 * Something a document said that could not be read cleanly, or was read by a fallback rule: where (file and
 * 1-based line), what kind, and in words. Stored with the document and shown by the import command.
 */
public record Warning(String file, int line, Kind kind, String text) {

	/** What kind of thing went wrong, so that a reader can filter them. */
	public enum Kind {

		/** A cell (agreement, target, date) whose words match no reading rule. */
		UNREADABLE,
		/** Text outside the table's columns, or with nothing to attach it to, left out. */
		STRAY_TEXT,
		/** A row whose cells were placed by content because the extraction broke its columns. */
		FALLBACK_ROW,
		/** An owner that is no role of {@code data/owners.yaml}: kept as printed. */
		UNKNOWN_OWNER,
		/** An owner cut short by the page, completed to the one known role that starts that way. */
		COMPLETED_OWNER,
		/** A heading naming no organisation of the vocabulary. */
		UNKNOWN_ORGANISATION,
		/** A recommendation printed without agreement, and none to take from its children. */
		MISSING_AGREEMENT,
		/** A sub-recommendation whose parent is not printed. */
		MISSING_PARENT,
		/** Printed totals that differ from the table. */
		TOTALS_MISMATCH,
		/** A reference that matches no recommendation or report, or only an outside document. */
		UNRESOLVED_REFERENCE,
		/** A reference that fits two reports equally well: resolved to neither. */
		AMBIGUOUS_REFERENCE

	}

	/** A warning before it is placed in a document: its kind and text. */
	public record Note(Kind kind, String text) {
	}

	@Override
	public String toString() {
		return this.file + ":" + this.line + ": " + this.text;
	}

}

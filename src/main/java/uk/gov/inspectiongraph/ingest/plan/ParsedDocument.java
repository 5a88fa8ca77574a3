package uk.gov.inspectiongraph.ingest.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.gov.inspectiongraph.ingest.read.Text;
import uk.gov.inspectiongraph.model.Agreement;

/**
 * What one document says, read into a typed model: an action plan (inspection, plan, revisions,
 * recommendations, actions) or an inspection summary (findings, statistics). Every element keeps the 1-based
 * lines it was read from.
 */
public final class ParsedDocument {

	public enum Kind {

		ACTION_PLAN, SUMMARY

	}

	/** An inspection: its id, title, lookup keys, and the words a citation can name it by ({@link CitationScore}). */
	public record InspectionInfo(String id, String title, List<String> keys, List<String> citationWords,
			LocalDate publishedOn, int line) {
	}

	public record PlanInfo(String id, String title, LocalDate submittedOn, int line) {
	}

	public record Revision(String id, int ordinal, String label, LocalDate date, int line) {
	}

	public record Totals(int agreed, int partlyAgreed, int notAgreed, int line) {
	}

	public record Finding(String text, String category, int line) {
	}

	public record Statistic(String label, double value, String unit, int line) {
	}

	/**
	 * A reference found in the text, on a line: to a recommendation of this plan (only {@code targetNumber}); to
	 * a document of the curated vocabulary ({@code externalDocument}); or to a report named as printed
	 * ({@code report}), which the importer resolves against the corpus, or keeps as an outside document. A
	 * reference to a report or document may name one of its recommendations ({@code targetNumber}).
	 */
	public record Reference(String targetNumber, String report, Vocabulary.Entry externalDocument, int line) {

		@Override
		public String toString() {
			String what = this.externalDocument != null ? "document '" + this.externalDocument.name() + "'"
					: this.report != null ? "report '" + this.report + "'" : "this plan";
			return (this.targetNumber == null ? "" : "recommendation " + this.targetNumber + " of ") + what + " [line "
					+ this.line + "]";
		}

	}

	/** A recommendation and what the plan answers to it. */
	public static final class Recommendation {

		public String id;

		public String number;

		public String parentNumber;

		public final StringBuilder text = new StringBuilder();

		public Agreement printedAgreement;

		public Agreement agreement;

		public String rationale;

		public List<Vocabulary.Entry> addressees = new ArrayList<>();

		public final List<Integer> lines = new ArrayList<>();

		public final List<Action> actions = new ArrayList<>();

		public final List<Reference> references = new ArrayList<>();

		/** Everything printed in the response column for this recommendation. */
		public final StringBuilder response = new StringBuilder();

		public final List<Vocabulary.Entry> mentions = new ArrayList<>();

		public int currentRevision;

		public String text() {
			return Text.clean(this.text.toString());
		}

	}

	/** One commitment in the response column, with its owners and target, in one revision of the plan. */
	public static final class Action {

		public String id;

		public final StringBuilder text = new StringBuilder();

		public final StringBuilder ownerText = new StringBuilder();

		public final StringBuilder targetText = new StringBuilder();

		public int revision;

		public final List<Integer> lines = new ArrayList<>();

		public List<OwnerDirectory.Role> owners = new ArrayList<>();

		public Target target = Target.NONE;

		public final List<Vocabulary.Entry> mentions = new ArrayList<>();

		public String text() {
			return this.text.toString().strip();
		}

	}

	public final String file;

	public final String sha256;

	/** The text as read, one entry per line (what every source line points into). */
	public final List<String> lines;

	public Kind kind;

	/**
	 * For a published plan (DOCX, ODT, PDF): where each of {@link #lines} was read from ("table 1, row 4", "page
	 * 2, row 3"), one entry per line; null for text, whose lines are the file's.
	 */
	public List<String> locations;

	public InspectionInfo inspection;

	public PlanInfo plan;

	public final List<Revision> revisions = new ArrayList<>();

	public final List<Recommendation> recommendations = new ArrayList<>();

	public Totals printedTotals;

	public final List<Finding> findings = new ArrayList<>();

	public final List<Statistic> statistics = new ArrayList<>();

	/** For a summary: the key of its title, to find the inspection whose action plan it belongs to. */
	public String summaryTitleKey;

	public final List<Warning> warnings = new ArrayList<>();

	public ParsedDocument(String file, String sha256, List<String> lines) {
		this.file = file;
		this.sha256 = sha256;
		this.lines = List.copyOf(lines);
	}

	/** Records a warning; the same one twice on a line (two actions of one row) is recorded once. */
	public void warn(int line, Warning.Kind kind, String message) {
		Warning warning = new Warning(this.file, line, kind, message);
		if (!this.warnings.contains(warning)) {
			this.warnings.add(warning);
		}
	}

	public int actionCount() {
		return this.recommendations.stream().mapToInt(r -> r.actions.size()).sum();
	}

}

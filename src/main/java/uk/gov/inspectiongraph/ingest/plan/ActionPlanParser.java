package uk.gov.inspectiongraph.ingest.plan;

import java.util.List;
import java.util.regex.Pattern;

import uk.gov.inspectiongraph.ingest.read.DocumentException;

/**
 * Reads an HMPPS action plan extracted from its tables (six tab-separated columns: rec no, recommendation,
 * agreement, response, owner, target), in four stages, each a class with its own tests:
 * <ol>
 * <li>{@link PlanPreamble}: the lines above the table (title, dates, revisions);</li>
 * <li>{@link ColumnRoles}: each table line as a heading, a totals row, or a row of cells with column roles;</li>
 * <li>{@link Commitments}: rows into recommendations and the commitments of their response cells;</li>
 * <li>{@link PlanActions}: commitments into actions with owners and targets; agreement, references, totals.</li>
 * </ol>
 * What cannot be read is a warning of the document; what makes it no plan at all is a {@link DocumentException}.
 */
public final class ActionPlanParser {

	public static final Pattern HEADER_ROW = Pattern.compile("^1\\.\\s*Rec\\s*No", Pattern.CASE_INSENSITIVE);

	private final Vocabulary vocabulary;

	private final OwnerDirectory owners;

	private final ColumnRoles columns;

	public ActionPlanParser(Vocabulary vocabulary, OwnerDirectory owners) {
		this.vocabulary = vocabulary;
		this.owners = owners;
		this.columns = new ColumnRoles(vocabulary, owners);
	}

	public ParsedDocument parse(String file, String sha256, List<String> lines) {
		ParsedDocument doc = new ParsedDocument(file, sha256, lines);
		doc.kind = ParsedDocument.Kind.ACTION_PLAN;
		int header = -1;
		for (int i = 0; i < lines.size() && header < 0; i++) {
			if (HEADER_ROW.matcher(lines.get(i).strip()).find()) {
				header = i;
			}
		}
		if (header < 0) {
			throw new DocumentException(file, 1, "no action plan table: expected a header row starting '1. Rec No'");
		}
		PlanPreamble.read(doc, lines.subList(0, header), this.vocabulary);
		Commitments.read(doc, this.columns.read(doc, lines, header + 1), this.owners);
		PlanActions.read(doc, this.vocabulary, this.owners);
		// in line order, stages' warnings of one line in the order they were found
		doc.warnings.sort(java.util.Comparator.comparingInt(Warning::line));
		return doc;
	}

}

package uk.gov.inspectiongraph.ingest.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.gov.inspectiongraph.ingest.read.DocumentException;
import uk.gov.inspectiongraph.ingest.read.Text;
import uk.gov.inspectiongraph.model.Keys;

/**
 * The first stage of reading a plan: the lines above its table. The inspection's title ("A Response to: ..."),
 * the publication date, the submission dates of each revision ("... Submitted: <date>"), the short plan title
 * ("ACTION PLAN: ...") and printed totals in a sentence ("Of the 11 recommendations, 7 were agreed ...").
 */
final class PlanPreamble {

	private static final Pattern SUBMITTED = Pattern.compile("^(.{0,60}?submitted)\\s*:?\\s*(.+)$", Pattern.CASE_INSENSITIVE);

	private static final Pattern PUBLISHED = Pattern.compile("^Report Published\\s*:?\\s*(.+)$", Pattern.CASE_INSENSITIVE);

	private static final Pattern RESPONSE_TO = Pattern
		.compile("response to(?: the HMI Probation Inspection)?\\s*:\\s*(.+)$", Pattern.CASE_INSENSITIVE);

	private static final Pattern PLAN_TITLE = Pattern.compile("^ACTION PLAN\\s*:\\s*(.+)$");

	private static final Pattern TOTALS_SENTENCE = Pattern.compile(
			"Of the (\\d+) recommendations,\\s*(\\d+) (?:were )?agreed(?:,? and (\\d+) (?:were )?partly agreed)?(?:,? and (\\d+) (?:were )?not agreed)?",
			Pattern.CASE_INSENSITIVE);

	private PlanPreamble() {
	}

	/** A dated revision header as printed, before the revisions are put in date order. */
	record Submission(String label, LocalDate date, int line) {
	}

	/** Reads the preamble into the document's inspection, plan, revisions and printed totals. */
	static void read(ParsedDocument doc, List<String> lines, Vocabulary vocabulary) {
		String title = null;
		String planTitle = null;
		int titleLine = 1;
		int planLine = 1;
		LocalDate published = null;
		List<Submission> submissions = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = Text.clean(lines.get(i));
			Matcher m;
			if ((m = SUBMITTED.matcher(line)).find()) {
				LocalDate date = TargetParser.exactDay(m.group(2));
				if (date == null) {
					throw new DocumentException(doc.file, i + 1, "cannot read the submission date '" + m.group(2) + "'");
				}
				submissions.add(new Submission(m.group(1).strip(), date, i + 1));
			}
			else if ((m = PUBLISHED.matcher(line)).find()) {
				published = TargetParser.exactDay(m.group(1));
				if (published == null) {
					throw new DocumentException(doc.file, i + 1, "cannot read the publication date '" + m.group(1) + "'");
				}
			}
			else if (title == null && (m = RESPONSE_TO.matcher(line)).find()) {
				title = m.group(1).strip().replaceAll("\\.$", "");
				titleLine = i + 1;
			}
			else if ((m = PLAN_TITLE.matcher(line)).find()) {
				planTitle = m.group(1).strip().replaceAll("\\.$", "");
				planLine = i + 1;
			}
			if ((m = TOTALS_SENTENCE.matcher(line)).find()) {
				int agreed = Integer.parseInt(m.group(2));
				int partly = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
				int not = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
				doc.printedTotals = new ParsedDocument.Totals(agreed, partly, not, i + 1);
			}
		}
		if (title == null) {
			throw new DocumentException(doc.file, 1, "no inspection title: expected a line 'A Response to: <title>'");
		}
		if (published == null) {
			throw new DocumentException(doc.file, 1, "no publication date: expected 'Report Published: <date>'");
		}
		if (submissions.isEmpty()) {
			throw new DocumentException(doc.file, 1, "no submission date: expected 'Action Plan Submitted: <date>'");
		}
		String id = InspectionIds.slug(title, planTitle, published);
		List<String> keys = new ArrayList<>(List.of(Keys.key(title), Keys.key(InspectionIds.topic(title, planTitle))));
		doc.inspection = new ParsedDocument.InspectionInfo(id, title, keys, CitationScore.reportWords(title, vocabulary),
				published, titleLine);
		submissions.sort(Comparator.comparing(Submission::date));
		for (int i = 0; i < submissions.size(); i++) {
			Submission s = submissions.get(i);
			doc.revisions.add(new ParsedDocument.Revision(id + "/plan/rev" + (i + 1), i, s.label(), s.date(), s.line()));
		}
		String planName = "HMPPS action plan: " + (planTitle != null ? planTitle : title);
		doc.plan = new ParsedDocument.PlanInfo(id + "/plan", planName, doc.revisions.get(0).date(), planLine);
	}

}

package uk.gov.inspectiongraph.ingest.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.gov.inspectiongraph.ingest.plan.ColumnRoles.Heading;
import uk.gov.inspectiongraph.ingest.plan.ColumnRoles.Row;
import uk.gov.inspectiongraph.ingest.plan.ColumnRoles.TableLine;
import uk.gov.inspectiongraph.ingest.plan.ColumnRoles.Total;
import uk.gov.inspectiongraph.ingest.plan.ParsedDocument.Action;
import uk.gov.inspectiongraph.ingest.plan.ParsedDocument.Recommendation;
import uk.gov.inspectiongraph.ingest.read.DocumentException;
import uk.gov.inspectiongraph.ingest.read.Text;
import uk.gov.inspectiongraph.model.Agreement;

/**
 * The third stage of reading a plan: the table's rows, with their column roles, become recommendations (numbered,
 * under the heading that addresses them) and the commitments of their response cells (text, owner and target as
 * printed, revision). Continuation rows join the row above; revision markers switch the revision; paragraphs
 * and bullets of a response cell are separate commitments, matched to the items of the owner and target cells.
 */
final class Commitments {

	private static final String MONTH_YEAR = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\s*\\d{4}";

	static final Pattern REVISION_MARKER = Pattern.compile("^\\s*(?:<u>\\s*)?((Original Action Plan|Action Plan commitments"
			+ "|Progress against commitments|Progress update|Update[sd]?)\\s*\\(?\\s*(" + MONTH_YEAR + ")\\s*\\)?)\\s*(?:</u>)?",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern PARAGRAPH = Pattern.compile("<p>(.*?)</p>", Pattern.DOTALL);

	/** A paragraph that only says why a recommendation is not fully agreed: rationale, not a commitment. */
	private static final Pattern ONLY_RATIONALE = Pattern.compile(
			"(?i)(This|The) recommendation (is|has been|was|can only be) (partly|partially|not) (agreed|accepted)\\b[^.]*\\.");

	private final OwnerDirectory owners;

	private final ParsedDocument doc;

	private List<Vocabulary.Entry> addressees = List.of();

	private Recommendation current;

	private Recommendation topLevel;

	/** The commitment the next continuation row continues, or null after a new recommendation. */
	private Action last;

	private Commitments(ParsedDocument doc, OwnerDirectory owners) {
		this.doc = doc;
		this.owners = owners;
	}

	/** Reads the table's lines into the document's recommendations, their commitments and printed totals. */
	static void read(ParsedDocument doc, List<TableLine> lines, OwnerDirectory owners) {
		Commitments reader = new Commitments(doc, owners);
		int[] totals = new int[3];
		int totalsLine = 0;
		for (TableLine line : lines) {
			if (line instanceof Heading heading) {
				reader.addressees = heading.addressees();
			}
			else if (line instanceof Total total) {
				switch (total.label()) {
					case "AGREED" -> totals[0] = total.count();
					case "PARTLY_AGREED" -> totals[1] = total.count();
					case "NOT_AGREED" -> totals[2] = total.count();
					default -> {
					}
				}
				totalsLine = total.line();
			}
			else if (line instanceof Row row) {
				reader.row(row);
			}
		}
		if (totalsLine > 0) {
			doc.printedTotals = new ParsedDocument.Totals(totals[0], totals[1], totals[2], totalsLine);
		}
	}

	private void row(Row row) {
		if (!row.number().isEmpty()) {
			newRecommendation(row);
		}
		else if (this.current != null) {
			continueRecommendation(row);
		}
		if (!row.hasResponseColumns()) {
			return;
		}
		if (this.current == null) {
			this.doc.warn(row.line(), Warning.Kind.STRAY_TEXT, "response text before the first recommendation ignored: '"
					+ ColumnRoles.abbreviate(Text.clean(row.response() + " " + row.owner() + " " + row.target())) + "'");
			return;
		}
		this.last = response(row);
	}

	private void newRecommendation(Row row) {
		int lineNo = row.line();
		Recommendation rec = new Recommendation();
		Matcher nm = ColumnRoles.REC_NUMBER.matcher(row.number().replace(" ", ""));
		nm.matches();
		if (nm.group(1) != null) {
			rec.number = nm.group(1) + (nm.group(2) != null ? "(" + nm.group(2) + ")" : "");
			rec.parentNumber = nm.group(2) != null ? nm.group(1) : null;
		}
		else if (this.topLevel != null) {
			rec.number = this.topLevel.number + "(" + nm.group(2) + ")";
			rec.parentNumber = this.topLevel.number;
		}
		else {
			throw new DocumentException(this.doc.file, lineNo, "sub-recommendation '" + row.number() + "' before any recommendation");
		}
		String number = rec.number;
		if (this.doc.recommendations.stream().anyMatch(r -> r.number.equals(number))) {
			throw new DocumentException(this.doc.file, lineNo, "recommendation " + number + " appears twice");
		}
		if (rec.parentNumber != null && this.doc.recommendations.stream().noneMatch(r -> r.number.equals(rec.parentNumber))) {
			this.doc.warn(lineNo, Warning.Kind.MISSING_PARENT,
					"sub-recommendation " + number + " has no printed parent " + rec.parentNumber);
		}
		rec.id = this.doc.inspection.id() + "/" + number;
		rec.addressees = this.addressees;
		rec.lines.add(lineNo);
		rec.text.append(Text.clean(row.recommendation()));
		rec.printedAgreement = AgreementCell.parse(row.agreement());
		if (rec.printedAgreement == null && !row.agreement().isBlank()) {
			this.doc.warn(lineNo, Warning.Kind.UNREADABLE,
					"cannot read agreement '" + Text.clean(row.agreement()) + "' of recommendation " + number);
		}
		this.doc.recommendations.add(rec);
		this.current = rec;
		if (rec.parentNumber == null) {
			this.topLevel = rec;
		}
		this.last = null;
	}

	private void continueRecommendation(Row row) {
		if (!row.recommendation().isBlank()) {
			this.current.text.append(' ').append(Text.clean(row.recommendation()));
			if (!this.current.lines.contains(row.line())) {
				this.current.lines.add(row.line());
			}
		}
		Agreement agreement = AgreementCell.parse(row.agreement());
		if (agreement != null && this.current.printedAgreement == null) {
			this.current.printedAgreement = agreement;
		}
	}

	/** A row's response, owner and target cells: continuing the commitment above, or new commitments. */
	private Action response(Row row) {
		Recommendation rec = this.current;
		int lineNo = row.line();
		List<String> items = paragraphs(row.response());
		List<String> ownerItems = paragraphs(row.owner());
		List<String> targetItems = paragraphs(row.target());
		String firstItem = items.isEmpty() ? "" : items.get(0);
		boolean marker = REVISION_MARKER.matcher(firstItem).find();
		boolean lowerStart = !firstItem.isEmpty() && Character.isLowerCase(firstItem.charAt(0));
		if (this.last != null && !marker && row.owner().isBlank() && row.target().isBlank()) {
			// the same cell continued across a page or table-row break
			append(this.last.text, String.join("\n", items), lowerStart);
			append(rec.response, String.join("\n", items), lowerStart);
			this.last.lines.add(lineNo);
			return this.last;
		}
		if (this.last != null && !marker && (lowerStart || items.isEmpty())) {
			// text continued mid-sentence: the owner and target cells continue too
			append(this.last.text, String.join("\n", items), true);
			append(rec.response, String.join("\n", items), true);
			append(this.last.ownerText, Text.clean(row.owner()), true);
			append(this.last.targetText, Text.clean(row.target()), true);
			this.last.lines.add(lineNo);
			return this.last;
		}
		int needed = Math.max(ownerItems.size(), targetItems.size());
		if (items.size() < needed) {
			List<String> bullets = bullets(items);
			if (bullets.size() > items.size()) {
				items = bullets;
			}
		}
		if (this.last != null && !row.owner().isBlank() && !this.owners.startsWithRole(row.owner())) {
			// the owner cell of the row above, continued after a page break
			append(this.last.ownerText, Text.clean(row.owner()), true);
			row = row.withOwner("");
			ownerItems = List.of();
		}
		String inheritedOwner = row.owner().isBlank() && this.last != null ? this.last.ownerText.toString() : null;
		Action created = this.last;
		for (int i = 0; i < items.size(); i++) {
			String item = items.get(i);
			Matcher m = REVISION_MARKER.matcher(item);
			if (m.find()) {
				rec.currentRevision = revisionOf(m.group(2), m.group(3), m.group(1));
				item = item.substring(m.end()).strip();
				if (item.isEmpty() && (i < items.size() - 1 || needed == 0)) {
					continue;
				}
			}
			append(rec.response, item, false);
			if (items.size() > 1 && ONLY_RATIONALE.matcher(item).matches()) {
				continue;
			}
			Action action = new Action();
			action.revision = rec.currentRevision;
			action.text.append(item);
			action.lines.add(lineNo);
			action.ownerText.append(inheritedOwner != null ? inheritedOwner : pick(ownerItems, i, items.size()));
			action.targetText.append(pick(targetItems, i, items.size()));
			rec.actions.add(action);
			created = action;
		}
		if (items.isEmpty() && needed > 0) {
			this.doc.warn(lineNo, Warning.Kind.STRAY_TEXT, "owner or target with no response text: '"
					+ ColumnRoles.abbreviate(Text.clean(row.owner() + " " + row.target())) + "'");
		}
		return created;
	}

	private static void append(StringBuilder into, String text, boolean sameSentence) {
		if (text.isBlank()) {
			return;
		}
		if (into.length() > 0) {
			into.append(sameSentence ? " " : "\n");
		}
		into.append(text);
	}

	/** Owner or target cell item for response item i of n: one to one, the first shared by leading extras. */
	static String pick(List<String> cellItems, int i, int n) {
		if (cellItems.isEmpty()) {
			return "";
		}
		int k = cellItems.size();
		if (k == 1) {
			return cellItems.get(0);
		}
		if (n == 1) {
			return String.join(" ", cellItems);
		}
		if (n >= k) {
			return cellItems.get(Math.max(0, i - (n - k)));
		}
		return i < n - 1 ? cellItems.get(i) : String.join(" ", cellItems.subList(i, k));
	}

	/** The paragraphs of a cell: {@code <p>} elements, or the whole cell, HTML removed. */
	static List<String> paragraphs(String cell) {
		List<String> items = new ArrayList<>();
		if (cell == null || cell.isBlank()) {
			return items;
		}
		Matcher m = PARAGRAPH.matcher(cell);
		int last = 0;
		while (m.find()) {
			addClean(items, cell.substring(last, m.start()));
			addClean(items, m.group(1));
			last = m.end();
		}
		addClean(items, cell.substring(last));
		return items;
	}

	private static void addClean(List<String> items, String html) {
		String text = html.replaceAll("(?i)<ul[^>]*>", " • ").replaceAll("(?i)<li>", " • ");
		// a list opened right before its bullet characters ("<ul> • Safeguarding") is one bullet, not two
		text = Text.clean(text).replaceAll("•(\\s*•)+", "•").replaceAll("^•\\s*$", "");
		if (!text.isEmpty()) {
			items.add(text);
		}
	}

	/** Splits paragraphs on bullets; a lead-in ending with ':' joins the item after it. */
	static List<String> bullets(List<String> items) {
		List<String> out = new ArrayList<>();
		String leadIn = null;
		for (String item : items) {
			for (String part : item.split("\\s*•\\s*")) {
				if (part.isBlank()) {
					continue;
				}
				if (leadIn != null) {
					part = leadIn + "\n• " + part;
					leadIn = null;
				}
				if (part.strip().endsWith(":")) {
					leadIn = part.strip();
				}
				else {
					out.add(part.strip());
				}
			}
		}
		if (leadIn != null) {
			out.add(leadIn);
		}
		return out;
	}

	/**
	 * The revision a marker switches to: the original for "Original Action Plan" and "Action Plan commitments",
	 * else the dated revision submitted in the marker's month (the latest when none is); its printed text becomes
	 * the revision's label where the label was only "... Submitted".
	 */
	private int revisionOf(String label, String monthYear, String printed) {
		String lower = label.toLowerCase(Locale.ROOT);
		boolean original = lower.startsWith("original") || lower.startsWith("action plan commitments");
		List<ParsedDocument.Revision> revisions = this.doc.revisions;
		int index;
		if (original) {
			index = 0;
		}
		else {
			LocalDate end = TargetParser.latestDate(monthYear);
			index = -1;
			for (ParsedDocument.Revision r : revisions) {
				if (end != null && r.ordinal() > 0 && r.date().getYear() == end.getYear()
						&& r.date().getMonth() == end.getMonth()) {
					index = r.ordinal();
				}
			}
			if (index < 0) {
				index = revisions.size() - 1;
			}
		}
		ParsedDocument.Revision r = revisions.get(index);
		String clean = Text.clean(printed);
		if (!r.label().equals(clean) && r.label().toLowerCase(Locale.ROOT).endsWith("submitted")) {
			revisions.set(index, new ParsedDocument.Revision(r.id(), r.ordinal(), clean, r.date(), r.line()));
		}
		return index;
	}

}

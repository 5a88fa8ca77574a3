package uk.gov.inspectiongraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.gov.inspectiongraph.ingest.ParsedDocument.Action;
import uk.gov.inspectiongraph.ingest.ParsedDocument.Recommendation;

/**
 * Reads an HMPPS action plan extracted from its tables: six tab-separated columns (rec no, recommendation,
 * agreement, response, owner, target), continuation rows, {@code <p>}-split multi-action cells, addressee
 * headings, dated revisions, page furniture, and columns broken by the extraction (read as a careful person
 * would; what cannot be read is reported as a warning).
 */
public final class ActionPlanParser {

	static final Pattern HEADER_ROW = Pattern.compile("^1\\.\\s*Rec\\s*No", Pattern.CASE_INSENSITIVE);

	private static final Pattern REC_NUMBER = Pattern.compile("^(\\d{1,2})?\\s*(?:\\(\\s*([a-z])\\s*\\))?\\.?$");

	private static final Pattern FUSED_NUMBER = Pattern.compile("^(\\d{1,2}(?:\\s*\\([a-z]\\))?)\\s+([A-Z].{10,})$");

	private static final Pattern SUBMITTED = Pattern.compile("^(.{0,60}?submitted)\\s*:?\\s*(.+)$", Pattern.CASE_INSENSITIVE);

	private static final Pattern PUBLISHED = Pattern.compile("^Report Published\\s*:?\\s*(.+)$", Pattern.CASE_INSENSITIVE);

	private static final Pattern RESPONSE_TO = Pattern
		.compile("response to(?: the HMI Probation Inspection)?\\s*:\\s*(.+)$", Pattern.CASE_INSENSITIVE);

	private static final Pattern PLAN_TITLE = Pattern.compile("^ACTION PLAN\\s*:\\s*(.+)$");

	private static final Pattern TOTALS_SENTENCE = Pattern.compile(
			"Of the (\\d+) recommendations,\\s*(\\d+) (?:were )?agreed(?:,? and (\\d+) (?:were )?partly agreed)?(?:,? and (\\d+) (?:were )?not agreed)?",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern TOTALS_ROW = Pattern.compile("^(Agreed|Partly Agreed|Not Agreed|Total)$",
			Pattern.CASE_INSENSITIVE);

	private static final String MONTH_YEAR = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\s*\\d{4}";

	private static final Pattern REVISION_MARKER = Pattern.compile("^\\s*(?:<u>\\s*)?((Original Action Plan|Action Plan commitments"
			+ "|Progress against commitments|Progress update|Update[sd]?)\\s*\\(?\\s*(" + MONTH_YEAR + ")\\s*\\)?)\\s*(?:</u>)?",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern HEADING_END = Pattern.compile("(should|to)\\s*:\\s*$", Pattern.CASE_INSENSITIVE);

	private static final Pattern PARAGRAPH = Pattern.compile("<p>(.*?)</p>", Pattern.DOTALL);

	private static final Pattern RATIONALE = Pattern
		.compile("[^.]*\\b(?:partly|partially|not)\\s+(?:agreed|accepted)\\b[^.]*\\.", Pattern.CASE_INSENSITIVE);

	/** A paragraph that only says why a recommendation is not fully agreed: rationale, not a commitment. */
	private static final Pattern ONLY_RATIONALE = Pattern.compile(
			"(?i)(This|The) recommendation (is|has been|was|can only be) (partly|partially|not) (agreed|accepted)\\b[^.]*\\.");

	private static final List<Pattern> FURNITURE = List.of(
			Pattern.compile("^Actions with future target dates may be delayed due to Covid-19 recovery\\.?$",
					Pattern.CASE_INSENSITIVE),
			Pattern.compile("^[-\\s]*$"));

	private final Vocabulary vocabulary;

	private final OwnerDirectory owners;

	public ActionPlanParser(Vocabulary vocabulary, OwnerDirectory owners) {
		this.vocabulary = vocabulary;
		this.owners = owners;
	}

	/** Fields of one table row, wherever the extraction put them. */
	private record Row(String number, String recText, String agreement, String response, String owner, String target) {

		boolean hasResponseColumns() {
			return !this.response.isBlank() || !this.owner.isBlank() || !this.target.isBlank();
		}

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
		readPreamble(doc, lines.subList(0, header));
		readTable(doc, lines, header + 1);
		finish(doc);
		return doc;
	}

	// ---------------------------------------------------------------- preamble

	private void readPreamble(ParsedDocument doc, List<String> lines) {
		String title = null;
		String planTitle = null;
		int titleLine = 1;
		int planLine = 1;
		LocalDate published = null;
		List<String[]> revisionHeaders = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = Text.clean(lines.get(i));
			Matcher m;
			if ((m = SUBMITTED.matcher(line)).find()) {
				LocalDate date = TargetParser.exactDay(m.group(2));
				if (date == null) {
					throw new DocumentException(doc.file, i + 1, "cannot read the submission date '" + m.group(2) + "'");
				}
				revisionHeaders.add(new String[] { m.group(1).strip(), date.toString(), String.valueOf(i + 1) });
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
		if (revisionHeaders.isEmpty()) {
			throw new DocumentException(doc.file, 1, "no submission date: expected 'Action Plan Submitted: <date>'");
		}
		String id = InspectionIds.slug(title, planTitle, published);
		List<String> keys = new ArrayList<>(List.of(Text.key(title), Text.key(InspectionIds.topic(title, planTitle))));
		doc.inspection = new ParsedDocument.InspectionInfo(id, title, keys,
				CitationScore.reportWords(title, this.vocabulary), published, titleLine);
		revisionHeaders.sort(Comparator.comparing(r -> r[1]));
		for (int i = 0; i < revisionHeaders.size(); i++) {
			String[] r = revisionHeaders.get(i);
			doc.revisions.add(new ParsedDocument.Revision(id + "/plan/rev" + (i + 1), i, r[0], LocalDate.parse(r[1]),
					Integer.parseInt(r[2])));
		}
		String planName = "HMPPS action plan: " + (planTitle != null ? planTitle : title);
		doc.plan = new ParsedDocument.PlanInfo(id + "/plan", planName, doc.revisions.get(0).date(), planLine);
	}

	// ---------------------------------------------------------------- table

	private void readTable(ParsedDocument doc, List<String> lines, int from) {
		List<Vocabulary.Entry> addressees = List.of();
		Recommendation current = null;
		Recommendation topLevel = null;
		Action last = null;
		boolean totalsTable = false;
		int[] totals = new int[4];
		int totalsLine = 0;
		for (int i = from; i < lines.size(); i++) {
			int lineNo = i + 1;
			String raw = lines.get(i);
			String flat = Text.clean(raw);
			if (flat.isEmpty() || FURNITURE.stream().anyMatch(p -> p.matcher(flat).matches())) {
				continue;
			}
			String[] cells = splitCells(raw);
			String first = Text.clean(cells[0]);
			// the closing totals table
			if (first.equalsIgnoreCase("Recommendations") && nonEmpty(cells) == 1) {
				totalsTable = true;
				continue;
			}
			if (totalsTable || (cells.length == 2 && TOTALS_ROW.matcher(first).matches()
					&& Text.clean(cells[1]).matches("\\d+"))) {
				Matcher tm = TOTALS_ROW.matcher(first);
				if (tm.matches() && Text.clean(cells[1]).matches("\\d+")) {
					int n = Integer.parseInt(Text.clean(cells[1]));
					switch (first.toLowerCase(Locale.ROOT)) {
						case "agreed" -> totals[0] = n;
						case "partly agreed" -> totals[1] = n;
						case "not agreed" -> totals[2] = n;
						default -> totals[3] = n;
					}
					totalsLine = lineNo;
					totalsTable = true;
					continue;
				}
			}
			// a section heading naming the addressees
			List<Vocabulary.Entry> heading = heading(cells);
			if (heading != null) {
				if (heading.isEmpty()) {
					doc.warn(lineNo, Warning.Kind.UNKNOWN_ORGANISATION, "heading names no known organisation: '" + flat + "'");
				}
				addressees = heading;
				continue;
			}
			Row row = row(doc, lineNo, cells);
			if (row == null) {
				continue;
			}
			if (!row.number().isEmpty()) {
				Recommendation rec = new Recommendation();
				Matcher nm = REC_NUMBER.matcher(row.number().replace(" ", ""));
				nm.matches();
				if (nm.group(1) != null) {
					rec.number = nm.group(1) + (nm.group(2) != null ? "(" + nm.group(2) + ")" : "");
					rec.parentNumber = nm.group(2) != null ? nm.group(1) : null;
				}
				else if (topLevel != null) {
					rec.number = topLevel.number + "(" + nm.group(2) + ")";
					rec.parentNumber = topLevel.number;
				}
				else {
					throw new DocumentException(doc.file, lineNo,
							"sub-recommendation '" + row.number() + "' before any recommendation");
				}
				String number = rec.number;
				if (doc.recommendations.stream().anyMatch(r -> r.number.equals(number))) {
					throw new DocumentException(doc.file, lineNo, "recommendation " + number + " appears twice");
				}
				if (rec.parentNumber != null && doc.recommendations.stream().noneMatch(r -> r.number.equals(rec.parentNumber))) {
					doc.warn(lineNo, Warning.Kind.MISSING_PARENT, "sub-recommendation " + number + " has no printed parent " + rec.parentNumber);
				}
				rec.id = doc.inspection.id() + "/" + number;
				rec.addressees = addressees;
				rec.lines.add(lineNo);
				rec.text.append(Text.clean(row.recText()));
				rec.printedAgreement = Agreement.parse(row.agreement());
				if (rec.printedAgreement == null && !row.agreement().isBlank()) {
					doc.warn(lineNo, Warning.Kind.UNREADABLE, "cannot read agreement '" + Text.clean(row.agreement()) + "' of recommendation " + number);
				}
				doc.recommendations.add(rec);
				current = rec;
				if (rec.parentNumber == null) {
					topLevel = rec;
				}
				last = null;
			}
			else if (current != null) {
				if (!row.recText().isBlank()) {
					current.text.append(' ').append(Text.clean(row.recText()));
					if (!current.lines.contains(lineNo)) {
						current.lines.add(lineNo);
					}
				}
				Agreement agreement = Agreement.parse(row.agreement());
				if (agreement != null && current.printedAgreement == null) {
					current.printedAgreement = agreement;
				}
			}
			if (!row.hasResponseColumns()) {
				continue;
			}
			if (current == null) {
				doc.warn(lineNo, Warning.Kind.STRAY_TEXT, "response text before the first recommendation ignored: '" + abbreviate(flat) + "'");
				continue;
			}
			last = readResponse(doc, lineNo, current, last, row);
		}
		if (totalsLine > 0) {
			doc.printedTotals = new ParsedDocument.Totals(totals[0], totals[1], totals[2], totalsLine);
		}
	}

	private static String[] splitCells(String raw) {
		String[] cells = raw.split("\t", -1);
		for (int i = 0; i < cells.length; i++) {
			cells[i] = cells[i].strip();
		}
		return cells;
	}

	private static int nonEmpty(String[] cells) {
		int n = 0;
		for (String c : cells) {
			if (!Text.clean(c).isEmpty()) {
				n++;
			}
		}
		return n;
	}

	/** The addressees of a heading row ("The Ministry of Justice should:"), or null when the row is no heading. */
	private List<Vocabulary.Entry> heading(String[] cells) {
		if (REC_NUMBER.matcher(Text.clean(cells[0])).matches() && !Text.clean(cells[0]).isEmpty()) {
			return null;
		}
		StringBuilder joined = new StringBuilder();
		for (String c : cells) {
			joined.append(Text.clean(c));
		}
		String text = joined.toString();
		if (text.length() > 200 || !HEADING_END.matcher(text).find()) {
			return null;
		}
		// cells split mid-word by the extraction ("Her N | Majesty's Prison and Pro | bation Ser | vice"):
		// match organisation names on the key, ignoring spacing, longest first
		StringBuilder key = new StringBuilder(Text.key(text));
		List<Object[]> candidates = new ArrayList<>();
		for (Vocabulary.Entry e : this.vocabulary.entries()) {
			if (e.kind() == Vocabulary.Kind.ORGANISATION) {
				e.keys().forEach(k -> candidates.add(new Object[] { k, e }));
			}
		}
		candidates.sort(Comparator.comparingInt((Object[] c) -> ((String) c[0]).length()).reversed());
		Map<Integer, Vocabulary.Entry> byPosition = new java.util.TreeMap<>();
		for (Object[] c : candidates) {
			String k = (String) c[0];
			int at = key.indexOf(k);
			if (k.length() >= 3 && at >= 0) {
				byPosition.putIfAbsent(at, (Vocabulary.Entry) c[1]);
				for (int j = at; j < at + k.length(); j++) {
					key.setCharAt(j, '#');
				}
			}
		}
		return List.copyOf(new LinkedHashSet<>(byPosition.values()));
	}

	/** Places the cells of a row in the six columns, repairing the shapes the extraction produced. */
	private Row row(ParsedDocument doc, int lineNo, String[] in) {
		String[] c = in;
		Matcher fused = FUSED_NUMBER.matcher(c[0]);
		if (fused.matches()) {
			String[] split = new String[c.length + 1];
			split[0] = fused.group(1);
			split[1] = fused.group(2);
			System.arraycopy(c, 1, split, 2, c.length - 1);
			c = split;
			doc.warn(lineNo, Warning.Kind.FALLBACK_ROW, "number " + fused.group(1) + " fused with its text: split");
		}
		String first = Text.clean(c[0]);
		boolean numbered = !first.isEmpty() && REC_NUMBER.matcher(first.replace(" ", "")).matches();
		if (numbered && first.matches("0+")) {
			doc.warn(lineNo, Warning.Kind.STRAY_TEXT, "stray row ignored (no recommendation is numbered 0): '" + abbreviate(String.join(" ", c).strip()) + "'");
			return null;
		}
		int n = c.length;
		if (n == 5 && first.isEmpty() && Agreement.parse(c[2]) == null && Text.clean(c[2]).length() > 30) {
			// one leading cell lost: response, owner and target sit one column to the left
			return fallback(doc, lineNo, "5 cells, the first one lost: read as recommendation, response, owner, target",
					new Row("", c[1], "", c[2], c[3], c[4]));
		}
		if (numbered || (n >= 6 && first.isEmpty()) || (n == 5 && first.isEmpty())
				|| (n == 4 && first.isEmpty() && get(c, 1).isEmpty() && get(c, 2).isEmpty())) {
			return new Row(numbered ? first : "", get(c, 1), get(c, 2), get(c, 3), get(c, 4), get(c, 5));
		}
		if (n >= 6) {
			doc.warn(lineNo, Warning.Kind.STRAY_TEXT, "stray text outside the table ignored: '" + abbreviate(String.join(" ", c[0], c[1], c[2]))
					+ "'");
			return new Row("", "", "", get(c, 3), get(c, 4), get(c, 5));
		}
		if (n == 5) {
			// shifted one column to the left: recommendation text in the first cell
			return fallback(doc, lineNo, "5 cells shifted one column left: read as recommendation, agreement, response, owner, target",
					new Row("", c[0], Agreement.parse(c[1]) != null ? c[1] : "", c[2], c[3], c[4]));
		}
		if (n == 4) {
			String response = (first + " " + c[1]).strip();
			return fallback(doc, lineNo, "4 cells: the first two read as response, then owner and target",
					new Row("", "", "", response, c[2], c[3]));
		}
		if (n == 3) {
			if (first.isEmpty() && get(c, 2).isEmpty() && !looksLikeOwner(c[1])) {
				return embedded(doc, lineNo, new Row("", "", "", c[1], "", ""));
			}
			// a continuation row whose empty leading cells the extraction dropped
			return new Row("", "", "", c[0], c[1], c[2]);
		}
		if (n == 2) {
			String second = Text.clean(c[1]);
			if (second.length() <= 60 && TargetParser.parse(second).status() != TargetStatus.UNSPECIFIED) {
				// a continuation row with no owner: response and target
				return new Row("", "", "", c[0], "", c[1]);
			}
			if (first.isEmpty()) {
				return embedded(doc, lineNo, new Row("", "", "", c[1], "", ""));
			}
			if (second.length() < 120 && !second.contains(". ")) {
				return fallback(doc, lineNo, "2 cells, the second short: read as response and owner",
						new Row("", "", "", c[0], c[1], ""));
			}
			if (second.isEmpty()) {
				return embedded(doc, lineNo, new Row("", "", "", c[0], "", ""));
			}
			return embedded(doc, lineNo, fallback(doc, lineNo, "2 long cells read as recommendation and response",
					new Row("", c[0], "", c[1], "", "")));
		}
		return embedded(doc, lineNo, new Row("", "", "", c[0], "", ""));
	}

	private boolean looksLikeOwner(String cell) {
		String text = Text.clean(cell);
		return text.length() < 120 && this.owners.startsWithRole(text) && !text.contains(". ");
	}

	/** An owner and target typed into the response text with no column break ("... Deputy Director, EPP October 2019"). */
	private Row embedded(ParsedDocument doc, int lineNo, Row row) {
		String text = Text.clean(row.response());
		List<PhraseMatcher.Hit<OwnerDirectory.Role>> hits = this.owners.rolesIn(text);
		if (hits.isEmpty()) {
			return row;
		}
		PhraseMatcher.Hit<OwnerDirectory.Role> lastHit = hits.get(hits.size() - 1);
		String after = text.substring(lastHit.end()).strip();
		boolean targetAfter = after.isEmpty() || (after.length() <= 40
				&& TargetParser.parse(after).status() != TargetStatus.UNSPECIFIED);
		boolean atEnd = text.length() - lastHit.end() <= 40 && lastHit.start() > text.length() / 2;
		if (!targetAfter || !atEnd) {
			return row;
		}
		return fallback(doc, lineNo, "owner and target typed into the response text: taken out of it",
				new Row(row.number(), row.recText(), row.agreement(), text.substring(0, lastHit.start()).strip(),
						text.substring(lastHit.start(), lastHit.end()), after));
	}

	private static Row fallback(ParsedDocument doc, int lineNo, String rule, Row row) {
		doc.warn(lineNo, Warning.Kind.FALLBACK_ROW, "row read by a fallback rule: " + rule);
		return row;
	}

	private static String get(String[] cells, int i) {
		return i < cells.length ? cells[i] : "";
	}

	// ---------------------------------------------------------------- response cells into actions

	private Action readResponse(ParsedDocument doc, int lineNo, Recommendation rec, Action last, Row row) {
		List<String> items = paragraphs(row.response());
		List<String> ownerItems = paragraphs(row.owner());
		List<String> targetItems = paragraphs(row.target());
		String firstItem = items.isEmpty() ? "" : items.get(0);
		boolean marker = REVISION_MARKER.matcher(firstItem).find();
		boolean lowerStart = !firstItem.isEmpty() && Character.isLowerCase(firstItem.charAt(0));
		if (last != null && !marker && row.owner().isBlank() && row.target().isBlank()) {
			// the same cell continued across a page or table-row break
			append(last.text, String.join("\n", items), lowerStart);
			append(rec.response, String.join("\n", items), lowerStart);
			last.lines.add(lineNo);
			return last;
		}
		if (last != null && !marker && (lowerStart || items.isEmpty())) {
			append(last.text, String.join("\n", items), true);
			append(rec.response, String.join("\n", items), true);
			append(last.ownerText, Text.clean(row.owner()), true);
			append(last.targetText, Text.clean(row.target()), true);
			last.lines.add(lineNo);
			return last;
		}
		int needed = Math.max(ownerItems.size(), targetItems.size());
		if (items.size() < needed) {
			List<String> bullets = bullets(items);
			if (bullets.size() > items.size()) {
				items = bullets;
			}
		}
		if (last != null && !row.owner().isBlank() && !this.owners.startsWithRole(row.owner())) {
			// the owner cell of the row above, continued after a page break
			append(last.ownerText, Text.clean(row.owner()), true);
			row = new Row(row.number(), row.recText(), row.agreement(), row.response(), "", row.target());
			ownerItems = List.of();
		}
		String inheritedOwner = row.owner().isBlank() && last != null ? last.ownerText.toString() : null;
		Action created = last;
		for (int i = 0; i < items.size(); i++) {
			String item = items.get(i);
			Matcher m = REVISION_MARKER.matcher(item);
			if (m.find()) {
				rec.currentRevision = revisionOf(doc, m.group(2), m.group(3), m.group(1));
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
			doc.warn(lineNo, Warning.Kind.STRAY_TEXT, "owner or target with no response text: '" + abbreviate(Text.clean(row.owner() + " " + row.target())) + "'");
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
	private static String pick(List<String> cellItems, int i, int n) {
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
		text = Text.clean(text).replaceAll("^•\\s*$", "");
		if (!text.isEmpty()) {
			items.add(text);
		}
	}

	/** Splits paragraphs on bullets; a lead-in ending with ':' joins the item after it. */
	private static List<String> bullets(List<String> items) {
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

	private static int revisionOf(ParsedDocument doc, String label, String monthYear, String printed) {
		boolean original = label.toLowerCase(Locale.ROOT).startsWith("original")
				|| label.toLowerCase(Locale.ROOT).startsWith("action plan commitments");
		int index;
		if (original) {
			index = 0;
		}
		else {
			LocalDate end = TargetParser.latestDate(monthYear);
			index = -1;
			for (ParsedDocument.Revision r : doc.revisions) {
				if (end != null && r.ordinal() > 0 && r.date().getYear() == end.getYear()
						&& r.date().getMonth() == end.getMonth()) {
					index = r.ordinal();
				}
			}
			if (index < 0) {
				index = doc.revisions.size() - 1;
			}
		}
		ParsedDocument.Revision r = doc.revisions.get(index);
		String clean = Text.clean(printed);
		if (!r.label().equals(clean) && r.label().toLowerCase(Locale.ROOT).endsWith("submitted")) {
			doc.revisions.set(index, new ParsedDocument.Revision(r.id(), r.ordinal(), clean, r.date(), r.line()));
		}
		return index;
	}

	// ---------------------------------------------------------------- after the table

	private void finish(ParsedDocument doc) {
		if (doc.recommendations.isEmpty()) {
			throw new DocumentException(doc.file, 1, "the action plan table has no recommendations");
		}
		for (Recommendation rec : doc.recommendations) {
			int n = 1;
			for (Action action : rec.actions) {
				action.id = rec.id + "/a" + n++;
				OwnerDirectory.Resolution owners = this.owners.resolve(action.ownerText.toString());
				action.owners = owners.roles();
				owners.warnings().forEach(w -> doc.warn(action.lines.get(0), w.kind(), w.text()));
				action.target = TargetParser.parse(Text.clean(action.targetText.toString()));
				if (action.target.text() != null && action.target.status() == TargetStatus.UNSPECIFIED) {
					doc.warn(action.lines.get(0), Warning.Kind.UNREADABLE, "cannot read target '" + action.target.text() + "'");
				}
				action.mentions.addAll(this.vocabulary.mentionsIn(action.text(), MENTIONABLE));
			}
			rec.mentions.addAll(this.vocabulary.mentionsIn(rec.text(), MENTIONABLE));
		}
		// agreement of parents printed without one, and rationale
		for (Recommendation rec : doc.recommendations) {
			List<Agreement> children = doc.recommendations.stream()
				.filter(c -> rec.number.equals(c.parentNumber))
				.map(c -> c.printedAgreement)
				.toList();
			if (rec.printedAgreement != null) {
				rec.agreement = rec.printedAgreement;
			}
			else if (!children.isEmpty() && children.stream().allMatch(a -> a != null)) {
				rec.agreement = Agreement.ofChildren(children);
			}
			else {
				doc.warn(rec.lines.get(0), Warning.Kind.MISSING_AGREEMENT, "recommendation " + rec.number + " has no agreement printed; read as AGREED");
				rec.agreement = Agreement.AGREED;
			}
			if (rec.agreement != Agreement.AGREED && rec.printedAgreement != null) {
				Matcher m = RATIONALE.matcher(rec.response);
				rec.rationale = m.find() ? m.group().strip() : null;
			}
			References.find(doc, rec, this.vocabulary);
		}
		checkTotals(doc);
	}

	private static final Set<Vocabulary.Kind> MENTIONABLE = EnumSet.of(Vocabulary.Kind.PROGRAMME,
			Vocabulary.Kind.POLICY, Vocabulary.Kind.SYSTEM, Vocabulary.Kind.ORGANISATION, Vocabulary.Kind.TOPIC);

	private static void checkTotals(ParsedDocument doc) {
		if (doc.printedTotals == null) {
			return;
		}
		List<Recommendation> top = doc.recommendations.stream().filter(r -> r.parentNumber == null).toList();
		long agreed = top.stream().filter(r -> r.agreement == Agreement.AGREED).count();
		long partly = top.stream().filter(r -> r.agreement == Agreement.PARTLY_AGREED).count();
		long not = top.stream().filter(r -> r.agreement == Agreement.NOT_AGREED).count();
		ParsedDocument.Totals t = doc.printedTotals;
		if (agreed != t.agreed() || partly != t.partlyAgreed() || not != t.notAgreed()) {
			doc.warn(t.line(), Warning.Kind.TOTALS_MISMATCH, "printed totals (agreed " + t.agreed() + ", partly " + t.partlyAgreed() + ", not "
					+ t.notAgreed() + ") differ from the table (agreed " + agreed + ", partly " + partly + ", not " + not
					+ ")");
		}
	}

	static String abbreviate(String s) {
		return s.length() <= 80 ? s : s.substring(0, 77) + "...";
	}

}

package uk.gov.inspectiongraph.ingest.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.gov.inspectiongraph.ingest.read.Text;
import uk.gov.inspectiongraph.model.Keys;
import uk.gov.inspectiongraph.model.TargetStatus;

/**
 * The second stage of reading a plan: each line of its table becomes what it is. A section heading naming the
 * addressees; a row of the closing totals table; or a table row whose cells each get their column role
 * (number, recommendation, agreement, response, owner, target), wherever the extraction put them. A row whose
 * columns the extraction broke is placed by content, and says so with a {@code FALLBACK_ROW} warning.
 */
final class ColumnRoles {

	/** Longer than any agreement cell: a third cell this long in a five-cell row is response text. */
	static final int LONGER_THAN_AGREEMENT = 30;

	/** Longest cell read as a target date ("May 2022 and June 2022 respectively."). */
	static final int LONGEST_TARGET = 60;

	/** Longest cell read as an owner: role titles, two joined, stay under it; response sentences do not. */
	static final int LONGEST_OWNER = 120;

	/** A heading ("HMPPS to work with HM Courts & Tribunals Service (HMCTS) to:") is shorter than this. */
	static final int LONGEST_HEADING = 200;

	/** An owner typed into the response text ends it: at most this many characters (the target) may follow. */
	static final int EMBEDDED_TAIL = 40;

	/** An organisation name shorter than this is too short to find inside the letters of a heading. */
	static final int SHORTEST_ORGANISATION_KEY = 3;

	static final Pattern REC_NUMBER = Pattern.compile("^(\\d{1,2})?\\s*(?:\\(\\s*([a-z])\\s*\\))?\\.?$");

	/** A number fused with the recommendation's text: "6 Review the ..." (at least ten letters of text). */
	private static final Pattern FUSED_NUMBER = Pattern.compile("^(\\d{1,2}(?:\\s*\\([a-z]\\))?)\\s+([A-Z].{10,})$");

	private static final Pattern TOTALS_ROW = Pattern.compile("^(Agreed|Partly Agreed|Not Agreed|Total)$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern HEADING_END = Pattern.compile("(should|to)\\s*:\\s*$", Pattern.CASE_INSENSITIVE);

	private static final List<Pattern> FURNITURE = List.of(
			Pattern.compile("^Actions with future target dates may be delayed due to Covid-19 recovery\\.?$",
					Pattern.CASE_INSENSITIVE),
			Pattern.compile("^[-\\s]*$"));

	/** What one line of the table is. */
	sealed interface TableLine permits Heading, TotalsTitle, Total, Row {

		int line();

	}

	/** A section heading, as printed: the organisations the recommendations below it are addressed to. */
	record Heading(int line, String text, List<Vocabulary.Entry> addressees) implements TableLine {
	}

	/** The title row of the closing totals table ("Recommendations"). */
	record TotalsTitle(int line) implements TableLine {
	}

	/** One row of the closing totals table: AGREED, PARTLY_AGREED, NOT_AGREED or TOTAL, and its count. */
	record Total(int line, String label, int count) implements TableLine {
	}

	/** A table row's cells, each in its column (empty where the row has nothing in that column). */
	record Row(int line, String number, String recommendation, String agreement, String response, String owner,
			String target) implements TableLine {

		boolean hasResponseColumns() {
			return !this.response.isBlank() || !this.owner.isBlank() || !this.target.isBlank();
		}

		Row withOwner(String owner) {
			return new Row(this.line, this.number, this.recommendation, this.agreement, this.response, owner, this.target);
		}

	}

	private final Vocabulary vocabulary;

	private final OwnerDirectory owners;

	ColumnRoles(Vocabulary vocabulary, OwnerDirectory owners) {
		this.vocabulary = vocabulary;
		this.owners = owners;
	}

	/** The table's lines from {@code from} (0-based) on, each read as what it is; page furniture is left out. */
	List<TableLine> read(ParsedDocument doc, List<String> lines, int from) {
		List<TableLine> out = new ArrayList<>();
		boolean totalsTable = false;
		for (int i = from; i < lines.size(); i++) {
			int lineNo = i + 1;
			String raw = lines.get(i);
			String flat = Text.clean(raw);
			if (flat.isEmpty() || FURNITURE.stream().anyMatch(p -> p.matcher(flat).matches())) {
				continue;
			}
			String[] cells = splitCells(raw);
			String first = Text.clean(cells[0]);
			if (first.equalsIgnoreCase("Recommendations") && nonEmpty(cells) == 1) {
				totalsTable = true;
				out.add(new TotalsTitle(lineNo));
				continue;
			}
			if ((totalsTable || cells.length == 2) && TOTALS_ROW.matcher(first).matches()
					&& cells.length >= 2 && Text.clean(cells[1]).matches("\\d+")) {
				totalsTable = true;
				out.add(new Total(lineNo, first.toUpperCase(Locale.ROOT).replace(' ', '_'),
						Integer.parseInt(Text.clean(cells[1]))));
				continue;
			}
			List<Vocabulary.Entry> heading = heading(cells);
			if (heading != null) {
				if (heading.isEmpty()) {
					doc.warn(lineNo, Warning.Kind.UNKNOWN_ORGANISATION, "heading names no known organisation: '" + flat + "'");
				}
				out.add(new Heading(lineNo, flat, heading));
				continue;
			}
			Row row = row(doc, lineNo, cells);
			if (row != null) {
				out.add(row);
			}
		}
		return out;
	}

	static String[] splitCells(String raw) {
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
	List<Vocabulary.Entry> heading(String[] cells) {
		if (REC_NUMBER.matcher(Text.clean(cells[0])).matches() && !Text.clean(cells[0]).isEmpty()) {
			return null;
		}
		StringBuilder joined = new StringBuilder();
		for (String c : cells) {
			joined.append(Text.clean(c));
		}
		String text = joined.toString();
		if (text.length() > LONGEST_HEADING || !HEADING_END.matcher(text).find()) {
			return null;
		}
		// cells split mid-word by the extraction ("Her N | Majesty's Prison and Pro | bation Ser | vice"):
		// match organisation names on the key, ignoring spacing, longest first
		StringBuilder key = new StringBuilder(Keys.key(text));
		record Name(String key, Vocabulary.Entry entry) {
		}
		List<Name> names = new ArrayList<>();
		for (Vocabulary.Entry e : this.vocabulary.entries()) {
			if (e.kind() == Vocabulary.Kind.ORGANISATION) {
				e.keys().forEach(k -> names.add(new Name(k, e)));
			}
		}
		names.sort(Comparator.comparingInt((Name n) -> n.key().length()).reversed());
		Map<Integer, Vocabulary.Entry> byPosition = new TreeMap<>();
		for (Name name : names) {
			int at = key.indexOf(name.key());
			if (name.key().length() >= SHORTEST_ORGANISATION_KEY && at >= 0) {
				byPosition.putIfAbsent(at, name.entry());
				for (int j = at; j < at + name.key().length(); j++) {
					key.setCharAt(j, '#');
				}
			}
		}
		return List.copyOf(new LinkedHashSet<>(byPosition.values()));
	}

	/** Places the cells of a row in the six columns, repairing the shapes the extraction produced; null to skip. */
	Row row(ParsedDocument doc, int lineNo, String[] in) {
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
			doc.warn(lineNo, Warning.Kind.STRAY_TEXT, "stray row ignored (no recommendation is numbered 0): '"
					+ abbreviate(String.join(" ", c).strip()) + "'");
			return null;
		}
		int n = c.length;
		if (n == 5 && first.isEmpty() && AgreementCell.parse(c[2]) == null && Text.clean(c[2]).length() > LONGER_THAN_AGREEMENT) {
			return fallback(doc, "5 cells, the first one lost: read as recommendation, response, owner, target",
					new Row(lineNo, "", c[1], "", c[2], c[3], c[4]));
		}
		if (numbered || (n >= 6 && first.isEmpty()) || (n == 5 && first.isEmpty())
				|| (n == 4 && first.isEmpty() && get(c, 1).isEmpty() && get(c, 2).isEmpty())) {
			return new Row(lineNo, numbered ? first : "", get(c, 1), get(c, 2), get(c, 3), get(c, 4), get(c, 5));
		}
		if (n >= 6) {
			doc.warn(lineNo, Warning.Kind.STRAY_TEXT, "stray text outside the table ignored: '"
					+ abbreviate(String.join(" ", c[0], c[1], c[2])) + "'");
			return new Row(lineNo, "", "", "", get(c, 3), get(c, 4), get(c, 5));
		}
		if (n == 5) {
			return fallback(doc, "5 cells shifted one column left: read as recommendation, agreement, response, owner, target",
					new Row(lineNo, "", c[0], AgreementCell.parse(c[1]) != null ? c[1] : "", c[2], c[3], c[4]));
		}
		if (n == 4) {
			return fallback(doc, "4 cells: the first two read as response, then owner and target",
					new Row(lineNo, "", "", "", (first + " " + c[1]).strip(), c[2], c[3]));
		}
		if (n == 3) {
			if (first.isEmpty() && get(c, 2).isEmpty() && !looksLikeOwner(c[1])) {
				return embedded(doc, response(lineNo, c[1]));
			}
			// a continuation row whose empty leading cells the extraction dropped
			return new Row(lineNo, "", "", "", c[0], c[1], c[2]);
		}
		if (n == 2) {
			String second = Text.clean(c[1]);
			if (second.length() <= LONGEST_TARGET && TargetParser.parse(second).status() != TargetStatus.UNSPECIFIED) {
				// a continuation row with no owner: response and target
				return new Row(lineNo, "", "", "", c[0], "", c[1]);
			}
			if (first.isEmpty()) {
				return embedded(doc, response(lineNo, c[1]));
			}
			if (second.length() < LONGEST_OWNER && !second.contains(". ")) {
				return fallback(doc, "2 cells, the second short: read as response and owner",
						new Row(lineNo, "", "", "", c[0], c[1], ""));
			}
			if (second.isEmpty()) {
				return embedded(doc, response(lineNo, c[0]));
			}
			return embedded(doc, fallback(doc, "2 long cells read as recommendation and response",
					new Row(lineNo, "", c[0], "", c[1], "", "")));
		}
		return embedded(doc, response(lineNo, c[0]));
	}

	private static Row response(int lineNo, String text) {
		return new Row(lineNo, "", "", "", text, "", "");
	}

	private boolean looksLikeOwner(String cell) {
		String text = Text.clean(cell);
		return text.length() < LONGEST_OWNER && this.owners.startsWithRole(text) && !text.contains(". ");
	}

	/** An owner and target typed into the response text with no column break ("... Deputy Director, EPP October 2019"). */
	private Row embedded(ParsedDocument doc, Row row) {
		String text = Text.clean(row.response());
		List<PhraseMatcher.Hit<OwnerDirectory.Role>> hits = this.owners.rolesIn(text);
		if (hits.isEmpty()) {
			return row;
		}
		PhraseMatcher.Hit<OwnerDirectory.Role> lastHit = hits.get(hits.size() - 1);
		String after = text.substring(lastHit.end()).strip();
		boolean targetAfter = after.isEmpty() || (after.length() <= EMBEDDED_TAIL
				&& TargetParser.parse(after).status() != TargetStatus.UNSPECIFIED);
		boolean atEnd = text.length() - lastHit.end() <= EMBEDDED_TAIL && lastHit.start() > text.length() / 2;
		if (!targetAfter || !atEnd) {
			return row;
		}
		return fallback(doc, "owner and target typed into the response text: taken out of it",
				new Row(row.line(), row.number(), row.recommendation(), row.agreement(),
						text.substring(0, lastHit.start()).strip(), text.substring(lastHit.start(), lastHit.end()), after));
	}

	private static Row fallback(ParsedDocument doc, String rule, Row row) {
		doc.warn(row.line(), Warning.Kind.FALLBACK_ROW, "row read by a fallback rule: " + rule);
		return row;
	}

	private static String get(String[] cells, int i) {
		return i < cells.length ? cells[i] : "";
	}

	static String abbreviate(String s) {
		return s.length() <= 80 ? s : s.substring(0, 77) + "...";
	}

}

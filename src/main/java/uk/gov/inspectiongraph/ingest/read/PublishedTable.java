package uk.gov.inspectiongraph.ingest.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A published plan (DOCX, ODT or PDF) read into the lines the text format has, so that every reading rule is
 * shared: the paragraphs above the table one per line, then the table one row per line with its cells separated
 * by tabs (a cell of several paragraphs as {@code <p>...</p>} elements, bullets as "•", a merged cell followed by
 * the empty cells it covers), then the closing totals table and any paragraph after. Each line keeps where it was
 * read from ("table 1, row 4", "page 2, row 3", "paragraph 5").
 */
final class PublishedTable {

	/** The header the text format's table starts with; the published header row is checked, then printed as this. */
	static final String HEADER = "1. Rec No\t2. Recommendation\t3. Agreed/ Partly Agreed/ Not Agreed"
			+ "\t4. Response Action Taken/Planned\t5. Responsible Owner\t6. Target Date";

	/** The six columns of a plan, in the order the text format prints them. */
	enum Role {

		NUMBER, RECOMMENDATION, AGREEMENT, RESPONSE, OWNER, TARGET

	}

	private static final Set<String> NUMBER_WORDS = Set.of("no", "number", "ref", "reference", "nr");

	private static final Set<String> OWNER_WORDS = Set.of("owner", "owners", "responsible", "lead", "accountable");

	private static final Set<String> TARGET_WORDS = Set.of("target", "targets", "timescale", "timescales", "deadline", "due",
			"date", "dates", "completion");

	private static final Set<String> RESPONSE_WORDS = Set.of("response", "action", "actions", "planned", "taken");

	private PublishedTable() {
	}

	/** A block of a published document's body, in reading order. */
	sealed interface Block permits Paragraph, Table {
	}

	/** A paragraph outside any table. */
	record Paragraph(String text, String location) implements Block {
	}

	/** A table: its rows, each with where it is ("table 1, row 4" or "page 2, row 3"). */
	record Table(List<Row> rows) implements Block {
	}

	/** A row of a table. */
	record Row(List<Cell> cells, String location) {

		/** The cells' text, a merged cell's followed by the empty cells it covers. */
		List<String> texts() {
			List<String> out = new ArrayList<>();
			for (Cell c : this.cells) {
				out.add(c.text());
				for (int i = 1; i < c.span(); i++) {
					out.add("");
				}
			}
			return out;
		}

	}

	/**
	 * A cell: its paragraphs, each with the bullets that followed it joined with "•" (as the text format prints
	 * them), and how many columns it spans.
	 */
	record Cell(List<String> paragraphs, int span) {

		String text() {
			List<String> ps = this.paragraphs.stream().map(PublishedTable::flat).filter(p -> !p.isBlank()).toList();
			if (ps.size() == 1) {
				return ps.get(0);
			}
			return ps.stream().map(p -> "<p>" + p + "</p>").collect(Collectors.joining(" "));
		}

	}

	/** Paragraphs and list items of a cell as the text format prints them: items joined to the paragraph above. */
	static List<String> withBullets(List<String> paragraphs, List<Boolean> listItems) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < paragraphs.size(); i++) {
			String p = flat(paragraphs.get(i));
			if (p.isEmpty()) {
				continue;
			}
			if (listItems.get(i)) {
				if (out.isEmpty()) {
					out.add("• " + p);
				}
				else {
					out.set(out.size() - 1, out.get(out.size() - 1) + " • " + p);
				}
			}
			else {
				out.add(p);
			}
		}
		return out;
	}

	static String flat(String text) {
		return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').replace('\u00a0', ' ').replaceAll(" {2,}", " ")
			.strip();
	}

	static PublishedPlan.Lines render(String file, List<Block> blocks) {
		List<String> lines = new ArrayList<>();
		List<String> locations = new ArrayList<>();
		int plan = -1;
		int[] columns = null;
		List<String> seen = new ArrayList<>();
		for (int i = 0; i < blocks.size() && plan < 0; i++) {
			if (blocks.get(i) instanceof Table t && !t.rows().isEmpty()) {
				List<String> header = t.rows().get(0).texts();
				columns = columns(header);
				if (columns != null) {
					plan = i;
				}
				else {
					seen.add(String.join(" | ", header.stream().filter(h -> !h.isBlank()).toList()));
				}
			}
		}
		if (plan < 0) {
			throw new DocumentException(file, 1, seen.isEmpty()
					? "no table: an action plan is a table of six columns (number, recommendation, agreement, response, owner, target)"
					: "the table's columns are '" + seen.get(0)
							+ "', not the six of an action plan (number, recommendation, agreement, response, owner, target)");
		}
		for (int i = 0; i < blocks.size(); i++) {
			Block block = blocks.get(i);
			if (block instanceof Paragraph p) {
				String text = flat(p.text());
				if (!text.isEmpty()) {
					lines.add(text);
					locations.add(p.location());
				}
			}
			else if (block instanceof Table t) {
				boolean isPlan = i == plan;
				for (int r = 0; r < t.rows().size(); r++) {
					Row row = t.rows().get(r);
					List<String> texts = row.texts();
					if (isPlan && isHeader(texts)) {
						if (r == 0) {
							lines.add(HEADER);
							locations.add(row.location());
						}
						// a header row repeated on a later page: not a row of the plan
						continue;
					}
					if (texts.stream().allMatch(String::isBlank)) {
						continue;
					}
					boolean spans = row.cells().stream().anyMatch(c -> c.span() > 1);
					lines.add(String.join("\t", !isPlan ? texts : spans || texts.size() != 6 ? sixCells(texts) : inOrder(texts, columns)));
					locations.add(row.location());
				}
			}
		}
		return new PublishedPlan.Lines(lines, locations);
	}

	/** A plan row's cells, exactly six: a missing last cell is empty, extra ones (outside the table) joined into the sixth. */
	private static List<String> sixCells(List<String> texts) {
		List<String> out = new ArrayList<>(texts);
		while (out.size() < 6) {
			out.add("");
		}
		if (out.size() > 6) {
			String rest = String.join(" ", out.subList(5, out.size())).strip();
			out = new ArrayList<>(out.subList(0, 5));
			out.add(rest);
		}
		return out;
	}

	static boolean isHeader(List<String> cells) {
		return columns(cells) != null;
	}

	/**
	 * Where each of the six columns stands in a header row, by the words of its cells wherever they stand ("Rec
	 * No" or "Recommendation number", "Agreed/ Partly Agreed/ Not Agreed" or "Agreed?", "Responsible Owner" or
	 * "Lead", "Target Date" or "Timescale"), or null when the row is not a plan's header: six cells, each naming
	 * one column.
	 */
	static int[] columns(List<String> cells) {
		if (cells.size() != Role.values().length || cells.stream().anyMatch(String::isBlank)) {
			return null;
		}
		int[] at = new int[Role.values().length];
		Arrays.fill(at, -1);
		for (int i = 0; i < cells.size(); i++) {
			Role role = roleOf(cells.get(i));
			if (role == null || at[role.ordinal()] >= 0) {
				return null;
			}
			at[role.ordinal()] = i;
		}
		return at;
	}

	/** The column a header cell names, or null. */
	static Role roleOf(String header) {
		List<String> words = Arrays.stream(header.toLowerCase(Locale.ROOT).split("[^a-z]+")).filter(w -> !w.isEmpty()).toList();
		if (words.stream().anyMatch(w -> w.startsWith("agree"))) {
			return Role.AGREEMENT;
		}
		if (words.stream().anyMatch(NUMBER_WORDS::contains)) {
			return Role.NUMBER;
		}
		if (words.stream().anyMatch(OWNER_WORDS::contains)) {
			return Role.OWNER;
		}
		if (words.stream().anyMatch(TARGET_WORDS::contains)) {
			return Role.TARGET;
		}
		if (words.stream().anyMatch(RESPONSE_WORDS::contains)) {
			return Role.RESPONSE;
		}
		if (words.stream().anyMatch(w -> w.startsWith("recommendation") || w.equals("rec"))) {
			return Role.RECOMMENDATION;
		}
		return null;
	}

	/** A plan row's cells in the text format's order of columns. */
	private static List<String> inOrder(List<String> texts, int[] columns) {
		List<String> out = new ArrayList<>();
		for (int at : columns) {
			out.add(at < texts.size() ? texts.get(at) : "");
		}
		return out;
	}

}

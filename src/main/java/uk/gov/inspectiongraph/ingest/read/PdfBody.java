package uk.gov.inspectiongraph.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.InflaterInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import uk.gov.inspectiongraph.ingest.read.Lattice.Cell;
import uk.gov.inspectiongraph.ingest.read.Lattice.Grid;
import uk.gov.inspectiongraph.ingest.read.PdfPage.Word;

/**
 * A PDF's body, read with PDFBox 3. A tagged PDF is read from its tags ({@link TaggedPdf}). Otherwise every table of every page from its ruling lines ({@link Lattice}), text
 * assigned to the cell whose rectangle holds it, and the text outside the tables as paragraphs, in reading order.
 * A table that goes on at the top of the next page with the same columns is one table (its repeated header row is
 * dropped later, as the plan's); a row left open at the foot of a page (no rule under it) is joined to the first
 * row after the header on the next. Running page headers and footers ("OFFICIAL", "Page 3 of 12": a line in a
 * page's top or foot margin that recurs on other pages, or a page number) are never text. In a cell or paragraph, a
 * line starts a new paragraph when it stands apart by more than a line's height or the line before it ended
 * short (its next word would have fitted); a line starting with a bullet is a list item. A PDF with no text at
 * all (a scan) is refused.
 */
final class PdfBody {

	/** Words on one line differ in baseline by less than this many points. */
	static final double SAME_LINE = 2;

	/** A gap between lines of more than this many line heights starts a new paragraph. */
	static final double PARAGRAPH_GAP = 1.45;

	/** A gap between words on a line outside a table of more than this many line heights separates two cells. */
	static final double CELL_GAP = 2.5;

	/** A line this full (a share of its cell's width) was wrapped, if its next word would not have fitted. */
	static final double FULL = 0.85;

	/** A word fits on a line only with this many of its font's sizes to spare. */
	static final double FIT_TOLERANCE = 0.3;

	/** A word alone on its line ending closer than this many font sizes to its cell's edge was cut there. */
	static final double CUT_ROOM = 0.3;

	/** A page's top and foot margins, where running headers and footers stand, as shares of its height. */
	static final double MARGIN_BAND = 0.1;

	private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)(page )?# *((of|/) *#)?|- *# *-");

	private static final Pattern BULLET = Pattern.compile("^[•\uF0B7▪◦●■]\\s*");

	private PdfBody() {
	}

	/** A line of words in a cell or outside the tables. */
	record Line(List<Word> words) {

		double y() {
			return this.words.get(0).y();
		}

		double x() {
			return this.words.get(0).x();
		}

		double height() {
			return this.words.stream().mapToDouble(Word::height).max().orElse(10);
		}

		double right() {
			return this.words.stream().mapToDouble(Word::right).max().orElse(0);
		}

		String text() {
			return String.join(" ", this.words.stream().map(Word::text).toList());
		}

	}

	static List<PublishedTable.Block> read(String file, byte[] bytes) {
		return read(file, bytes, Limits.DEFAULTS);
	}

	static List<PublishedTable.Block> read(String file, byte[] bytes, Limits limits) {
		List<PdfPage> pages = new ArrayList<>();
		Limits.Deadline deadline = limits.deadline(file);
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			if (pdf.getNumberOfPages() > limits.maxPages()) {
				throw Limits.over(file, "the PDF's page count (" + pdf.getNumberOfPages() + ")", String.valueOf(limits.maxPages()),
						"import.max-pages");
			}
			for (PDPage page : pdf.getPages()) {
				checkContent(file, page, limits);
				deadline.check();
			}
			List<PublishedTable.Block> tagged = TaggedPdf.read(pdf);
			if (tagged != null) {
				return tagged;
			}
			for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
				pages.add(PdfPage.read(pdf, p));
				deadline.check();
			}
		}
		catch (DocumentException ex) {
			throw ex;
		}
		catch (InvalidPasswordException ex) {
			throw new DocumentException(file, 1, "the PDF is encrypted (password-protected): save it without a password");
		}
		catch (IOException | RuntimeException ex) {
			throw new DocumentException(file, 1, "not a readable PDF (damaged or truncated?): " + PublishedPlan.reason(ex));
		}
		if (pages.stream().allMatch(p -> p.words().isEmpty())) {
			throw new DocumentException(file, 1, "the PDF has no text layer (a scanned image?): only text can be read; "
					+ "import the Word or OpenDocument file it was made from, or a PDF exported from it");
		}
		return new Assembly(pages).blocks();
	}

	/**
	 * Refuses a page whose content, inflated, is over the limit, counted as it inflates and never held: a Flate
	 * stream (what Word and LibreOffice write) is inflated here from its raw bytes, since PDFBox decodes a stream
	 * whole into memory before handing it on (a page of a gigabyte would exhaust the heap); other filters go
	 * through PDFBox.
	 */
	private static void checkContent(String file, PDPage page, Limits limits) throws IOException {
		long total = 0;
		for (var contents = page.getContentStreams(); contents.hasNext();) {
			COSStream stream = contents.next().getCOSObject();
			COSBase filters = stream.getFilters();
			boolean flate = COSName.FLATE_DECODE.equals(filters) || filters instanceof COSArray a && a.size() == 1
					&& COSName.FLATE_DECODE.equals(a.getObject(0));
			try (InputStream in = flate ? new InflaterInputStream(stream.createRawInputStream()) : stream.createInputStream()) {
				byte[] buffer = new byte[64 * 1024];
				for (int n; (n = in.read(buffer)) > 0;) {
					total += n;
					if (total > limits.maxPageContentBytes()) {
						throw Limits.over(file, "the content of a PDF page, inflated,", Limits.size(limits.maxPageContentBytes()),
								"import.max-page-content-size");
					}
				}
			}
		}
	}

	/** The blocks of all pages, a table carried from one page to the next. */
	private static final class Assembly {

		private final List<PdfPage> pages;

		private final List<PublishedTable.Block> blocks = new ArrayList<>();

		private final Set<String> running;

		/** The table the last page ended with and its columns, or nulls. */
		private List<PublishedTable.Row> openRows;

		private Grid openGrid;

		/**
		 * The last row read of the open table, held until the next row says whether it goes on (a row cut by a page
		 * break), or null.
		 */
		private Pending pending;

		private int paragraphs;

		/**
		 * A row not yet written: its cells, each cell's lines, where it starts, the page it ends on, and whether it
		 * was left open (no rule under it).
		 */
		private record Pending(List<Cell> cells, List<List<Line>> texts, String location, int page, boolean open) {
		}

		Assembly(List<PdfPage> pages) {
			this.pages = pages;
			this.running = running(pages);
		}

		List<PublishedTable.Block> blocks() {
			List<List<Grid>> grids = new ArrayList<>();
			for (PdfPage page : this.pages) {
				grids.add(Lattice.grids(page.segments(), page.words()));
			}
			for (int p = 0; p < this.pages.size(); p++) {
				page(this.pages.get(p), grids.get(p), p + 1 < grids.size() ? grids.get(p + 1) : List.of());
			}
			closeTable();
			return this.blocks;
		}

		private void page(PdfPage page, List<Grid> grids, List<Grid> next) {
			List<Word> outside = page.words().stream().filter(w -> grids.stream().noneMatch(g -> g.holds(w))).toList();
			List<Line> lines = lines(outside).stream().filter(l -> !isRunning(page, l)).toList();
			double right = Math.max(page.width() - page.words().stream().mapToDouble(Word::x).min().orElse(0),
					lines.stream().mapToDouble(Line::right).max().orElse(0));
			int line = 0;
			for (int g = 0; g < grids.size(); g++) {
				Grid grid = grids.get(g);
				List<Line> above = new ArrayList<>();
				while (line < lines.size() && lines.get(line).y() < grid.top()) {
					above.add(lines.get(line++));
				}
				boolean continues = g == 0 && above.isEmpty() && this.openGrid != null && this.openGrid.sameColumns(grid);
				if (!continues) {
					closeTable();
					outside(above, page.number(), right);
				}
				table(page, grid, continues);
			}
			List<Line> below = lines.subList(line, lines.size());
			Grid last = this.openGrid;
			if (last != null && !below.isEmpty() && !next.isEmpty() && last.sameColumns(next.get(0))
					&& below.stream().allMatch(l -> l.x() >= last.left() - Lattice.MEETS && l.right() <= last.right() + Lattice.MEETS)) {
				// the words under the last rule of the page are a row cut by the page break
				write(null);
				this.pending = openRow(last, below.stream().flatMap(l -> l.words().stream()).toList(), page.number(),
						"page " + page.number() + ", row " + last.ys().length);
				return;
			}
			if (!below.isEmpty()) {
				closeTable();
				outside(below, page.number(), right);
			}
		}

		private void table(PdfPage page, Grid grid, boolean continues) {
			if (!continues) {
				this.openRows = new ArrayList<>();
				this.blocks.add(new PublishedTable.Table(this.openRows));
			}
			this.openGrid = grid;
			Map<Cell, List<Word>> byCell = new HashMap<>();
			for (Word w : page.words()) {
				if (grid.holds(w)) {
					for (Cell c : grid.cells()) {
						if (c.holds(w)) {
							byCell.computeIfAbsent(c, k -> new ArrayList<>()).add(w);
							break;
						}
					}
				}
			}
			for (int r = 0; r + 1 < grid.ys().length; r++) {
				List<Cell> cells = new ArrayList<>();
				for (Cell c : grid.cells()) {
					if (c.row() <= r && r < c.row() + c.rows()) {
						cells.add(c);
					}
				}
				cells.sort(Comparator.comparingInt(Cell::column));
				List<List<Line>> texts = new ArrayList<>();
				for (Cell c : cells) {
					texts.add(c.row() == r ? lines(byCell.getOrDefault(c, List.of())) : List.of());
				}
				if (texts.stream().allMatch(List::isEmpty)) {
					continue;
				}
				Pending row = new Pending(cells, texts, "page " + page.number() + ", row " + (r + 1), page.number(), false);
				if (continues && isHeader(row)) {
					// the header repeated on a new page: the row before it may still go on after it
					continue;
				}
				write(row);
			}
		}

		/**
		 * Writes the row held before this one, joined with this one when this one goes on from it across a page
		 * break, and holds this one; with null, writes the row held.
		 */
		private void write(Pending row) {
			Pending held = this.pending;
			this.pending = row;
			if (held == null) {
				return;
			}
			if (row != null && goesOn(held, row)) {
				List<List<Line>> joined = new ArrayList<>();
				for (int c = 0; c < held.texts().size(); c++) {
					List<Line> cell = new ArrayList<>(held.texts().get(c));
					cell.addAll(row.texts().get(c));
					joined.add(cell);
				}
				this.pending = new Pending(held.cells(), joined, held.location(), row.page(), false);
				return;
			}
			this.openRows.add(row(held.cells(), held.texts(), held.location()));
		}

		/**
		 * Whether a row is the rest of the one before it, cut by a page break: the one before was left open (no rule
		 * under it), or this one has no number and a cell of it continues the same cell's last line above (it starts
		 * in lower case, or its first word would not have fitted there).
		 */
		private boolean goesOn(Pending held, Pending row) {
			if (held.page() == row.page() || held.texts().size() != row.texts().size()) {
				return false;
			}
			if (held.open()) {
				return true;
			}
			if (!row.texts().get(0).isEmpty()) {
				return false;
			}
			for (int c = 0; c < row.texts().size(); c++) {
				List<Line> above = held.texts().get(c);
				List<Line> below = row.texts().get(c);
				if (!above.isEmpty() && !below.isEmpty()
						&& cut(above.get(above.size() - 1), below.get(0), right(held.cells().get(c), above))) {
					return true;
				}
			}
			return false;
		}

		/**
		 * Whether a cell's last line on one page plainly goes on in the first line on the next: that one starts in
		 * lower case, or this one ends in a hyphen, or this one is nearly full, ends with no stop and its
		 * next word would not have fitted. (A row that ends where a paragraph ends, on a page's last line, cannot be
		 * told from a whole row and is read as two.)
		 */
		private static boolean cut(Line last, Line next, double right) {
			String end = last.text();
			String start = next.text();
			if (Character.isLowerCase(start.charAt(0)) || end.endsWith("-")) {
				return true;
			}
			double width = right - last.x();
			boolean full = width > 0 && (last.right() - last.x()) / width >= FULL;
			return full && !end.matches(".*[.:;!?)]$") && wrapped(last, next, right);
		}

		private boolean isHeader(Pending row) {
			List<String> texts = new ArrayList<>();
			for (List<Line> t : row.texts()) {
				texts.add(String.join(" ", t.stream().map(Line::text).toList()));
			}
			return PublishedTable.isHeader(texts);
		}

		/** Writes the held row and ends the open table. */
		private void closeTable() {
			write(null);
			this.openRows = null;
			this.openGrid = null;
		}

		/** A row cut at a page's foot with no rule under it: its words by the table's columns. */
		private static Pending openRow(Grid grid, List<Word> words, int page, String location) {
			int columns = grid.xs().length - 1;
			List<List<Word>> byColumn = new ArrayList<>();
			List<Cell> cells = new ArrayList<>();
			for (int c = 0; c < columns; c++) {
				byColumn.add(new ArrayList<>());
				cells.add(new Cell(0, c, 1, 1, grid.xs()[c], grid.bottom(), grid.xs()[c + 1], grid.bottom()));
			}
			for (Word w : words) {
				int c = 0;
				while (c + 1 < columns && w.middleX() >= grid.xs()[c + 1]) {
					c++;
				}
				byColumn.get(c).add(w);
			}
			List<List<Line>> texts = new ArrayList<>();
			byColumn.forEach(ws -> texts.add(lines(ws)));
			return new Pending(cells, texts, location, page, true);
		}

		/** Where a cell's lines must end: its right edge less the padding its text keeps from its left edge. */
		private static double right(Cell cell, List<Line> lines) {
			if (!Double.isNaN(cell.reach())) {
				return cell.reach() + FIT_TOLERANCE;
			}
			double padding = lines.stream().mapToDouble(Line::x).min().orElse(cell.left()) - cell.left();
			return cell.right() - Math.max(0, Math.min(padding, 10));
		}

		private PublishedTable.Row row(List<Cell> cells, List<List<Line>> texts, String location) {
			List<PublishedTable.Cell> out = new ArrayList<>();
			for (int c = 0; c < cells.size(); c++) {
				Cell cell = cells.get(c);
				out.add(new PublishedTable.Cell(paragraphs(texts.get(c), right(cell, texts.get(c)), Double.isNaN(cell.reach())),
						cell.columns()));
			}
			return new PublishedTable.Row(out, location);
		}

		/** Lines outside the tables: paragraphs, or rows of a small unruled table (a line with wide gaps). */
		private void outside(List<Line> lines, int page, double right) {
			List<Line> paragraph = new ArrayList<>();
			for (Line line : lines) {
				List<List<Word>> parts = split(line);
				if (parts.size() > 1) {
					flush(paragraph, page, right);
					List<PublishedTable.Cell> cells = parts.stream()
						.map(p -> new PublishedTable.Cell(List.of(new Line(p).text()), 1))
						.toList();
					this.blocks.add(new PublishedTable.Table(List.of(new PublishedTable.Row(cells, "page " + page))));
				}
				else {
					paragraph.add(line);
				}
			}
			flush(paragraph, page, right);
		}

		private void flush(List<Line> lines, int page, double right) {
			List<String> texts = new ArrayList<>();
			List<Boolean> items = new ArrayList<>();
			runs(lines, right, false, texts, items);
			for (String text : PublishedTable.withBullets(texts, items)) {
				this.paragraphs++;
				this.blocks.add(new PublishedTable.Paragraph(text, "page " + page + ", paragraph " + this.paragraphs));
			}
			lines.clear();
		}

		/** Whether a line outside the tables is a running header or footer. */
		private boolean isRunning(PdfPage page, Line line) {
			return inMargin(page, line) && this.running.contains(key(line));
		}

		/** The lines in the top and foot margins that recur on two pages or more, or are page numbers. */
		private static Set<String> running(List<PdfPage> pages) {
			Map<String, Integer> seen = new HashMap<>();
			for (PdfPage page : pages) {
				Set<String> onPage = new HashSet<>();
				for (Line line : lines(page.words())) {
					if (inMargin(page, line)) {
						onPage.add(key(line));
					}
				}
				onPage.forEach(k -> seen.merge(k, 1, Integer::sum));
			}
			Set<String> running = new HashSet<>();
			seen.forEach((k, n) -> {
				if (n >= 2 || PAGE_NUMBER.matcher(k).matches()) {
					running.add(k);
				}
			});
			return running;
		}

		private static boolean inMargin(PdfPage page, Line line) {
			return line.y() < MARGIN_BAND * page.height() || line.y() > (1 - MARGIN_BAND) * page.height();
		}

		private static String key(Line line) {
			return line.text().replaceAll("\\d+", "#").strip();
		}

	}

	/**
	 * Lines into paragraphs: a gap wider than a line starts one, and so does a line after one that ended short
	 * (its first word would have fitted before {@code right}); a line starting with a bullet is a list item,
	 * continued by the lines after it.
	 */
	static List<String> paragraphs(List<Line> lines, double right, boolean ruled) {
		List<String> texts = new ArrayList<>();
		List<Boolean> items = new ArrayList<>();
		runs(lines, right, ruled, texts, items);
		return PublishedTable.withBullets(texts, items);
	}

	private static void runs(List<Line> lines, double right, boolean ruled, List<String> texts, List<Boolean> items) {
		Line previous = null;
		for (Line line : lines) {
			String text = line.text();
			var bullet = BULLET.matcher(text);
			// a line above the one before it is on the next page: only whether the line before was wrapped tells
			boolean newParagraph = previous == null
					|| line.y() - previous.y() > PARAGRAPH_GAP * previous.height()
					|| !wrapped(previous, line, right);
			if (bullet.find() && text.length() > bullet.end()) {
				texts.add(text.substring(bullet.end()));
				items.add(true);
			}
			else if (newParagraph) {
				texts.add(text);
				items.add(false);
			}
			else {
				String before = texts.get(texts.size() - 1);
				texts.set(texts.size() - 1, before + (broken(previous, line, right, ruled) ? "" : " ") + text);
			}
			previous = line;
		}
	}

	/**
	 * Whether a word was broken between two lines, so that they join with no space: at its hyphen ("user-" /
	 * "friendly"), or, where rules give the cell's edge ({@code ruled}), where a word wider than its column was cut
	 * (alone on its line, reaching the edge, the next line going on in lower case).
	 */
	private static boolean broken(Line previous, Line next, double right, boolean ruled) {
		String before = previous.text();
		String after = next.text();
		if (before.length() < 2 || !Character.isLetterOrDigit(after.charAt(0))) {
			return false;
		}
		if (before.endsWith("-") && Character.isLetterOrDigit(before.charAt(before.length() - 2))) {
			return true;
		}
		return ruled && previous.words().size() == 1 && right - previous.right() <= CUT_ROOM * previous.height()
				&& Character.isLetter(before.charAt(before.length() - 1)) && Character.isLowerCase(after.charAt(0));
	}

	/**
	 * Whether a line was wrapped into the next (so they are one paragraph): the next line starts in lower case, or
	 * its first word would not have fitted after it.
	 */
	private static boolean wrapped(Line previous, Line next, double right) {
		String text = next.text();
		if (!text.isEmpty() && Character.isLowerCase(text.charAt(0))) {
			return true;
		}
		Word first = next.words().get(0);
		double firstWordWidth = first.right() - first.x();
		double space = first.height() / 4;
		// a word that would fit only by a hair did not: the producer's padding and spacing are not known exactly
		return previous.right() + space + firstWordWidth > right - FIT_TOLERANCE * first.height();
	}

	private static List<List<Word>> split(Line line) {
		List<List<Word>> parts = new ArrayList<>();
		List<Word> current = new ArrayList<>();
		Word previous = null;
		for (Word w : line.words()) {
			if (previous != null && w.x() - previous.right() > CELL_GAP * w.height()) {
				parts.add(current);
				current = new ArrayList<>();
			}
			current.add(w);
			previous = w;
		}
		parts.add(current);
		return parts;
	}

	static List<Line> lines(List<Word> words) {
		List<Word> sorted = new ArrayList<>(words);
		sorted.sort(Comparator.comparingDouble(Word::y).thenComparingDouble(Word::x));
		List<Line> lines = new ArrayList<>();
		List<Word> current = new ArrayList<>();
		for (Word w : sorted) {
			if (!current.isEmpty() && Math.abs(w.y() - current.get(0).y()) > SAME_LINE) {
				lines.add(line(current));
				current = new ArrayList<>();
			}
			current.add(w);
		}
		if (!current.isEmpty()) {
			lines.add(line(current));
		}
		return lines;
	}

	private static Line line(List<Word> words) {
		List<Word> byX = new ArrayList<>(words);
		byX.sort(Comparator.comparingDouble(Word::x));
		return new Line(byX);
	}

}

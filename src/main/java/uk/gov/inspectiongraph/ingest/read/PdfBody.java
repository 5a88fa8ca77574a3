package uk.gov.inspectiongraph.ingest.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import uk.gov.inspectiongraph.model.Keys;

/**
 * A PDF's body, read with PDFBox 3: the words of each page with their positions, and the horizontal ruling lines.
 * The table's columns are where the six header cells are; its rows lie between ruling lines as wide as the table;
 * a row left open at the foot of a page (no rule under it) continues after the header repeated on the next page.
 * In a cell, lines further apart than a line's height start a new paragraph, and a line starting with "•" is a
 * bullet of the paragraph above. Text outside the table is paragraphs; a line of it with wide gaps (the closing
 * totals table) is a row of cells.
 */
final class PdfBody {

	/** Words on one line differ in baseline by less than this many points. */
	static final double SAME_LINE = 2;

	/** A gap between a cell's lines of more than this many line heights starts a new paragraph. */
	static final double PARAGRAPH_GAP = 1.45;

	/** A rule at least this share of the table's width belongs to the table (the totals table's are narrower). */
	static final double TABLE_RULE = 0.9;

	/** A gap between words on a line of more than this many line heights separates two cells. */
	static final double CELL_GAP = 2.5;

	/** Room kept free at a column's right edge (cell padding and rounding), in points. */
	static final double COLUMN_PADDING = 4;

	private PdfBody() {
	}

	/** A run of text on a line (the stripper's words may hold spaces), and where its first word ends. */
	record Word(String text, double x, double right, double y, double height, double firstRight) {
	}

	record Rule(double y, double x1, double x2) {
	}

	/** A line of words in a cell or outside the table. */
	record Line(List<Word> words) {

		double y() {
			return this.words.get(0).y();
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
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			return new Reader(pdf).read();
		}
		catch (InvalidPasswordException ex) {
			throw new DocumentException(file, 1, "the PDF is encrypted (password-protected): save it without a password");
		}
		catch (IOException | RuntimeException ex) {
			throw new DocumentException(file, 1, "not a readable PDF (damaged or truncated?): " + PublishedPlan.reason(ex));
		}
	}

	private static final class Reader {

		private final PDDocument pdf;

		private final List<PublishedTable.Block> blocks = new ArrayList<>();

		private List<PublishedTable.Row> planRows;

		/** Column left edges, and the table's right edge. */
		private double[] columns;

		/** The cells of a row left open at the foot of the last page, or null. */
		private List<List<Line>> open;

		private String openLocation;

		private int paragraphs;

		Reader(PDDocument pdf) {
			this.pdf = pdf;
		}

		/** Each page's words, extracted once: a page also tells the one before it whether the table goes on. */
		private final List<List<Word>> pageWords = new ArrayList<>();

		List<PublishedTable.Block> read() throws IOException {
			int pages = this.pdf.getNumberOfPages();
			for (int p = 1; p <= pages; p++) {
				this.pageWords.add(words(p));
			}
			for (int p = 1; p <= pages; p++) {
				page(p, this.pageWords.get(p - 1), rules(this.pdf.getPage(p - 1)));
			}
			if (this.open != null) {
				closeRow(this.open, this.openLocation);
			}
			return this.blocks;
		}

		private void page(int number, List<Word> words, List<Rule> rules) {
			List<Line> lines = lines(words);
			int header = -1;
			for (int i = 0; i < lines.size() && header < 0; i++) {
				if (isHeaderLine(lines.get(i))) {
					header = i;
				}
			}
			double tableTop = Double.MAX_VALUE;
			List<Rule> tableRules = List.of();
			if (header >= 0) {
				double headerY = lines.get(header).y();
				Rule above = rules.stream().filter(r -> r.y() < headerY).max(Comparator.comparingDouble(Rule::y)).orElse(null);
				Rule below = rules.stream().filter(r -> r.y() > headerY).min(Comparator.comparingDouble(Rule::y)).orElse(null);
				double top = above == null ? headerY - lines.get(header).height() : above.y();
				double bottom = below == null ? headerY + 1 : below.y();
				List<Word> headerWords = words.stream().filter(w -> w.y() > top && w.y() <= bottom).toList();
				double[] found = columns(headerWords);
				if (found != null) {
					this.columns = found;
					if (this.planRows == null) {
						// the text above the table comes before it
						outside(lines.stream().filter(l -> l.y() < top).toList(), number);
						lines = lines.stream().filter(l -> l.y() >= top).toList();
						this.planRows = new ArrayList<>();
						PublishedTable.Row row = row(cells(headerWords), "page " + number + ", row 1");
						this.planRows.add(row);
						this.blocks.add(new PublishedTable.Table(this.planRows));
					}
					tableTop = top;
					double left = this.columns[0];
					double width = this.columns[this.columns.length - 1] - left;
					tableRules = rules.stream()
						.filter(r -> r.y() >= bottom - 0.5 && r.x2() - r.x1() >= TABLE_RULE * width
								&& r.x1() <= left + 0.1 * width)
						.sorted(Comparator.comparingDouble(Rule::y))
						.toList();
				}
			}
			if (tableRules.isEmpty()) {
				if (this.open != null) {
					closeRow(this.open, this.openLocation);
					this.open = null;
				}
				outside(lines, number);
				return;
			}
			double tableBottom = tableRules.get(tableRules.size() - 1).y();
			double finalTop = tableTop;
			outside(lines.stream().filter(l -> l.y() < finalTop).toList(), number);
			int rowNumber = 1;
			for (int i = 0; i + 1 < tableRules.size(); i++) {
				double from = tableRules.get(i).y();
				double to = tableRules.get(i + 1).y();
				List<Word> inRow = words.stream().filter(w -> w.y() > from && w.y() <= to).toList();
				if (inRow.isEmpty()) {
					continue;
				}
				rowNumber++;
				List<List<Line>> cells = cells(inRow);
				if (this.open != null) {
					for (int c = 0; c < cells.size(); c++) {
						this.open.get(c).addAll(cells.get(c));
					}
					cells = this.open;
					this.open = null;
				}
				closeRow(cells, "page " + number + ", row " + rowNumber);
			}
			List<Word> below = words.stream().filter(w -> w.y() > tableBottom).toList();
			if (!below.isEmpty() && nextPageHasHeader(number)) {
				this.open = cells(below);
				this.openLocation = "page " + number + ", row " + (rowNumber + 1);
			}
			else {
				outside(lines(below), number);
			}
		}

		private boolean nextPageHasHeader(int number) {
			return number < this.pageWords.size()
					&& lines(this.pageWords.get(number)).stream().anyMatch(Reader::isHeaderLine);
		}

		/**
		 * The first line of the table's header: it starts with "Rec" ("1. Rec No", the "No" maybe wrapped below)
		 * and names the recommendation and the response, owner or target columns.
		 */
		private static boolean isHeaderLine(Line line) {
			String key = Keys.key(line.text()).replaceFirst("^\\d", "");
			return key.startsWith("rec") && key.contains("recommendation")
					&& (key.contains("response") || key.contains("owner") || key.contains("target"));
		}

		private void closeRow(List<List<Line>> cells, String location) {
			PublishedTable.Row row = row(cells, location);
			if (this.planRows != null) {
				this.planRows.add(row);
			}
		}

		/** The six column left edges (and the right edge) from the header's words, or null when they are not six. */
		private static double[] columns(List<Word> headerWords) {
			List<Word> sorted = new ArrayList<>(headerWords);
			sorted.sort(Comparator.comparingDouble(Word::x));
			List<double[]> clusters = new ArrayList<>();
			for (Word w : sorted) {
				double[] last = clusters.isEmpty() ? null : clusters.get(clusters.size() - 1);
				if (last != null && w.x() <= last[1] + w.height()) {
					last[1] = Math.max(last[1], w.right());
				}
				else {
					clusters.add(new double[] { w.x(), w.right() });
				}
			}
			if (clusters.size() != 6) {
				return null;
			}
			double[] edges = new double[7];
			for (int i = 0; i < 6; i++) {
				edges[i] = clusters.get(i)[0] - 2;
			}
			edges[6] = clusters.get(5)[1] + 2;
			for (Word w : headerWords) {
				edges[6] = Math.max(edges[6], w.right() + 2);
			}
			return edges;
		}

		/** A row's words by column, each column's as lines. */
		private List<List<Line>> cells(List<Word> words) {
			List<List<Word>> byColumn = new ArrayList<>();
			for (int c = 0; c < 6; c++) {
				byColumn.add(new ArrayList<>());
			}
			for (Word w : words) {
				int c = 0;
				while (c < 5 && w.x() >= this.columns[c + 1]) {
					c++;
				}
				byColumn.get(c).add(w);
			}
			List<List<Line>> cells = new ArrayList<>();
			for (List<Word> column : byColumn) {
				cells.add(new ArrayList<>(lines(column)));
			}
			return cells;
		}

		private PublishedTable.Row row(List<List<Line>> cells, String location) {
			List<PublishedTable.Cell> out = new ArrayList<>();
			for (int c = 0; c < cells.size(); c++) {
				double right = this.columns[c + 1];
				out.add(new PublishedTable.Cell(paragraphs(cells.get(c), right), 1));
			}
			return new PublishedTable.Row(out, location);
		}

		/**
		 * A cell's lines into paragraphs: a gap wider than a line starts one, and so does a page break after a line
		 * that was not wrapped; a line starting with "•" is a bullet (the lines after it continue it).
		 */
		private static List<String> paragraphs(List<Line> lines, double right) {
			List<String> texts = new ArrayList<>();
			List<Boolean> items = new ArrayList<>();
			Line previous = null;
			for (Line line : lines) {
				String text = line.text();
				boolean newParagraph = previous == null
						|| line.y() > previous.y() && line.y() - previous.y() > PARAGRAPH_GAP * previous.height()
						|| line.y() < previous.y() && !wrapped(previous, line, right);
				if (text.startsWith("•")) {
					texts.add(text.substring(1).strip());
					items.add(true);
				}
				else if (newParagraph) {
					texts.add(text);
					items.add(false);
				}
				else {
					texts.set(texts.size() - 1, texts.get(texts.size() - 1) + " " + text);
				}
				previous = line;
			}
			return PublishedTable.withBullets(texts, items);
		}

		/**
		 * Whether a cell's line at the foot of a page was wrapped into the first line of the next page (so they are
		 * one paragraph): the next line starts in lower case, or its first word would not have fitted after it.
		 */
		private static boolean wrapped(Line previous, Line next, double right) {
			String text = next.text();
			if (!text.isEmpty() && Character.isLowerCase(text.charAt(0))) {
				return true;
			}
			Word first = next.words().get(0);
			double firstWordWidth = first.firstRight() - first.x();
			double space = first.height() / 4;
			return previous.right() + space + firstWordWidth > right - COLUMN_PADDING;
		}

		/** Lines outside the table: paragraphs (lines close together), or rows of a small table (wide gaps). */
		private void outside(List<Line> lines, int page) {
			StringBuilder paragraph = null;
			Line previous = null;
			for (Line line : lines) {
				List<List<Word>> parts = split(line);
				if (parts.size() > 1) {
					flush(paragraph, page);
					paragraph = null;
					List<PublishedTable.Cell> cells = parts.stream()
						.map(p -> new PublishedTable.Cell(List.of(new Line(p).text()), 1))
						.toList();
					this.blocks.add(new PublishedTable.Table(List.of(new PublishedTable.Row(cells, "page " + page))));
				}
				else if (paragraph != null && previous != null && line.y() - previous.y() <= PARAGRAPH_GAP * previous.height()) {
					paragraph.append(' ').append(line.text());
				}
				else {
					flush(paragraph, page);
					paragraph = new StringBuilder(line.text());
				}
				previous = line;
			}
			flush(paragraph, page);
		}

		private void flush(StringBuilder paragraph, int page) {
			if (paragraph != null) {
				this.paragraphs++;
				this.blocks.add(new PublishedTable.Paragraph(paragraph.toString(), "page " + page + ", paragraph " + this.paragraphs));
			}
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

		private static List<Line> lines(List<Word> words) {
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

		private List<Word> words(int page) throws IOException {
			List<Word> words = new ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper() {

				@Override
				protected void writeString(String text, List<TextPosition> positions) {
					if (text.isBlank() || positions.isEmpty()) {
						return;
					}
					TextPosition first = positions.get(0);
					TextPosition last = positions.get(positions.size() - 1);
					double height = positions.stream().mapToDouble(TextPosition::getFontSizeInPt).max().orElse(10);
					double firstRight = last.getXDirAdj() + last.getWidthDirAdj();
					for (int i = 1; i < positions.size(); i++) {
						if (positions.get(i).getUnicode().isBlank()) {
							TextPosition before = positions.get(i - 1);
							firstRight = before.getXDirAdj() + before.getWidthDirAdj();
							break;
						}
					}
					words.add(new Word(text.strip(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
							first.getYDirAdj(), height, firstRight));
				}

			};
			stripper.setSortByPosition(true);
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			stripper.getText(this.pdf);
			return words;
		}

		private static List<Rule> rules(PDPage page) throws IOException {
			List<Rule> rules = new ArrayList<>();
			float height = page.getMediaBox().getHeight();
			PDFGraphicsStreamEngine engine = new PDFGraphicsStreamEngine(page) {

				private Point2D.Float current = new Point2D.Float();

				private final List<Point2D.Float[]> path = new ArrayList<>();

				@Override
				public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
					double top = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
					double bottom = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
					double left = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
					double right = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
					if (bottom - top <= 2 && right - left > 2) {
						this.path.add(new Point2D.Float[] { new Point2D.Float((float) left, (float) top),
								new Point2D.Float((float) right, (float) top) });
					}
				}

				@Override
				public void moveTo(float x, float y) {
					this.current = new Point2D.Float(x, y);
				}

				@Override
				public void lineTo(float x, float y) {
					this.path.add(new Point2D.Float[] { this.current, new Point2D.Float(x, y) });
					this.current = new Point2D.Float(x, y);
				}

				@Override
				public void strokePath() {
					flushPath();
				}

				@Override
				public void fillPath(int windingRule) {
					flushPath();
				}

				@Override
				public void fillAndStrokePath(int windingRule) {
					flushPath();
				}

				@Override
				public void endPath() {
					this.path.clear();
				}

				private void flushPath() {
					for (Point2D.Float[] s : this.path) {
						if (Math.abs(s[0].y - s[1].y) <= 1 && Math.abs(s[0].x - s[1].x) > 2) {
							rules.add(new Rule(height - s[0].y, Math.min(s[0].x, s[1].x), Math.max(s[0].x, s[1].x)));
						}
					}
					this.path.clear();
				}

				@Override
				public void drawImage(PDImage image) {
				}

				@Override
				public void clip(int windingRule) {
				}

				@Override
				public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
					this.current = new Point2D.Float(x3, y3);
				}

				@Override
				public Point2D getCurrentPoint() {
					return this.current;
				}

				@Override
				public void closePath() {
				}

				@Override
				public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
				}

			};
			engine.processPage(page);
			return rules;
		}

	}

}

package uk.gov.inspectiongraph.ingest.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import uk.gov.inspectiongraph.ingest.plan.ColumnRoles.Heading;
import uk.gov.inspectiongraph.ingest.plan.ColumnRoles.Row;
import uk.gov.inspectiongraph.ingest.plan.ColumnRoles.TableLine;
import uk.gov.inspectiongraph.ingest.plan.ColumnRoles.Total;
import uk.gov.inspectiongraph.ingest.read.Text;

/**
 * Writes a plan as it would be published, from its text's reading: the preamble's paragraphs, then one table of
 * six columns (a heading as one merged cell, a cell's paragraphs and bullets as such, the header repeated every
 * {@value #HEADER_EVERY} rows as a converted document repeats it), then the closing totals table. DOCX with
 * Apache POI; ODT as its content.xml; PDF with PDFBox, wrapping each cell in its column, ruling each row, and
 * splitting a row that does not fit at the foot of a page, the header repeated on the next.
 */
public final class PublishedWriters {

	public static final int HEADER_EVERY = 15;

	public static final List<String> HEADER = List.of("1. Rec No", "2. Recommendation", "3. Agreed/ Partly Agreed/ Not Agreed",
			"4. Response Action Taken/Planned", "5. Responsible Owner", "6. Target Date");

	/** A cell as paragraphs, each a list of parts: the text before its first bullet, then each bullet. */
	public record Cell(List<List<String>> paragraphs) {

		public static Cell of(String raw) {
			List<List<String>> ps = new ArrayList<>();
			for (String p : Commitments.paragraphs(raw)) {
				List<String> parts = new ArrayList<>();
				for (String part : p.split("\\s*•\\s*", -1)) {
					parts.add(part.strip());
				}
				ps.add(parts);
			}
			return new Cell(ps);
		}

	}

	/** A plan to write: preamble paragraphs, rows of six cells (or one heading), totals. */
	public record Plan(List<String> preamble, List<List<Cell>> rows, List<String> headings, List<String[]> totals) {
	}

	private PublishedWriters() {
	}

	/** The plan of a text document, read with the text's own stages up to the table's column roles. */
	public static Plan plan(List<String> lines) {
		int header = 0;
		while (!ActionPlanParser.HEADER_ROW.matcher(lines.get(header).strip()).find()) {
			header++;
		}
		List<String> preamble = lines.subList(0, header).stream().map(Text::clean).filter(l -> !l.isEmpty()).toList();
		ParsedDocument scratch = new ParsedDocument("scratch.txt", "0", lines);
		List<TableLine> table = new ColumnRoles(Vocabulary.bundled(), OwnerDirectory.bundled()).read(scratch, lines, header + 1);
		List<List<Cell>> rows = new ArrayList<>();
		List<String> headings = new ArrayList<>();
		List<String[]> totals = new ArrayList<>();
		for (TableLine line : table) {
			if (line instanceof Heading h) {
				rows.add(null);
				headings.add(h.text());
			}
			else if (line instanceof Row r) {
				rows.add(List.of(Cell.of(r.number()), Cell.of(r.recommendation()), Cell.of(r.agreement()),
						Cell.of(r.response()), Cell.of(r.owner()), Cell.of(r.target())));
			}
			else if (line instanceof Total t) {
				String label = switch (t.label()) {
					case "AGREED" -> "Agreed";
					case "PARTLY_AGREED" -> "Partly Agreed";
					case "NOT_AGREED" -> "Not Agreed";
					default -> "Total";
				};
				totals.add(new String[] { label, String.valueOf(t.count()) });
			}
		}
		return new Plan(preamble, rows, headings, totals);
	}

	// ------------------------------------------------------------------ DOCX

	public static byte[] docx(Plan plan) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			plan.preamble().forEach(p -> doc.createParagraph().createRun().setText(p));
			XWPFTable table = doc.createTable(1, 6);
			header(table.getRow(0));
			int headings = 0;
			int written = 0;
			for (List<Cell> row : plan.rows()) {
				if (++written % HEADER_EVERY == 0) {
					header(table.createRow());
				}
				XWPFTableRow r = table.createRow();
				if (row == null) {
					XWPFTableCell c = r.getCell(0);
					c.getParagraphs().get(0).createRun().setText(plan.headings().get(headings++));
					c.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(6));
					for (int i = 5; i >= 1; i--) {
						r.removeCell(i);
					}
					continue;
				}
				for (int i = 0; i < 6; i++) {
					docxCell(r.getCell(i), row.get(i));
				}
			}
			if (!plan.totals().isEmpty()) {
				doc.createParagraph();
				XWPFTable totals = doc.createTable(1, 2);
				totals.getRow(0).getCell(0).getParagraphs().get(0).createRun().setText("Recommendations");
				for (String[] t : plan.totals()) {
					XWPFTableRow r = totals.createRow();
					r.getCell(0).getParagraphs().get(0).createRun().setText(t[0]);
					r.getCell(1).getParagraphs().get(0).createRun().setText(t[1]);
				}
			}
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void header(XWPFTableRow row) {
		for (int i = 0; i < 6; i++) {
			row.getCell(i).getParagraphs().get(0).createRun().setText(HEADER.get(i));
		}
	}

	private static void docxCell(XWPFTableCell cell, Cell content) {
		docxCell(cell, content, (p, text) -> p.createRun().setText(text),
				p -> p.getCTP().addNewPPr().addNewNumPr().addNewNumId().setVal(BigInteger.ONE));
	}

	/**
	 * A cell's paragraphs into a DOCX cell: each paragraph's text, then each of its bullets as a paragraph of its
	 * own marked as a list item, written and marked as the caller says.
	 */
	public static void docxCell(XWPFTableCell cell, Cell content, BiConsumer<XWPFParagraph, String> write,
			Consumer<XWPFParagraph> listItem) {
		boolean first = true;
		for (List<String> paragraph : content.paragraphs()) {
			for (int k = 0; k < paragraph.size(); k++) {
				if (k == 0 && paragraph.get(0).isEmpty()) {
					continue;
				}
				XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
				first = false;
				write.accept(p, paragraph.get(k));
				if (k > 0) {
					listItem.accept(p);
				}
			}
		}
	}

	// ------------------------------------------------------------------ ODT

	public static byte[] odt(Plan plan) {
		StringBuilder x = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8"?>
				<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
				 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
				 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3">
				<office:body><office:text>
				""");
		plan.preamble().forEach(p -> x.append("<text:p>").append(xml(p)).append("</text:p>\n"));
		x.append("<table:table table:name=\"Plan\"><table:table-column table:number-columns-repeated=\"6\"/>\n");
		x.append("<table:table-header-rows>").append(odtHeader()).append("</table:table-header-rows>\n");
		int headings = 0;
		int written = 0;
		for (List<Cell> row : plan.rows()) {
			if (++written % HEADER_EVERY == 0) {
				x.append(odtHeader());
			}
			x.append("<table:table-row>");
			if (row == null) {
				x.append("<table:table-cell table:number-columns-spanned=\"6\"><text:p>")
					.append(xml(plan.headings().get(headings++)))
					.append("</text:p></table:table-cell>")
					.append("<table:covered-table-cell/>".repeat(5));
			}
			else {
				for (Cell cell : row) {
					x.append("<table:table-cell office:value-type=\"string\">");
					for (List<String> paragraph : cell.paragraphs()) {
						if (!paragraph.get(0).isEmpty()) {
							x.append("<text:p>").append(xml(paragraph.get(0)).replace("  ", " <text:s/>")).append("</text:p>");
						}
						if (paragraph.size() > 1) {
							x.append("<text:list>");
							paragraph.subList(1, paragraph.size())
								.forEach(b -> x.append("<text:list-item><text:p>").append(xml(b)).append("</text:p></text:list-item>"));
							x.append("</text:list>");
						}
					}
					x.append("</table:table-cell>");
				}
			}
			x.append("</table:table-row>\n");
		}
		x.append("</table:table>\n");
		if (!plan.totals().isEmpty()) {
			x.append("<table:table table:name=\"Totals\"><table:table-column table:number-columns-repeated=\"2\"/>")
				.append("<table:table-row><table:table-cell table:number-columns-spanned=\"2\"><text:p>Recommendations</text:p>")
				.append("</table:table-cell><table:covered-table-cell/></table:table-row>");
			for (String[] t : plan.totals()) {
				x.append("<table:table-row><table:table-cell><text:p>").append(t[0])
					.append("</text:p></table:table-cell><table:table-cell><text:p>").append(t[1])
					.append("</text:p></table:table-cell></table:table-row>");
			}
			x.append("</table:table>\n");
		}
		x.append("</office:text></office:body></office:document-content>\n");
		return zip("application/vnd.oasis.opendocument.text", x.toString(), """
				<?xml version="1.0" encoding="UTF-8"?>
				<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
				 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
				 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
				</manifest:manifest>
				""");
	}

	private static String odtHeader() {
		StringBuilder x = new StringBuilder("<table:table-row>");
		HEADER.forEach(h -> x.append("<table:table-cell><text:p>").append(xml(h)).append("</text:p></table:table-cell>"));
		return x.append("</table:table-row>\n").toString();
	}

	public static byte[] zip(String mimetype, String content, String manifest) {
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
			byte[] m = mimetype.getBytes(StandardCharsets.US_ASCII);
			ZipEntry entry = new ZipEntry("mimetype");
			entry.setMethod(ZipEntry.STORED);
			entry.setSize(m.length);
			CRC32 crc = new CRC32();
			crc.update(m);
			entry.setCrc(crc.getValue());
			zip.putNextEntry(entry);
			zip.write(m);
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
			zip.write(manifest.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write(content.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.finish();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String xml(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	// ------------------------------------------------------------------ PDF

	public static final float SIZE = 8;

	public static final float LEADING = 10;

	public static final float PARAGRAPH = 6;

	public static final float PAD = 3;

	public static final float MARGIN = 30;

	public static final float[] WIDTHS = { 40, 170, 70, 300, 120, 82 };

	private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

	/** The text as the PDF can print it: characters Helvetica cannot encode become "?". */
	public static String printable(String s) {
		StringBuilder out = new StringBuilder();
		s.codePoints().forEach(cp -> {
			String c = new String(Character.toChars(cp));
			if (cp == '\n') {
				out.append(c);
				return;
			}
			try {
				FONT.encode(c);
				out.append(c);
			}
			catch (IOException | IllegalArgumentException ex) {
				out.append('?');
			}
		});
		return out.toString();
	}

	/** One printed line of a cell: its text and its offset below the cell's top. */
	public record Printed(String text, float dy) {
	}

	public static byte[] pdf(Plan plan) {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			new PdfPages(doc, plan).write();
			doc.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Lays the plan out page by page. */
	private static final class PdfPages {

		private final PDDocument doc;

		private final Plan plan;

		private PDPageContentStream page;

		private float y;

		private final float width = sum(WIDTHS);

		private final PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

		PdfPages(PDDocument doc, Plan plan) {
			this.doc = doc;
			this.plan = plan;
		}

		void write() throws IOException {
			newPage();
			for (String p : this.plan.preamble()) {
				for (String line : wrap(p, this.width)) {
					text(MARGIN, this.y, line);
					this.y -= LEADING;
				}
				this.y -= PARAGRAPH;
			}
			this.y -= PARAGRAPH;
			header();
			int headings = 0;
			for (List<Cell> row : this.plan.rows()) {
				List<List<Printed>> cells = new ArrayList<>();
				if (row == null) {
					List<Printed> heading = new ArrayList<>();
					for (String line : wrap(this.plan.headings().get(headings++), this.width - 2 * PAD)) {
						heading.add(new Printed(line, heading.size() * LEADING));
					}
					cells.add(heading);
					for (int i = 1; i < 6; i++) {
						cells.add(List.of());
					}
				}
				else {
					for (int i = 0; i < 6; i++) {
						cells.add(layout(row.get(i), WIDTHS[i] - 2 * PAD));
					}
				}
				row(cells);
			}
			this.page.close();
			if (!this.plan.totals().isEmpty()) {
				totals();
			}
		}

		private void totals() throws IOException {
			float needed = (this.plan.totals().size() + 3) * LEADING * 1.5f;
			PDPage last = this.doc.getPage(this.doc.getNumberOfPages() - 1);
			this.page = new PDPageContentStream(this.doc, last, PDPageContentStream.AppendMode.APPEND, false);
			if (this.y - needed < MARGIN) {
				this.page.close();
				newPage();
			}
			this.y -= 2 * LEADING;
			text(MARGIN, this.y, "Recommendations");
			for (String[] t : this.plan.totals()) {
				this.y -= 1.5f * LEADING;
				text(MARGIN, this.y, t[0]);
				text(MARGIN + 200, this.y, t[1]);
			}
			this.page.close();
		}

		/** Prints a row: its lines that fit, then the rest on the next page after the header, unruled in between. */
		private void row(List<List<Printed>> cells) throws IOException {
			int[] next = new int[6];
			float[] base = new float[6];
			while (true) {
				float top = this.y;
				float bottom = this.y;
				boolean left = false;
				for (int c = 0; c < 6; c++) {
					List<Printed> lines = cells.get(c);
					float x = MARGIN + sum(WIDTHS, c) + PAD;
					while (next[c] < lines.size()) {
						Printed p = lines.get(next[c]);
						float at = top - PAD - SIZE - (p.dy() - base[c]);
						if (at < MARGIN) {
							left = true;
							base[c] = p.dy();
							break;
						}
						text(x, at, p.text());
						bottom = Math.min(bottom, at - PAD - 2);
						next[c]++;
					}
				}
				if (!left) {
					this.y = bottom;
					rule(this.y);
					return;
				}
				this.page.close();
				newPage();
				header();
			}
		}

		private void header() throws IOException {
			rule(this.y);
			List<List<Printed>> cells = new ArrayList<>();
			float bottom = this.y;
			for (int c = 0; c < 6; c++) {
				List<String> lines = wrap(HEADER.get(c), WIDTHS[c] - 2 * PAD);
				for (int k = 0; k < lines.size(); k++) {
					float at = this.y - PAD - SIZE - k * LEADING;
					text(MARGIN + sum(WIDTHS, c) + PAD, at, lines.get(k));
					bottom = Math.min(bottom, at - PAD - 2);
				}
				cells.add(List.of());
			}
			this.y = bottom;
			rule(this.y);
		}

		private void newPage() throws IOException {
			PDPage p = new PDPage(this.size);
			this.doc.addPage(p);
			this.page = new PDPageContentStream(this.doc, p);
			this.y = this.size.getHeight() - MARGIN;
		}

		private void text(float x, float y, String s) throws IOException {
			this.page.beginText();
			this.page.setFont(FONT, SIZE);
			this.page.newLineAtOffset(x, y);
			this.page.showText(printable(s));
			this.page.endText();
		}

		private void rule(float at) throws IOException {
			this.page.moveTo(MARGIN, at);
			this.page.lineTo(MARGIN + this.width, at);
			this.page.stroke();
		}

		/** A cell's printed lines: paragraphs apart, each bullet on its own line. */
		private static List<Printed> layout(Cell cell, float width) throws IOException {
			List<Printed> out = new ArrayList<>();
			float dy = 0;
			for (List<String> paragraph : cell.paragraphs()) {
				if (!out.isEmpty()) {
					dy += PARAGRAPH;
				}
				for (int k = 0; k < paragraph.size(); k++) {
					String part = paragraph.get(k);
					if (k == 0 && part.isEmpty()) {
						continue;
					}
					for (String line : wrap(k == 0 ? part : "• " + part, width)) {
						out.add(new Printed(line, dy));
						dy += LEADING;
					}
				}
			}
			return out;
		}

		static List<String> wrap(String text, float width) throws IOException {
			List<String> lines = new ArrayList<>();
			StringBuilder line = new StringBuilder();
			for (String word : text.split(" ")) {
				if (word.isEmpty()) {
					continue;
				}
				String candidate = line.length() == 0 ? word : line + " " + word;
				if (line.length() > 0 && FONT.getStringWidth(printable(candidate)) / 1000 * SIZE > width) {
					lines.add(line.toString());
					line = new StringBuilder(word);
				}
				else {
					line = new StringBuilder(candidate);
				}
			}
			if (line.length() > 0) {
				lines.add(line.toString());
			}
			return lines;
		}

		private static float sum(float[] widths) {
			return sum(widths, widths.length);
		}

		private static float sum(float[] widths, int n) {
			float s = 0;
			for (int i = 0; i < n; i++) {
				s += widths[i];
			}
			return s;
		}

	}

}

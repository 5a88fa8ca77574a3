package uk.gov.inspectiongraph.ingest.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import uk.gov.inspectiongraph.ingest.plan.PublishedWriters;
import uk.gov.inspectiongraph.ingest.plan.PublishedWriters.Cell;
import uk.gov.inspectiongraph.ingest.plan.PublishedWriters.Plan;

/**
 * A plan written whole into the Word template HMPPS publishes action plans in: the preamble's paragraphs, the
 * "Term | Definition | Additional comment" table of agreement categories, the six-column plan table with real
 * bullets (a numbering definition), headings as merged cells and its header row marked to repeat on every page,
 * then the closing summary table; "OFFICIAL" in the running header and "Page N of M" in the footer. What varies
 * between published plans is a {@link Layout}. LibreOffice converts these to ODT and PDF for the tests, as a
 * department's Word or LibreOffice would export them.
 */
final class TemplateDocx {

	/** How a published plan's template varies. */
	record Layout(boolean landscape, String font, boolean verticalRules, boolean repeatHeader, boolean glossary) {

		static Layout portrait(String font) {
			return new Layout(false, font, true, true, true);
		}

		static Layout landscape(String font) {
			return new Layout(true, font, true, true, true);
		}

		Layout withoutVerticalRules() {
			return new Layout(this.landscape, this.font, false, this.repeatHeader, this.glossary);
		}

		Layout withoutRepeatedHeader() {
			return new Layout(this.landscape, this.font, this.verticalRules, false, this.glossary);
		}

		String name() {
			return (this.landscape ? "landscape" : "portrait") + "-" + this.font.toLowerCase()
					+ (this.verticalRules ? "" : "-no-vertical-rules") + (this.repeatHeader ? "" : "-header-once")
					+ (this.glossary ? "" : "-no-glossary");
		}

	}

	/** Twentieths of a point: A4 is 11906 by 16838, with margins of 2 cm. */
	private static final int A4_SHORT = 11906;

	private static final int A4_LONG = 16838;

	private static final int MARGIN = 1134;

	/** The columns' shares of the text width. */
	private static final double[] SHARES = { 0.06, 0.22, 0.10, 0.30, 0.16, 0.16 };

	private static final List<String[]> GLOSSARY = List.of(new String[] { "Term", "Definition", "Additional comment" },
			new String[] { "Agreed", "All of the recommendation is agreed with, can be achieved and is affordable.",
					"The response should clearly explain how the recommendation will be achieved." },
			new String[] { "Partly Agreed", "Only part of the recommendation is agreed with, is achievable or affordable.",
					"The response should clearly state which part of the recommendation will be implemented." },
			new String[] { "Not Agreed", "The recommendation is not agreed or cannot be accepted.",
					"The response should clearly state the reasons why." });

	private TemplateDocx() {
	}

	static byte[] docx(Plan plan, Layout layout) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			int width = page(doc, layout);
			BigInteger bullets = bullets(doc, layout.font());
			running(doc, layout.font());
			plan.preamble().forEach(p -> text(doc.createParagraph(), p, layout.font()));
			if (layout.glossary()) {
				text(doc.createParagraph(), "Categories of response:", layout.font());
				XWPFTable glossary = table(doc, GLOSSARY.size(), new double[] { 0.2, 0.45, 0.35 }, width, true);
				for (int r = 0; r < GLOSSARY.size(); r++) {
					for (int c = 0; c < 3; c++) {
						text(glossary.getRow(r).getCell(c).getParagraphs().get(0), GLOSSARY.get(r)[c], layout.font());
					}
				}
				doc.createParagraph();
			}
			XWPFTable table = table(doc, 1, SHARES, width, layout.verticalRules());
			XWPFTableRow header = table.getRow(0);
			header.setRepeatHeader(layout.repeatHeader());
			for (int i = 0; i < 6; i++) {
				text(header.getCell(i).getParagraphs().get(0), PublishedWriters.HEADER.get(i), layout.font());
			}
			int headings = 0;
			for (List<Cell> row : plan.rows()) {
				XWPFTableRow r = table.createRow();
				if (row == null) {
					XWPFTableCell c = r.getCell(0);
					text(c.getParagraphs().get(0), plan.headings().get(headings++), layout.font());
					c.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(6));
					for (int i = 5; i >= 1; i--) {
						r.removeCell(i);
					}
					continue;
				}
				for (int i = 0; i < 6; i++) {
					PublishedWriters.docxCell(r.getCell(i), row.get(i), (p, text) -> text(p, text, layout.font()),
							p -> p.setNumID(bullets));
				}
			}
			if (!plan.totals().isEmpty()) {
				doc.createParagraph();
				XWPFTable totals = table(doc, plan.totals().size() + 1, new double[] { 0.3, 0.1 }, width, true);
				text(totals.getRow(0).getCell(0).getParagraphs().get(0), "Recommendations", layout.font());
				for (int i = 0; i < plan.totals().size(); i++) {
					text(totals.getRow(i + 1).getCell(0).getParagraphs().get(0), plan.totals().get(i)[0], layout.font());
					text(totals.getRow(i + 1).getCell(1).getParagraphs().get(0), plan.totals().get(i)[1], layout.font());
				}
			}
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A4 in the layout's orientation; the text width in twentieths of a point. */
	private static int page(XWPFDocument doc, Layout layout) {
		CTSectPr section = doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		int w = layout.landscape() ? A4_LONG : A4_SHORT;
		size.setW(BigInteger.valueOf(w));
		size.setH(BigInteger.valueOf(layout.landscape() ? A4_SHORT : A4_LONG));
		if (layout.landscape()) {
			size.setOrient(STPageOrientation.LANDSCAPE);
		}
		CTPageMar margins = section.addNewPgMar();
		BigInteger m = BigInteger.valueOf(MARGIN);
		margins.setTop(m);
		margins.setBottom(m);
		margins.setLeft(m);
		margins.setRight(m);
		margins.setHeader(BigInteger.valueOf(567));
		margins.setFooter(BigInteger.valueOf(567));
		return w - 2 * MARGIN;
	}

	/** The running header ("OFFICIAL") and footer ("Page N of M", as fields). */
	private static void running(XWPFDocument doc, String font) {
		XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
		text(header.createParagraph(), "OFFICIAL", font);
		XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
		XWPFParagraph p = footer.createParagraph();
		text(p, "Page ", font);
		p.getCTP().addNewFldSimple().setInstr("PAGE");
		text(p, " of ", font);
		p.getCTP().addNewFldSimple().setInstr("NUMPAGES");
	}

	/** A bulleted list definition ("•" in the document's font), as Word's bullet button makes. */
	private static BigInteger bullets(XWPFDocument doc, String font) {
		CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
		abstractNum.setAbstractNumId(BigInteger.ZERO);
		CTLvl level = abstractNum.addNewLvl();
		level.setIlvl(BigInteger.ZERO);
		level.addNewNumFmt().setVal(STNumberFormat.BULLET);
		level.addNewLvlText().setVal("•");
		level.addNewRPr().addNewRFonts().setAscii(font);
		level.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(284));
		level.getPPr().getInd().setHanging(BigInteger.valueOf(284));
		XWPFNumbering numbering = doc.createNumbering();
		BigInteger id = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
		return numbering.addNum(id);
	}

	private static XWPFTable table(XWPFDocument doc, int rows, double[] shares, int width, boolean verticalRules) {
		XWPFTable table = doc.createTable(rows, shares.length);
		CTTblBorders borders = table.getCTTbl().getTblPr().isSetTblBorders() ? table.getCTTbl().getTblPr().getTblBorders()
				: table.getCTTbl().getTblPr().addNewTblBorders();
		border(borders.isSetTop() ? borders.getTop() : borders.addNewTop(), true);
		border(borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom(), true);
		border(borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH(), true);
		border(borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft(), verticalRules);
		border(borders.isSetRight() ? borders.getRight() : borders.addNewRight(), verticalRules);
		border(borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV(), verticalRules);
		table.setWidth((int) Math.round(width * sum(shares)));
		for (XWPFTableRow row : table.getRows()) {
			for (int c = 0; c < shares.length; c++) {
				row.getCell(c).setWidth(String.valueOf((int) Math.round(width * shares[c])));
			}
		}
		var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (double share : shares) {
			grid.addNewGridCol().setW(BigInteger.valueOf(Math.round(width * share)));
		}
		return table;
	}

	private static double sum(double[] shares) {
		double s = 0;
		for (double d : shares) {
			s += d;
		}
		return s;
	}

	private static void border(CTBorder border, boolean drawn) {
		border.setVal(drawn ? STBorder.SINGLE : STBorder.NIL);
		if (drawn) {
			border.setSz(BigInteger.valueOf(4));
			border.setColor("000000");
		}
	}

	/**
	 * A paragraph's text in the font, at 8 points; a paragraph is followed by 4 points of space (Word's Normal
	 * style keeps 8), so that two short paragraphs in a narrow cell stand apart as they do on the page.
	 */
	private static void text(XWPFParagraph paragraph, String text, String font) {
		paragraph.setSpacingAfter(80);
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(font);
		run.setFontSize(8);
		run.setText(text);
		if (text.startsWith(" ") || text.endsWith(" ") || text.contains("  ")) {
			run.getCTR().getTArray(0).setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
		}
	}

}

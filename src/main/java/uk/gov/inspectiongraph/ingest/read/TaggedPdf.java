package uk.gov.inspectiongraph.ingest.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A tagged PDF's body, read from its structure tree (the tags Word's "Save as PDF" writes by default, and
 * LibreOffice's export when "Tagged PDF" or PDF/UA is chosen, as accessible public documents must have): tables as
 * their rows ({@code TR}) and cells ({@code TD}, {@code TH}, with their column and row spans), paragraphs as the
 * producer marked them, list items ({@code LI}) as bullets. A row cut by a page break is still one row and a
 * running header or footer is an artifact, outside the tree, so nothing here is guessed from positions. A word
 * broken at the end of a line is joined as the producer wrote it (the line keeps its trailing space, or not).
 */
final class TaggedPdf {

	private static final Set<String> TABLE_PARTS = Set.of("THead", "TBody", "TFoot");

	private static final Set<String> CELLS = Set.of("TD", "TH");

	private static final Pattern BULLET = Pattern.compile("^\\s*[•\uF0B7▪◦●■\\-–]\\s*");

	/** Each page's marked content, by its id: the text it shows and where that text is. */
	private final Map<COSDictionary, Map<Integer, String>> texts = new HashMap<>();

	private final List<PublishedTable.Block> blocks = new ArrayList<>();

	private int tables;

	private int paragraphs;

	/**
	 * The document's pages by their dictionaries, and their numbers: a structure element's page is a new wrapper
	 * of the dictionary, without the page tree's cache of parsed fonts, so each is swapped for the tree's own.
	 */
	private final Map<COSDictionary, PDPage> pages = new HashMap<>();

	private final Map<COSDictionary, Integer> numbers = new HashMap<>();

	private TaggedPdf(PDDocument pdf) {
		int n = 0;
		for (PDPage page : pdf.getPages()) {
			this.pages.put(page.getCOSObject(), page);
			this.numbers.put(page.getCOSObject(), ++n);
		}
	}

	/** The document's blocks from its tags, or null when it has no structure tree holding a table. */
	static List<PublishedTable.Block> read(PDDocument pdf) throws IOException {
		PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
		if (root == null || !hasTable(root, 0)) {
			return null;
		}
		TaggedPdf reader = new TaggedPdf(pdf);
		reader.body(root, null);
		return reader.blocks;
	}

	private static boolean hasTable(PDStructureNode node, int depth) {
		if (depth > 64) {
			return false;
		}
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement e && ("Table".equals(e.getStructureType()) || hasTable(e, depth + 1))) {
				return true;
			}
		}
		return false;
	}

	/** The blocks under a node: its tables, and its other elements' text as paragraphs. */
	private void body(PDStructureNode node, PDPage page) throws IOException {
		for (Object kid : node.getKids()) {
			if (!(kid instanceof PDStructureElement e)) {
				continue;
			}
			PDPage on = e.getPage() != null ? e.getPage() : page;
			if ("Table".equals(e.getStructureType())) {
				table(e, on);
			}
			else if (holdsText(e)) {
				List<String> ps = new ArrayList<>();
				List<Boolean> items = new ArrayList<>();
				paragraphs(e, on, ps, items, false);
				for (String p : PublishedTable.withBullets(ps, items)) {
					this.paragraphs++;
					this.blocks.add(new PublishedTable.Paragraph(p, "page " + pageNumber(on) + ", paragraph " + this.paragraphs));
				}
			}
			else {
				body(e, on);
			}
		}
	}

	/** Whether an element holds text itself (a paragraph, a heading, a list) rather than only other blocks. */
	private static boolean holdsText(PDStructureElement e) {
		for (Object kid : e.getKids()) {
			if (kid instanceof Integer || kid instanceof PDMarkedContentReference) {
				return true;
			}
		}
		String type = e.getStructureType();
		return type.equals("L") || type.equals("P") || type.startsWith("H") && !type.equals("Header");
	}

	private void table(PDStructureElement table, PDPage page) throws IOException {
		this.tables++;
		List<PublishedTable.Row> rows = new ArrayList<>();
		List<PDStructureElement> trs = new ArrayList<>();
		for (Object kid : table.getKids()) {
			if (kid instanceof PDStructureElement e) {
				if (TABLE_PARTS.contains(e.getStructureType())) {
					e.getKids().stream().filter(PDStructureElement.class::isInstance).map(PDStructureElement.class::cast)
						.forEach(trs::add);
				}
				else {
					trs.add(e);
				}
			}
		}
		// columns covered by a cell spanning rows from above: how many rows more, and how wide
		Map<Integer, int[]> covered = new HashMap<>();
		for (PDStructureElement tr : trs) {
			if (!"TR".equals(tr.getStructureType())) {
				continue;
			}
			PDPage on = tr.getPage() != null ? tr.getPage() : page;
			List<PublishedTable.Cell> cells = new ArrayList<>();
			int column = 0;
			for (Object kid : tr.getKids()) {
				if (!(kid instanceof PDStructureElement td) || !CELLS.contains(td.getStructureType())) {
					continue;
				}
				column = skipCovered(covered, column, cells);
				PDPage cellPage = td.getPage() != null ? td.getPage() : on;
				List<String> ps = new ArrayList<>();
				List<Boolean> items = new ArrayList<>();
				paragraphs(td, cellPage, ps, items, false);
				int[] span = spans(td);
				cells.add(new PublishedTable.Cell(PublishedTable.withBullets(ps, items), span[0]));
				if (span[1] > 1) {
					covered.put(column, new int[] { span[1] - 1, span[0] });
				}
				column += span[0];
			}
			skipCovered(covered, column, cells);
			rows.add(new PublishedTable.Row(cells, "page " + pageNumber(on) + ", table " + this.tables + ", row " + (rows.size() + 1)));
		}
		this.blocks.add(new PublishedTable.Table(rows));
	}

	/** Empty cells where cells from rows above still span, from a column on; the column after them. */
	private static int skipCovered(Map<Integer, int[]> covered, int column, List<PublishedTable.Cell> cells) {
		int[] span;
		while ((span = covered.get(column)) != null) {
			cells.add(new PublishedTable.Cell(List.of(), span[1]));
			if (--span[0] == 0) {
				covered.remove(column);
			}
			column += span[1];
		}
		return column;
	}

	/** A cell's column span and row span, from its Table attributes (1 when absent). */
	private static int[] spans(PDStructureElement cell) {
		int columns = 1;
		int rows = 1;
		var all = cell.getAttributes();
		for (int i = 0; i < all.size(); i++) {
			PDAttributeObject attributes = all.getObject(i);
			if (attributes instanceof PDTableAttributeObject table) {
				columns = Math.max(1, table.getColSpan());
				rows = Math.max(1, table.getRowSpan());
			}
		}
		return new int[] { columns, rows };
	}

	/**
	 * The paragraphs under an element, each with whether it is a list item: an element holding text is a
	 * paragraph, an {@code LBody} a list item (its bullet label dropped).
	 */
	private void paragraphs(PDStructureElement element, PDPage page, List<String> out, List<Boolean> items, boolean item)
			throws IOException {
		StringBuilder text = new StringBuilder();
		boolean direct = false;
		for (Object kid : element.getKids()) {
			String content = content(kid, page);
			if (content != null) {
				text.append(content);
				direct = true;
			}
			else if (kid instanceof PDStructureElement e) {
				String type = e.getStructureType();
				PDPage on = e.getPage() != null ? e.getPage() : page;
				if (type.equals("Lbl")) {
					continue;
				}
				if (isInline(type)) {
					text.append(inline(e, on));
					direct = true;
				}
				else {
					flush(text, direct, out, items, item);
					direct = false;
					paragraphs(e, on, out, items, item || type.equals("LBody") || type.equals("LI"));
				}
			}
		}
		flush(text, direct, out, items, item);
	}

	private static void flush(StringBuilder text, boolean direct, List<String> out, List<Boolean> items, boolean item) {
		if (!direct) {
			return;
		}
		String t = text.toString();
		if (item) {
			t = BULLET.matcher(t).replaceFirst("");
		}
		if (!t.isBlank()) {
			out.add(t.strip());
			items.add(item);
		}
		text.setLength(0);
	}

	private static boolean isInline(String type) {
		return type.equals("Span") || type.equals("Link") || type.equals("Quote") || type.equals("Note")
				|| type.equals("Reference") || type.equals("Code");
	}

	private String inline(PDStructureElement element, PDPage page) throws IOException {
		StringBuilder text = new StringBuilder();
		for (Object kid : element.getKids()) {
			String content = content(kid, page);
			if (content != null) {
				text.append(content);
			}
			else if (kid instanceof PDStructureElement e) {
				text.append(inline(e, e.getPage() != null ? e.getPage() : page));
			}
		}
		return text.toString();
	}

	/** The text a kid of an element marks (its marked content on its page), or null when the kid is an element. */
	private String content(Object kid, PDPage page) throws IOException {
		if (kid instanceof Integer mcid) {
			return text(page, mcid);
		}
		if (kid instanceof PDMarkedContentReference ref) {
			return text(ref.getPage() != null ? ref.getPage() : page, ref.getMCID());
		}
		return null;
	}

	/** The text of one marked content on a page ("" when there is none). */
	private String text(PDPage page, int mcid) throws IOException {
		if (page == null) {
			return "";
		}
		// keyed by the page's dictionary: each lookup of a page may wrap it anew
		Map<Integer, String> onPage = this.texts.get(page.getCOSObject());
		if (onPage == null) {
			PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
			extractor.processPage(this.pages.getOrDefault(page.getCOSObject(), page));
			onPage = new HashMap<>();
			for (PDMarkedContent content : extractor.getMarkedContents()) {
				collect(content, onPage);
			}
			this.texts.put(page.getCOSObject(), onPage);
		}
		return onPage.getOrDefault(mcid, "");
	}

	/** A marked content's text, a space put where its letters stand apart with no space between them. */
	private static void collect(PDMarkedContent content, Map<Integer, String> out) {
		StringBuilder text = new StringBuilder();
		TextPosition last = null;
		for (Object o : content.getContents()) {
			if (o instanceof TextPosition t) {
				if (last != null && !t.getUnicode().isBlank() && text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
					double gap = t.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj());
					if (gap > PdfPage.WORD_GAP * t.getFontSizeInPt()) {
						text.append(' ');
					}
				}
				text.append(t.getUnicode());
				last = t;
			}
			else if (o instanceof PDMarkedContent nested) {
				collect(nested, out);
			}
		}
		if (content.getMCID() >= 0) {
			out.merge(content.getMCID(), text.toString(), String::concat);
		}
	}

	private int pageNumber(PDPage page) {
		return page == null ? 1 : this.numbers.getOrDefault(page.getCOSObject(), 1);
	}

}

package uk.gov.inspectiongraph.ingest.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** A Word (DOCX) document's body, read with Apache POI: paragraphs and tables in order, cells with their paragraphs. */
final class DocxBody {

	private DocxBody() {
	}

	static List<PublishedTable.Block> read(String file, byte[] bytes, Limits limits) {
		// POI's own zip-bomb guard, set to the import's limits (process-wide settings of POI)
		ZipSecureFile.setMaxEntrySize(limits.maxInflatedBytes());
		ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			List<PublishedTable.Block> blocks = new ArrayList<>();
			int paragraphs = 0;
			int tables = 0;
			for (IBodyElement element : doc.getBodyElements()) {
				if (element instanceof XWPFParagraph p) {
					paragraphs++;
					blocks.add(new PublishedTable.Paragraph(p.getText(), "paragraph " + paragraphs));
				}
				else if (element instanceof XWPFTable t) {
					tables++;
					blocks.add(table(t, tables));
				}
			}
			return blocks;
		}
		catch (IOException | RuntimeException ex) {
			throw refusal(file, ex, limits);
		}
	}

	/** Why POI could not read a file, in words: a zip bomb and a DOCTYPE by name, else the library's reason. */
	private static DocumentException refusal(String file, Exception ex, Limits limits) {
		String message = String.valueOf(ex.getMessage());
		for (Throwable t = ex.getCause(); t != null; t = t.getCause()) {
			message += " " + t.getMessage();
		}
		if (message.contains("DOCTYPE")) {
			return new DocumentException(file, 1, "the DOCX declares a DOCTYPE; external entities are not allowed");
		}
		if (message.contains("Zip bomb") || message.contains("zip bomb")) {
			return message.contains("ratio") || message.contains("Ratio")
					? Limits.over(file, "an entry of the DOCX inflates so much (a zip bomb?); its compression ratio",
							"a ratio of " + limits.minInflateRatio(), "import.min-inflate-ratio")
					: Limits.over(file, "an entry of the DOCX, inflated,", Limits.size(limits.maxInflatedBytes()),
							"import.max-inflated-size");
		}
		return new DocumentException(file, 1, "not a readable Word (DOCX) document: " + PublishedPlan.reason(ex));
	}

	private static PublishedTable.Table table(XWPFTable table, int number) {
		List<PublishedTable.Row> rows = new ArrayList<>();
		int r = 0;
		for (XWPFTableRow row : table.getRows()) {
			r++;
			List<PublishedTable.Cell> cells = new ArrayList<>();
			for (XWPFTableCell cell : row.getTableCells()) {
				CTTcPr pr = cell.getCTTc().getTcPr();
				int span = pr != null && pr.getGridSpan() != null ? ((BigInteger) pr.getGridSpan().getVal()).intValue() : 1;
				boolean continued = pr != null && pr.getVMerge() != null
						&& (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
				List<String> texts = new ArrayList<>();
				List<Boolean> items = new ArrayList<>();
				if (!continued) {
					for (XWPFParagraph p : cell.getParagraphs()) {
						texts.add(p.getText());
						items.add(p.getNumID() != null);
					}
				}
				cells.add(new PublishedTable.Cell(PublishedTable.withBullets(texts, items), span));
			}
			rows.add(new PublishedTable.Row(cells, "table " + number + ", row " + r));
		}
		return new PublishedTable.Table(rows);
	}

}

package uk.gov.inspectiongraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX streamed by Apache POI's SXSSF: only a window of rows stays in memory, the rest goes to a temporary file
 * until the workbook is written. A bold, shaded header row, frozen, with a filter; dates as real dates;
 * numbers as numbers; column widths from the longest cell (capped), measured as the rows go by.
 */
final class XlsxSheet implements Sheet {

	/** Rows kept in memory before SXSSF flushes them to its temporary file. */
	private static final int WINDOW = 200;

	/** The widest a column grows, in characters: long texts wrap in Excel's cell view instead. */
	private static final int MAX_WIDTH = 80;

	private final OutputStream out;

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);

	private final SXSSFSheet sheet;

	private final CellStyle date;

	private int[] widths = new int[0];

	private int rows;

	XlsxSheet(OutputStream out, String name) {
		this.out = out;
		this.workbook.setCompressTempFiles(true);
		this.sheet = this.workbook.createSheet(name);
		this.date = this.workbook.createCellStyle();
		this.date.setDataFormat(this.workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
	}

	@Override
	public void header(List<String> headers) {
		CellStyle style = this.workbook.createCellStyle();
		Font bold = this.workbook.createFont();
		bold.setBold(true);
		style.setFont(bold);
		style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.widths = new int[headers.size()];
		Row row = this.sheet.createRow(this.rows++);
		for (int i = 0; i < headers.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(headers.get(i));
			cell.setCellStyle(style);
			measure(i, headers.get(i).length() + 2);
		}
		this.sheet.createFreezePane(0, 1);
	}

	@Override
	public void row(List<Object> cells) {
		Row row = this.sheet.createRow(this.rows++);
		for (int i = 0; i < cells.size(); i++) {
			Object value = cells.get(i);
			if (value == null) {
				continue;
			}
			Cell cell = row.createCell(i);
			if (value instanceof LocalDate d) {
				cell.setCellValue(d);
				cell.setCellStyle(this.date);
				measure(i, 10);
			}
			else if (value instanceof Number n) {
				cell.setCellValue(n.doubleValue());
				measure(i, String.valueOf(n).length());
			}
			else {
				String text = value.toString();
				cell.setCellValue(text);
				measure(i, text.length());
			}
		}
	}

	private void measure(int column, int characters) {
		this.widths[column] = Math.max(this.widths[column], Math.min(characters + 1, MAX_WIDTH));
	}

	@Override
	public void close() throws IOException {
		try {
			for (int i = 0; i < this.widths.length; i++) {
				this.sheet.setColumnWidth(i, this.widths[i] * 256);
			}
			if (this.widths.length > 0) {
				this.sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, this.rows - 1), 0, this.widths.length - 1));
			}
			this.workbook.write(this.out);
		}
		finally {
			this.workbook.close();
		}
	}

}

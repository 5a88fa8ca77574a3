package uk.gov.inspectiongraph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV by Apache Commons CSV: UTF-8 with a byte-order mark so that Excel reads it as UTF-8, CRLF line
 * ends, quotes where a cell needs them. A text cell that a spreadsheet would run as a formula (starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is neutralised with a leading
 * apostrophe, as OWASP advises against CSV injection.
 */
final class CsvSheet implements Sheet {

	private final CSVPrinter printer;

	CsvSheet(OutputStream out) throws IOException {
		BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
		writer.write('\uFEFF');
		this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
	}

	@Override
	public void header(List<String> headers) throws IOException {
		this.printer.printRecord(headers);
	}

	@Override
	public void row(List<Object> cells) throws IOException {
		List<Object> safe = new ArrayList<>(cells.size());
		for (Object cell : cells) {
			safe.add(cell instanceof String s ? neutralised(s) : cell);
		}
		this.printer.printRecord(safe);
	}

	static String neutralised(String text) {
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

	@Override
	public void close() throws IOException {
		this.printer.close(true);
	}

}

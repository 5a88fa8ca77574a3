package uk.gov.inspectiongraph.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import uk.gov.inspectiongraph.ingest.plan.PublishedWriters;

/**
 * Writes issue 25's hostile documents at full size, each streamed to disk so that writing them needs little heap:
 * a 300 MB text of one line, an ODT whose one cell inflates to 1.6 GB, a PDF whose one page's content inflates to
 * 1 GB, a DOCX declaring an external entity, a DOCX zip bomb, an ODT "billion laughs", a PDF claiming a million
 * pages, a truncated PDF and a plan with NUL bytes. {@code bench/hostile-import.sh} imports each beside a good plan.
 *
 * <p>Usage: {@code HostileFiles OUT_DIR}
 */
public final class HostileFiles {

	private static final int MB = 1 << 20;

	private HostileFiles() {
	}

	public static void main(String[] args) throws IOException {
		Path out = Files.createDirectories(Path.of(args[0]));
		PublishedWriters.Plan plan = PublishedWriters.plan(Arrays.asList(new CorpusGenerator(7).plan(1).split("\n")));
		oneLine(out.resolve("one-line-300mb.txt"), 300L * MB);
		odtInflating(out.resolve("cell-1600mb.odt"), 1600L * MB);
		pdfPage(out.resolve("page-1gb.pdf"), 1024L * MB, 1);
		pdfPage(out.resolve("million-pages.pdf"), 64, 1_000_000);
		docx(out.resolve("entity.docx"), PublishedWriters.docx(plan), "?>",
				"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>", 0);
		docx(out.resolve("bomb.docx"), PublishedWriters.docx(plan), "</w:body>", "</w:body>", 512L * MB);
		Files.write(out.resolve("laughs.odt"), PublishedWriters.zip("application/vnd.oasis.opendocument.text", laughs(),
				"<?xml version=\"1.0\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>"));
		byte[] pdf = PublishedWriters.pdf(plan);
		Files.write(out.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 2));
		String text = new CorpusGenerator(8).plan(2);
		Files.writeString(out.resolve("nul.txt"), text.substring(0, text.length() / 2) + "\0\0\0" + text.substring(text.length() / 2));
		System.out.println("wrote the hostile documents to " + out);
	}

	/** A text of that many bytes and no line break. */
	static void oneLine(Path file, long bytes) throws IOException {
		byte[] chunk = new byte[MB];
		Arrays.fill(chunk, (byte) 'A');
		try (OutputStream o = Files.newOutputStream(file)) {
			for (long n = 0; n < bytes; n += chunk.length) {
				o.write(chunk, 0, (int) Math.min(chunk.length, bytes - n));
			}
		}
	}

	/** An ODT whose content.xml is one table cell of one text run of that many characters. */
	static void odtInflating(Path file, long chars) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
			ZipEntry m = new ZipEntry("mimetype");
			m.setMethod(ZipEntry.STORED);
			m.setSize(mimetype.length);
			java.util.zip.CRC32 crc = new java.util.zip.CRC32();
			crc.update(mimetype);
			m.setCrc(crc.getValue());
			zip.putNextEntry(m);
			zip.write(mimetype);
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
			zip.write(("<?xml version=\"1.0\"?><manifest:manifest"
					+ " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>").getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
					+ " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
					+ " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
					+ " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"><office:body><office:text>"
					+ "<table:table><table:table-row><table:table-cell><text:p>").getBytes(StandardCharsets.UTF_8));
			byte[] chunk = "A quite ordinary sentence about a plan. ".repeat(MB / 40).getBytes(StandardCharsets.UTF_8);
			for (long n = 0; n < chars; n += chunk.length) {
				zip.write(chunk);
			}
			zip.write("</text:p></table:table-cell></table:table-row></table:table></office:text></office:body></office:document-content>"
				.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
	}

	/**
	 * A PDF of one page whose content stream (Flate) inflates to that many bytes, its page tree claiming that many
	 * pages.
	 */
	static void pdfPage(Path file, long contentBytes, int claimedPages) throws IOException {
		Files.write(file, pdfPage(contentBytes, claimedPages));
	}

	/** That PDF's bytes. */
	public static byte[] pdfPage(long contentBytes, int claimedPages) throws IOException {
		ByteArrayOutputStream deflated = new ByteArrayOutputStream();
		try (DeflaterOutputStream d = new DeflaterOutputStream(deflated, new java.util.zip.Deflater(java.util.zip.Deflater.BEST_SPEED))) {
			byte[] chunk = "BT /F1 12 Tf 72 720 Td (A quite ordinary sentence.) Tj ET\n".repeat(MB / 58)
				.getBytes(StandardCharsets.US_ASCII);
			for (long n = 0; n < contentBytes; n += chunk.length) {
				d.write(chunk, 0, (int) Math.min(chunk.length, contentBytes - n));
			}
		}
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		long[] offsets = new long[6];
		pdf.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
		String[] objects = { "<< /Type /Catalog /Pages 2 0 R >>",
				"<< /Type /Pages /Kids [3 0 R] /Count " + claimedPages + " >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
				null, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>" };
		for (int i = 0; i < objects.length; i++) {
			offsets[i + 1] = pdf.size();
			pdf.write(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.US_ASCII));
			if (objects[i] == null) {
				pdf.write(("<< /Length " + deflated.size() + " /Filter /FlateDecode >>\nstream\n").getBytes(StandardCharsets.US_ASCII));
				deflated.writeTo(pdf);
				pdf.write("\nendstream".getBytes(StandardCharsets.US_ASCII));
			}
			else {
				pdf.write(objects[i].getBytes(StandardCharsets.US_ASCII));
			}
			pdf.write("\nendobj\n".getBytes(StandardCharsets.US_ASCII));
		}
		long xref = pdf.size();
		StringBuilder x = new StringBuilder("xref\n0 6\n0000000000 65535 f \n");
		for (int i = 1; i < 6; i++) {
			x.append(String.format("%010d 00000 n \n", offsets[i]));
		}
		x.append("trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
		pdf.write(x.toString().getBytes(StandardCharsets.US_ASCII));
		return pdf.toByteArray();
	}

	/**
	 * The DOCX with its document.xml changed: the first {@code find} replaced by {@code replace}, then that many
	 * spaces written (streamed) after it.
	 */
	static void docx(Path file, byte[] docx, String find, String replace, long spaces) throws IOException {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
			for (ZipEntry e; (e = in.getNextEntry()) != null;) {
				byte[] data = in.readAllBytes();
				out.putNextEntry(new ZipEntry(e.getName()));
				if (!e.getName().equals("word/document.xml")) {
					out.write(data);
				}
				else {
					String xml = new String(data, StandardCharsets.UTF_8);
					int at = xml.indexOf(find);
					String head = find.startsWith("</") ? xml.substring(0, at) : xml.substring(0, at) + replace;
					String tail = find.startsWith("</") ? xml.substring(at) : xml.substring(at + find.length());
					out.write(head.getBytes(StandardCharsets.UTF_8));
					byte[] chunk = new byte[MB];
					Arrays.fill(chunk, (byte) ' ');
					for (long n = 0; n < spaces; n += chunk.length) {
						out.write(chunk);
					}
					out.write(tail.getBytes(StandardCharsets.UTF_8));
				}
				out.closeEntry();
			}
		}
	}

	/** content.xml with the "billion laughs" entities, ten levels of ten. */
	public static String laughs() {
		StringBuilder dtd = new StringBuilder("<!DOCTYPE office:document-content [<!ENTITY lol0 \"lol\">");
		for (int i = 1; i <= 9; i++) {
			dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
		}
		dtd.append("]>");
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + dtd + "<office:document-content"
				+ " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
				+ " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
				+ "<text:p>&lol9;</text:p></office:text></office:body></office:document-content>";
	}

}

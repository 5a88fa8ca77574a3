package uk.gov.inspectiongraph.ingest.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tells a published plan's format by its content, never by its file name: PDF ({@code %PDF-}), DOCX (a ZIP with
 * {@code word/document.xml}), ODT (a ZIP whose {@code mimetype} is OpenDocument text), else text. An encrypted
 * Word file (an OLE2 container) or another kind of ZIP is refused with a clear message.
 */
public final class PublishedPlan {

	public enum Format {

		TEXT, DOCX, ODT, PDF

	}

	private static final String ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";

	private PublishedPlan() {
	}

	public static Format formatOf(String file, byte[] bytes) {
		if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return Format.PDF;
		}
		if (startsWith(bytes, new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 })) {
			throw new DocumentException(file, 1, "an encrypted (password-protected) Word document, or a legacy .doc file: "
					+ "save it as DOCX without a password");
		}
		if (!startsWith(bytes, new byte[] { 'P', 'K', 3, 4 })) {
			return Format.TEXT;
		}
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
				if (e.getName().equals("mimetype")
						&& new String(zip.readAllBytes(), StandardCharsets.US_ASCII).strip().equals(ODT_MIMETYPE)) {
					return Format.ODT;
				}
				if (e.getName().equals("word/document.xml")) {
					return Format.DOCX;
				}
			}
		}
		catch (IOException ex) {
			throw new DocumentException(file, 1, "a damaged ZIP archive (truncated?), neither a readable DOCX nor ODT: "
					+ reason(ex));
		}
		throw new DocumentException(file, 1, "a ZIP archive that is neither a Word (DOCX) nor an OpenDocument (ODT) text");
	}

	/** The lines of the text format, and where each was read from (a table row, a paragraph, a page). */
	public record Lines(List<String> lines, List<String> locations) {
	}

	/** A published document's text lines and where each came from, read within the limits. */
	public static Lines read(String file, Format format, byte[] bytes, Limits limits) {
		return PublishedTable.render(file, switch (format) {
			case DOCX -> DocxBody.read(file, bytes, limits);
			case ODT -> OdtBody.read(file, bytes, limits);
			case PDF -> PdfBody.read(file, bytes, limits);
			case TEXT -> throw new IllegalArgumentException("text is read as lines");
		});
	}

	/** Why a library could not read a file, in a line short enough for an import report. */
	static String reason(Exception ex) {
		String message = ex.getMessage();
		return message == null || message.isBlank() ? ex.getClass().getSimpleName()
				: message.length() > 160 ? message.substring(0, 157) + "..." : message;
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}

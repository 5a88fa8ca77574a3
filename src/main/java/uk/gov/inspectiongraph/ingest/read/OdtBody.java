package uk.gov.inspectiongraph.ingest.read;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An OpenDocument text (ODT) document's body, streamed from its {@code content.xml} (StAX, no DOM): paragraphs
 * and headings, tables with their rows (header rows too), cells with their paragraphs and list items, merged
 * cells by {@code table:number-columns-spanned} (the covered cells are skipped).
 */
final class OdtBody {

	private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

	private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

	private OdtBody() {
	}

	static List<PublishedTable.Block> read(String file, byte[] bytes, Limits limits) {
		boolean content = false;
		boolean encrypted = false;
		// first the entries' sizes and the manifest, counted as they inflate: nothing is held whole
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
				if (e.getName().equals("META-INF/manifest.xml")) {
					encrypted = new String(limited(file, zip, limits).readAllBytes(), StandardCharsets.UTF_8)
						.contains("encryption-data");
				}
				else {
					long inflated = limited(file, zip, limits).transferTo(OutputStream.nullOutputStream());
					zip.closeEntry();
					long compressed = e.getCompressedSize();
					if (inflated > 1 << 20 && compressed > 0 && (double) compressed / inflated < limits.minInflateRatio()) {
						throw Limits.over(file, "an entry of the ODT inflates so much (a zip bomb?); its compression ratio",
								"a ratio of " + limits.minInflateRatio(), "import.min-inflate-ratio");
					}
					content |= e.getName().equals("content.xml");
				}
			}
		}
		catch (IOException ex) {
			throw new DocumentException(file, 1, "not a readable OpenDocument (ODT) file: " + PublishedPlan.reason(ex));
		}
		if (encrypted) {
			throw new DocumentException(file, 1, "the OpenDocument file is encrypted (password-protected): save it without a password");
		}
		if (!content) {
			throw new DocumentException(file, 1, "not a readable OpenDocument (ODT) file: it has no content.xml (truncated?)");
		}
		// then content.xml streamed into StAX from its entry
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry e;
			while ((e = zip.getNextEntry()) != null && !e.getName().equals("content.xml")) {
				// next entry
			}
			XMLInputFactory factory = XMLInputFactory.newFactory();
			factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
			factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
			return new Reader(factory.createXMLStreamReader(limited(file, zip, limits)), file, limits).body();
		}
		catch (XMLStreamException | IOException ex) {
			throw new DocumentException(file, 1, "not a readable OpenDocument (ODT) file: " + PublishedPlan.reason(ex));
		}
	}

	/** An entry's stream that refuses the document once more than the limit has inflated from it. */
	private static InputStream limited(String file, InputStream in, Limits limits) {
		return new FilterInputStream(in) {

			private long read;

			@Override
			public int read() throws IOException {
				int b = super.read();
				count(b < 0 ? 0 : 1);
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = super.read(buffer, offset, length);
				count(Math.max(n, 0));
				return n;
			}

			@Override
			public void close() {
				// the zip's own stream: closed with the zip
			}

			private void count(int n) {
				this.read += n;
				if (this.read > limits.maxInflatedBytes()) {
					throw Limits.over(file, "an entry of the ODT, inflated,", Limits.size(limits.maxInflatedBytes()),
							"import.max-inflated-size");
				}
			}

		};
	}

	/** Walks content.xml once. */
	private static final class Reader {

		private final XMLStreamReader xml;

		private final String file;

		private final Limits limits;

		private final List<PublishedTable.Block> blocks = new ArrayList<>();

		private int paragraphs;

		private int tables;

		Reader(XMLStreamReader xml, String file, Limits limits) {
			this.xml = xml;
			this.file = file;
			this.limits = limits;
		}

		List<PublishedTable.Block> body() throws XMLStreamException {
			int tableDepth = 0;
			while (this.xml.hasNext()) {
				int event = this.xml.next();
				if (event == XMLStreamConstants.DTD) {
					// LibreOffice never writes one; entities ("billion laughs") are refused by name, not by the parser
					throw new DocumentException(this.file, 1, "the ODT declares a DOCTYPE; entities are not allowed");
				}
				if (event != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				String ns = this.xml.getNamespaceURI();
				String name = this.xml.getLocalName();
				if (TABLE.equals(ns) && name.equals("table") && tableDepth == 0) {
					this.blocks.add(table());
				}
				else if (TEXT.equals(ns) && (name.equals("p") || name.equals("h"))) {
					this.paragraphs++;
					this.blocks.add(new PublishedTable.Paragraph(text(), "paragraph " + this.paragraphs));
				}
			}
			return this.blocks;
		}

		private PublishedTable.Table table() throws XMLStreamException {
			this.tables++;
			List<PublishedTable.Row> rows = new ArrayList<>();
			List<PublishedTable.Cell> cells = null;
			int depth = 1;
			while (depth > 0) {
				int event = this.xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					String name = this.xml.getLocalName();
					boolean table = TABLE.equals(this.xml.getNamespaceURI());
					if (table && name.equals("table")) {
						skip();
					}
					else if (table && name.equals("table-row")) {
						cells = new ArrayList<>();
					}
					else if (table && name.equals("table-cell") && cells != null) {
						String spanned = this.xml.getAttributeValue(TABLE, "number-columns-spanned");
						int span = spanned == null ? 1 : Integer.parseInt(spanned);
						cells.add(cell(span));
					}
					else if (table && name.equals("covered-table-cell")) {
						skip();
					}
					else {
						depth++;
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					String name = this.xml.getLocalName();
					if (TABLE.equals(this.xml.getNamespaceURI()) && name.equals("table-row") && cells != null) {
						rows.add(new PublishedTable.Row(cells, "table " + this.tables + ", row " + (rows.size() + 1)));
						cells = null;
					}
					else if (TABLE.equals(this.xml.getNamespaceURI()) && name.equals("table")) {
						depth = 0;
					}
					else {
						depth--;
					}
				}
			}
			return new PublishedTable.Table(rows);
		}

		/** A cell's paragraphs, list items marked, up to its end tag. */
		private PublishedTable.Cell cell(int span) throws XMLStreamException {
			List<String> texts = new ArrayList<>();
			List<Boolean> items = new ArrayList<>();
			int listDepth = 0;
			while (true) {
				int event = this.xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					String name = this.xml.getLocalName();
					if (TEXT.equals(this.xml.getNamespaceURI()) && name.equals("list")) {
						listDepth++;
					}
					else if (TEXT.equals(this.xml.getNamespaceURI()) && (name.equals("p") || name.equals("h"))) {
						texts.add(text());
						items.add(listDepth > 0);
					}
					else if (TABLE.equals(this.xml.getNamespaceURI()) && name.equals("table")) {
						skip();
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					String name = this.xml.getLocalName();
					if (TEXT.equals(this.xml.getNamespaceURI()) && name.equals("list")) {
						listDepth--;
					}
					else if (TABLE.equals(this.xml.getNamespaceURI()) && name.equals("table-cell")) {
						return new PublishedTable.Cell(PublishedTable.withBullets(texts, items), span);
					}
				}
			}
		}

		/** The text of the paragraph just started, up to its end: spans, spaces, tabs and line breaks included. */
		private String text() throws XMLStreamException {
			StringBuilder out = new StringBuilder();
			int depth = 1;
			while (depth > 0) {
				int event = this.xml.next();
				if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
					out.append(this.xml.getText());
					checkLength(out);
				}
				else if (event == XMLStreamConstants.START_ELEMENT) {
					depth++;
					String name = this.xml.getLocalName();
					if (TEXT.equals(this.xml.getNamespaceURI())) {
						if (name.equals("s")) {
							String c = this.xml.getAttributeValue(TEXT, "c");
							long spaces = c == null || !c.matches("\\d{1,18}") ? 1 : Long.parseLong(c);
							out.append(" ".repeat((int) Math.min(spaces, this.limits.maxLineChars() + 1L)));
							checkLength(out);
						}
						else if (name.equals("tab") || name.equals("line-break")) {
							out.append(' ');
						}
						else if (name.equals("note")) {
							skip();
							depth--;
						}
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
				}
			}
			return out.toString();
		}

		private void checkLength(StringBuilder text) {
			if (text.length() > this.limits.maxLineChars()) {
				throw Limits.over(this.file, "a paragraph's length", this.limits.maxLineChars() + " characters",
						"import.max-line-length");
			}
		}

		/** Skips the element just started, with everything in it. */
		private void skip() throws XMLStreamException {
			int depth = 1;
			while (depth > 0) {
				int event = this.xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					depth++;
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
				}
			}
		}

	}

}

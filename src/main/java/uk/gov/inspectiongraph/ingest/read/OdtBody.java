package uk.gov.inspectiongraph.ingest.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
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

	static List<PublishedTable.Block> read(String file, byte[] bytes) {
		byte[] content = null;
		boolean encrypted = false;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
				if (e.getName().equals("content.xml")) {
					content = zip.readAllBytes();
				}
				else if (e.getName().equals("META-INF/manifest.xml")) {
					encrypted = new String(zip.readAllBytes(), StandardCharsets.UTF_8).contains("encryption-data");
				}
			}
		}
		catch (IOException ex) {
			throw new DocumentException(file, 1, "not a readable OpenDocument (ODT) file: " + PublishedPlan.reason(ex));
		}
		if (encrypted) {
			throw new DocumentException(file, 1, "the OpenDocument file is encrypted (password-protected): save it without a password");
		}
		if (content == null) {
			throw new DocumentException(file, 1, "not a readable OpenDocument (ODT) file: it has no content.xml (truncated?)");
		}
		try (InputStream in = new ByteArrayInputStream(content)) {
			XMLInputFactory factory = XMLInputFactory.newFactory();
			factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
			factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
			return new Reader(factory.createXMLStreamReader(in)).body();
		}
		catch (XMLStreamException | IOException ex) {
			throw new DocumentException(file, 1, "not a readable OpenDocument (ODT) file: " + PublishedPlan.reason(ex));
		}
	}

	/** Walks content.xml once. */
	private static final class Reader {

		private final XMLStreamReader xml;

		private final List<PublishedTable.Block> blocks = new ArrayList<>();

		private int paragraphs;

		private int tables;

		Reader(XMLStreamReader xml) {
			this.xml = xml;
		}

		List<PublishedTable.Block> body() throws XMLStreamException {
			int tableDepth = 0;
			while (this.xml.hasNext()) {
				int event = this.xml.next();
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
				}
				else if (event == XMLStreamConstants.START_ELEMENT) {
					depth++;
					String name = this.xml.getLocalName();
					if (TEXT.equals(this.xml.getNamespaceURI())) {
						if (name.equals("s")) {
							String c = this.xml.getAttributeValue(TEXT, "c");
							out.append(" ".repeat(c == null ? 1 : Integer.parseInt(c)));
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

package uk.gov.inspectiongraph.ingest.read;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import uk.gov.inspectiongraph.ingest.CorpusFixtures;
import uk.gov.inspectiongraph.ingest.DocumentReader;
import uk.gov.inspectiongraph.ingest.plan.OwnerDirectory;
import uk.gov.inspectiongraph.ingest.plan.ParsedDocument;
import uk.gov.inspectiongraph.ingest.plan.PublishedWriters;
import uk.gov.inspectiongraph.ingest.plan.Vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Published files that are no plan, or no readable file at all, are refused with a message that says why. */
class PublishedBadInputTests {

	private static final DocumentReader READER = new DocumentReader(Vocabulary.bundled(), OwnerDirectory.bundled());

	private static PublishedWriters.Plan recall() {
		return PublishedWriters.plan(Arrays.asList(
				new String(CorpusFixtures.bytes(CorpusFixtures.RECALL_PLAN), StandardCharsets.UTF_8).split("\n")));
	}

	private static void refused(String file, byte[] bytes, String message) {
		assertThatThrownBy(() -> READER.read(file, bytes)).isInstanceOf(DocumentException.class)
			.hasMessageStartingWith(file + ":1: ")
			.hasMessageContaining(message);
	}

	@Test
	void anEncryptedWordFileIsRefused() {
		byte[] ole2 = new byte[512];
		ole2[0] = (byte) 0xD0;
		ole2[1] = (byte) 0xCF;
		ole2[2] = 0x11;
		ole2[3] = (byte) 0xE0;
		refused("plan.docx", ole2, "encrypted (password-protected) Word document");
	}

	@Test
	void aScannedPdfWithNoTextLayerIsRefused() throws Exception {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			doc.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
				// what a scanner leaves: marks on the page, no text
				content.addRect(50, 50, 400, 2);
				content.fill();
			}
			doc.save(out);
			refused("scan.pdf", out.toByteArray(), "the PDF has no text layer (a scanned image?)");
		}
	}

	@Test
	void anEncryptedPdfIsRefused() throws Exception {
		byte[] pdf = PublishedWriters.pdf(recall());
		try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
			doc.save(out);
			refused("plan.pdf", out.toByteArray(), "the PDF is encrypted");
		}
	}

	@Test
	void anEncryptedOdtIsRefused() {
		byte[] odt = PublishedWriters.zip("application/vnd.oasis.opendocument.text", "not xml: encrypted bytes", """
				<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">
				 <manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry>
				</manifest:manifest>""");
		refused("plan.odt", odt, "the OpenDocument file is encrypted");
	}

	@Test
	void truncatedFilesAreRefused() {
		byte[] docx = PublishedWriters.docx(recall());
		refused("plan.docx", Arrays.copyOf(docx, docx.length / 2), "not a readable Word (DOCX) document: Truncated ZIP file");
		byte[] pdf = PublishedWriters.pdf(recall());
		assertThatThrownBy(() -> READER.read("plan.pdf", Arrays.copyOf(pdf, pdf.length / 3)))
			.isInstanceOf(DocumentException.class)
			.hasMessageStartingWith("plan.pdf:1: ");
	}

	@Test
	void aCorruptArchiveIsRefused() {
		byte[] docx = PublishedWriters.docx(recall());
		for (int i = 200; i < docx.length - 200; i += 7) {
			docx[i] ^= 0x5A;
		}
		assertThatThrownBy(() -> READER.read("plan.docx", docx)).isInstanceOf(DocumentException.class)
			.hasMessageStartingWith("plan.docx:1: ");
	}

	@Test
	void aFileWithNoTableIsRefused() throws Exception {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.createParagraph().createRun().setText("A Response to: A thematic inspection of nothing");
			doc.write(out);
			refused("plan.docx", out.toByteArray(), "no table: an action plan is a table of six columns");
		}
	}

	@Test
	void aTableWithTheWrongColumnsIsRefused() throws Exception {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var table = doc.createTable(2, 3);
			List<String> header = List.of("Name", "Role", "Phone");
			for (int i = 0; i < 3; i++) {
				table.getRow(0).getCell(i).setText(header.get(i));
			}
			doc.write(out);
			refused("plan.docx", out.toByteArray(), "the table's columns are 'Name | Role | Phone', not the six of an action plan");
		}
	}

	@Test
	void aFileIsReadByWhatItHoldsNotByItsExtension() {
		PublishedWriters.Plan plan = recall();
		ParsedDocument docx = READER.read("plan.pdf", PublishedWriters.docx(plan));
		assertThat(docx.locations.get(docx.recommendations.get(0).lines.get(0) - 1)).startsWith("table 1, row ");
		ParsedDocument text = READER.read("plan.docx", CorpusFixtures.bytes(CorpusFixtures.RECALL_PLAN));
		assertThat(text.locations).isNull();
		assertThat(text.recommendations).hasSameSizeAs(docx.recommendations);
	}

	@Test
	void aZipThatIsNeitherDocxNorOdtIsRefused() {
		byte[] zip = PublishedWriters.zip("application/zip", "<x/>", "<m/>");
		refused("plan.docx", zip, "neither a Word (DOCX) nor an OpenDocument (ODT) text");
	}

}

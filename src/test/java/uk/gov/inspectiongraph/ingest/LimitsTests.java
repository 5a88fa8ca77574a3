package uk.gov.inspectiongraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import uk.gov.inspectiongraph.ingest.plan.OwnerDirectory;
import uk.gov.inspectiongraph.ingest.plan.PublishedWriters;
import uk.gov.inspectiongraph.ingest.plan.Vocabulary;
import uk.gov.inspectiongraph.ingest.read.DocumentException;
import uk.gov.inspectiongraph.ingest.read.Limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each limit refuses a document over it in one line that names the file, the limit and the setting that raises
 * it; each hostile kind is refused by name, never with a library's class name. The files are built here, small,
 * with the limit set low where it can be.
 */
class LimitsTests {

	private static final Limits DEFAULTS = Limits.DEFAULTS;

	private static DocumentReader reader(Limits limits) {
		return new DocumentReader(Vocabulary.bundled(), OwnerDirectory.bundled(), limits);
	}

	private static void refused(Limits limits, String file, byte[] bytes, String... words) {
		assertThatThrownBy(() -> reader(limits).read(file, bytes)).isInstanceOf(DocumentException.class)
			.hasMessageStartingWith(file + ":")
			.hasMessageContainingAll(words)
			.satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("Exception").doesNotContain("\n"));
	}

	private static byte[] plan() {
		return CorpusFixtures.bytes(CorpusFixtures.RECALL_PLAN);
	}

	private static PublishedWriters.Plan written() {
		return PublishedWriters.plan(Arrays.asList(new String(plan(), StandardCharsets.UTF_8).split("\n")));
	}

	private static Limits with(long documentBytes, long inflatedBytes, int pages, long pageContent, Duration time,
			int lineChars, int lines) {
		return new Limits(documentBytes, inflatedBytes, DEFAULTS.minInflateRatio(), pages, pageContent, time, lineChars, lines);
	}

	@Test
	void aDocumentLargerThanTheLimitIsRefusedBeforeItIsRead() {
		refused(with(1_000, DEFAULTS.maxInflatedBytes(), 10, DEFAULTS.maxPageContentBytes(), DEFAULTS.maxReadTime(), 1000, 1000),
				"plan.txt", plan(), "the document's size", "over the limit of 1000 bytes", "import.max-document-size");
	}

	@Test
	void aLineLongerThanTheLimitIsRefusedWithItsNumber() {
		String text = new String(plan(), StandardCharsets.UTF_8) + "\n" + "x".repeat(5_000) + "\n";
		refused(with(DEFAULTS.maxDocumentBytes(), DEFAULTS.maxInflatedBytes(), 10, DEFAULTS.maxPageContentBytes(),
				DEFAULTS.maxReadTime(), 4_000, 100_000), "plan.txt", text.getBytes(StandardCharsets.UTF_8), "characters long",
				"over the limit of 4000", "import.max-line-length");
	}

	@Test
	void moreLinesThanTheLimitAreRefused() {
		refused(with(DEFAULTS.maxDocumentBytes(), DEFAULTS.maxInflatedBytes(), 10, DEFAULTS.maxPageContentBytes(),
				DEFAULTS.maxReadTime(), 100_000, 20), "plan.txt", plan(), "the document's lines and table rows",
				"over the limit of 20", "import.max-lines");
	}

	@Test
	void anOdtWhoseContentInflatesOverTheLimitIsRefusedAsItInflates() {
		String content = odtContent("<text:p>" + "A quite ordinary sentence about a plan. ".repeat(60_000) + "</text:p>");
		refused(with(DEFAULTS.maxDocumentBytes(), 1 << 20, 10, DEFAULTS.maxPageContentBytes(), DEFAULTS.maxReadTime(),
				10_000_000, 100_000), "plan.odt", odt(content), "an entry of the ODT, inflated,", "1 MB",
				"import.max-inflated-size");
	}

	@Test
	void anOdtZipBombIsRefusedByItsInflationRatio() {
		String content = odtContent("<text:p>x</text:p>" + " ".repeat(20 << 20));
		refused(DEFAULTS, "bomb.odt", odt(content), "zip bomb", "import.min-inflate-ratio");
	}

	@Test
	void anOdtSpaceCountOfABillionIsRefusedByTheLineLengthNotTheHeap() {
		String content = odtContent("<text:p>a<text:s text:c=\"2000000000\"/>b</text:p>");
		refused(DEFAULTS, "spaces.odt", odt(content), "a paragraph's length", "import.max-line-length");
	}

	@Test
	void aDocxWithADoctypeIsRefusedInWords() throws Exception {
		byte[] docx = replaceEntry(PublishedWriters.docx(written()), "word/document.xml",
				xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"));
		refused(DEFAULTS, "entity.docx", docx, "the DOCX declares a DOCTYPE; external entities are not allowed");
	}

	@Test
	void anOdtBillionLaughsIsRefusedByItsDoctypeInWords() {
		refused(DEFAULTS, "laughs.odt", odt(uk.gov.inspectiongraph.bench.HostileFiles.laughs()),
				"the ODT declares a DOCTYPE; entities are not allowed");
	}

	@Test
	void aDocxZipBombIsRefusedByItsInflationRatio() throws Exception {
		byte[] docx = replaceEntry(PublishedWriters.docx(written()), "word/document.xml",
				xml -> xml.replace("</w:body>", " ".repeat(20 << 20) + "</w:body>"));
		refused(DEFAULTS, "bomb.docx", docx, "zip bomb", "import.min-inflate-ratio");
	}

	@Test
	void aPdfOfMorePagesThanTheLimitIsRefused() {
		byte[] pdf = PublishedWriters.pdf(written());
		refused(with(DEFAULTS.maxDocumentBytes(), DEFAULTS.maxInflatedBytes(), 2, DEFAULTS.maxPageContentBytes(),
				DEFAULTS.maxReadTime(), 100_000, 100_000), "plan.pdf", pdf, "the PDF's page count", "over the limit of 2",
				"import.max-pages");
	}

	@Test
	void aPdfPageWhoseContentInflatesOverTheLimitIsRefused() {
		byte[] pdf = PublishedWriters.pdf(written());
		refused(with(DEFAULTS.maxDocumentBytes(), DEFAULTS.maxInflatedBytes(), 100, 1_000, DEFAULTS.maxReadTime(), 100_000,
				100_000), "plan.pdf", pdf, "the content of a PDF page, inflated,", "1000 bytes", "import.max-page-content-size");
	}

	@Test
	void aPdfPageOfTwoGigabytesIsRefusedByTheLimitAsItInflatesNotByTheHeap() throws Exception {
		// more than one Java array holds: a reader that inflated the page whole could not refuse it by the limit
		byte[] pdf = uk.gov.inspectiongraph.bench.HostileFiles.pdfPage(2L << 30, 1);
		refused(DEFAULTS, "page.pdf", pdf, "the content of a PDF page, inflated,", "32 MB", "import.max-page-content-size");
	}

	@Test
	void readingLongerThanTheTimeLimitIsRefused() {
		byte[] pdf = PublishedWriters.pdf(written());
		refused(with(DEFAULTS.maxDocumentBytes(), DEFAULTS.maxInflatedBytes(), 100, DEFAULTS.maxPageContentBytes(),
				Duration.ZERO, 100_000, 100_000), "plan.pdf", pdf, "the time spent reading the document", "import.max-read-time");
	}

	@Test
	void aDocumentOverTheTransactionsMemoryIsRefusedNamingTheSetting() {
		// the database's words when a plan of 20,000 actions met the cap (bench/hostile-import.sh)
		var ex = new org.neo4j.driver.exceptions.TransientException("Neo.TransientError.General.MemoryPoolOutOfMemoryError",
				"The allocation of an extra 2.0 MiB would use more than the limit 102.4 MiB. Currently using 101.0 MiB. "
						+ "db.memory.transaction.max threshold reached");
		assertThat(Importer.refusal(ex)).isEqualTo("the document needs more memory in one transaction than the limit of 102.4 MiB"
				+ " (raise it with neo4j.embedded.transaction-memory, and the heap with -Xmx, or split the document)");
		assertThat(Importer.refusal(new org.neo4j.driver.exceptions.ClientException("Neo.ClientError.Statement.SyntaxError", "bad")))
			.isEqualTo("the database refused the document: bad");
	}

	@Test
	void theSameDocumentsWithinTheDefaultsRead() {
		assertThat(reader(DEFAULTS).read("plan.txt", plan()).recommendations).isNotEmpty();
		assertThat(reader(DEFAULTS).read("plan.pdf", PublishedWriters.pdf(written())).recommendations).isNotEmpty();
	}

	private static String odtContent(String body) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
				+ " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
				+ " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
				+ " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"><office:body><office:text>" + body
				+ "</office:text></office:body></office:document-content>";
	}

	private static byte[] odt(String content) {
		return PublishedWriters.zip("application/vnd.oasis.opendocument.text", content, "<?xml version=\"1.0\"?>"
				+ "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>");
	}

	private static byte[] replaceEntry(byte[] zip, String name, java.util.function.UnaryOperator<String> change)
			throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipEntry e; (e = in.getNextEntry()) != null;) {
				byte[] data = in.readAllBytes();
				if (e.getName().equals(name)) {
					data = change.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(e.getName()));
				out.write(data);
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}

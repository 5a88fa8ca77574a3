package uk.gov.inspectiongraph.ingest.read;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import uk.gov.inspectiongraph.ingest.CorpusFixtures;
import uk.gov.inspectiongraph.ingest.DocumentReader;
import uk.gov.inspectiongraph.ingest.ParsedText;
import uk.gov.inspectiongraph.ingest.plan.OwnerDirectory;
import uk.gov.inspectiongraph.ingest.plan.ParsedDocument;
import uk.gov.inspectiongraph.ingest.plan.PublishedWriters;
import uk.gov.inspectiongraph.ingest.plan.Vocabulary;
import uk.gov.inspectiongraph.ingest.read.TemplateDocx.Layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The evidence that published plans read as their text does: each corpus plan written whole into the HMPPS Word
 * template ({@link TemplateDocx}: preamble, the agreement-categories table, the plan table with its header
 * repeated on every page and rows split across pages, bullets, the closing summary, running header and footer), in
 * portrait and landscape, Arial and Calibri, one also without vertical rules and one with its header once, and
 * converted by LibreOffice headless to ODT, to a tagged PDF (as Word's "Save as PDF" writes by default and as an
 * accessible public document must be) and to an untagged PDF (LibreOffice's default export). DOCX, ODT and the
 * tagged PDF read exactly as the text; the untagged PDF, read from its ruling lines and positions, keeps every
 * recommendation, agreement, word, owner and date, but where a page break falls between two paragraphs or two
 * rows of a cell, it cannot always tell them from one (see docs/documents.md). Skipped where {@code soffice} is not
 * installed.
 */
class LibreOfficeFormatsTests {

	private static final DocumentReader READER = new DocumentReader(Vocabulary.bundled(), OwnerDirectory.bundled());

	private static final List<String> PLANS = List.of(CorpusFixtures.EM_PLAN, CorpusFixtures.RECALL_PLAN,
			CorpusFixtures.POST_RELEASE_PLAN, CorpusFixtures.COVID_PLAN);

	/** Every plan in both orientations and both fonts; one plan also without vertical rules and with its header once. */
	private static final List<Layout> LAYOUTS = List.of(Layout.portrait("Arial"), Layout.landscape("Calibri"));

	private static final List<Layout> ONE_PLAN_LAYOUTS = List.of(Layout.portrait("Calibri").withoutVerticalRules(),
			Layout.landscape("Arial").withoutRepeatedHeader());

	private static Map<String, Map<String, byte[]>> converted;

	static Stream<Arguments> documents() {
		Stream<Arguments> all = PLANS.stream()
			.flatMap(p -> LAYOUTS.stream().map(l -> Arguments.of(p, l.name())));
		Stream<Arguments> one = ONE_PLAN_LAYOUTS.stream().map(l -> Arguments.of(CorpusFixtures.RECALL_PLAN, l.name()));
		return Stream.concat(all, one)
			.flatMap(a -> Stream.of("docx", "odt", "pdf").map(f -> Arguments.of(a.get()[0], a.get()[1], f)));
	}

	static Stream<Arguments> untagged() {
		return documents().filter(a -> a.get()[2].equals("pdf")).map(a -> Arguments.of(a.get()[0], a.get()[1]));
	}

	@ParameterizedTest(name = "{0} {1} as {2}")
	@MethodSource("documents")
	void aPlanPublishedFromTheTemplateReadsAsItsText(String plan, String layout, String format) {
		byte[] published = published(format).get(plan + " " + layout);
		ParsedDocument expected = READER.read(plan, CorpusFixtures.bytes(plan));
		ParsedDocument actual = READER.read(plan + "." + format, published);
		assertThat(PublishedFormatsTests.reading(actual, Function.identity()))
			.isEqualTo(PublishedFormatsTests.reading(expected, Function.identity()));
		assertThat(actual.locations).hasSameSizeAs(actual.lines);
	}

	@ParameterizedTest(name = "{0} {1} as an untagged PDF")
	@MethodSource("untagged")
	void anUntaggedPdfKeepsEveryRecommendationWordOwnerAndDate(String plan, String layout) {
		byte[] published = published("untagged").get(plan + " " + layout);
		ParsedDocument expected = READER.read(plan, CorpusFixtures.bytes(plan));
		ParsedDocument actual = READER.read(plan + ".pdf", published);
		assertThat(ParsedText.skeleton(actual)).isEqualTo(ParsedText.skeleton(expected));
	}

	@Test
	void aRowSplitAcrossAPageBreakIsOneRow() {
		byte[] pdf = published("untagged").get(CorpusFixtures.EM_PLAN + " " + LAYOUTS.get(0).name());
		List<PublishedTable.Block> blocks = PdfBody.read("plan.pdf", pdf);
		PublishedTable.Table plan = blocks.stream()
			.filter(b -> b instanceof PublishedTable.Table t && PublishedTable.isHeader(t.rows().get(0).texts()))
			.map(PublishedTable.Table.class::cast)
			.findFirst()
			.orElseThrow();
		// the first recommendation's response runs from page 1 to page 2 in this layout
		String response = plan.rows().stream()
			.filter(r -> r.texts().get(0).equals("1"))
			.findFirst()
			.orElseThrow()
			.texts()
			.get(3);
		assertThat(response).contains("Funding has been approved").contains("Deliver recommendations that flow");
	}

	@Test
	void theGlossaryTableBeforeThePlanIsNotThePlan() {
		byte[] pdf = published("untagged").get(CorpusFixtures.EM_PLAN + " " + LAYOUTS.get(0).name());
		List<PublishedTable.Table> tables = PdfBody.read("plan.pdf", pdf)
			.stream()
			.filter(PublishedTable.Table.class::isInstance)
			.map(PublishedTable.Table.class::cast)
			.toList();
		assertThat(tables.get(0).rows().get(0).texts()).containsExactly("Term", "Definition", "Additional comment");
		assertThat(tables).filteredOn(t -> PublishedTable.isHeader(t.rows().get(0).texts())).hasSize(1);
	}

	/** The template documents of every plan and layout, by "plan layout", in the format asked for. */
	private static synchronized Map<String, byte[]> published(String format) {
		assumeTrue(LibreOffice.available(), "LibreOffice (soffice) is not installed");
		if (converted == null) {
			Map<String, byte[]> docx = new LinkedHashMap<>();
			for (String plan : PLANS) {
				PublishedWriters.Plan p = PublishedWriters
					.plan(Arrays.asList(new String(CorpusFixtures.bytes(plan), StandardCharsets.UTF_8).split("\n")));
				for (Layout l : LAYOUTS) {
					docx.put(plan + " " + l.name(), TemplateDocx.docx(p, l));
				}
				if (plan.equals(CorpusFixtures.RECALL_PLAN)) {
					for (Layout l : ONE_PLAN_LAYOUTS) {
						docx.put(plan + " " + l.name(), TemplateDocx.docx(p, l));
					}
				}
			}
			converted = new LinkedHashMap<>();
			converted.put("docx", docx);
			converted.put("odt", LibreOffice.convert(docx, "docx", "odt"));
			converted.put("pdf", LibreOffice.convert(docx, "docx", "pdf",
					"pdf:writer_pdf_Export:{\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"}}", "tagged-pdf"));
			converted.put("untagged", LibreOffice.convert(docx, "docx", "pdf"));
		}
		return converted.get(format);
	}

}

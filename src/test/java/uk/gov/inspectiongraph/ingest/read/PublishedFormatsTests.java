package uk.gov.inspectiongraph.ingest.read;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each corpus plan written by the project's own writers as DOCX, ODT and PDF (with its paragraphs, bullets, merged
 * headings, a header row repeated, and for PDF rows split across pages with no rule under them) reads as its text
 * does, apart from where each part was read from; the PDF keeps every recommendation, word, owner and date. These
 * are not the evidence that published files read: {@link LibreOfficeFormatsTests} is.
 */
class PublishedFormatsTests {

	private static final DocumentReader READER = new DocumentReader(Vocabulary.bundled(), OwnerDirectory.bundled());

	private static final List<String> PLANS = List.of(CorpusFixtures.EM_PLAN, CorpusFixtures.RECALL_PLAN,
			CorpusFixtures.POST_RELEASE_PLAN, CorpusFixtures.COVID_PLAN);

	static Stream<Arguments> plansAndFormats() {
		return PLANS.stream().flatMap(p -> Stream.of(Arguments.of(p, "docx"), Arguments.of(p, "odt"), Arguments.of(p, "pdf")));
	}

	/** The reading without provenance: no line numbers, no warnings (fallback rows are only the text's). */
	static String reading(ParsedDocument doc, Function<String, String> printable) {
		String text = ParsedText.of(doc);
		text = text.substring(text.indexOf('\n') + 1, text.indexOf("\nwarnings:"));
		return printable.apply(text.replaceAll(" ?\\[lines? [^\\]]*\\]", ""));
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("plansAndFormats")
	void aPublishedPlanReadsAsItsText(String file, String format) {
		byte[] text = CorpusFixtures.bytes(file);
		ParsedDocument expected = READER.read(file, text);
		PublishedWriters.Plan plan = PublishedWriters.plan(Arrays.asList(new String(text, StandardCharsets.UTF_8).split("\n")));
		byte[] published = switch (format) {
			case "docx" -> PublishedWriters.docx(plan);
			case "odt" -> PublishedWriters.odt(plan);
			default -> PublishedWriters.pdf(plan);
		};
		ParsedDocument actual = READER.read("plan." + format, published);
		if (format.equals("pdf")) {
			// a PDF without tags, read from positions: where a page break falls between paragraphs or rows is not
			// always known (see LibreOfficeFormatsTests)
			assertThat(PublishedWriters.printable(ParsedText.skeleton(actual)))
				.isEqualTo(PublishedWriters.printable(ParsedText.skeleton(expected)));
		}
		else {
			assertThat(reading(actual, Function.identity())).isEqualTo(reading(expected, Function.identity()));
		}
		assertThat(actual.locations).hasSameSizeAs(actual.lines);
		assertThat(actual.recommendations.get(0).lines).allSatisfy(line -> assertThat(actual.locations.get(line - 1))
			.matches(format.equals("pdf") ? "page \\d+, row \\d+" : "table 1, row \\d+"));
	}

}

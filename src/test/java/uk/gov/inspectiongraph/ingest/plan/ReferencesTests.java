package uk.gov.inspectiongraph.ingest.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.gov.inspectiongraph.ingest.CorpusFixtures;
import uk.gov.inspectiongraph.ingest.DocumentReader;

import static org.assertj.core.api.Assertions.assertThat;

/** How references are found in a plan's text, and how a cited name is scored against the corpus reports. */
class ReferencesTests {

	private static final DocumentReader READER = new DocumentReader(Vocabulary.bundled(), OwnerDirectory.bundled());

	private static final List<String> EM = List.of("elect", "monit", "tool", "reduc", "reoff", "manag", "risk", "em");

	private static final List<String> RECALL = List.of("recal", "cultu", "pract", "alter");

	private static List<String> found(String number) throws IOException {
		ParsedDocument doc = READER.read("court-liaison.txt",
				Files.readAllBytes(Path.of("src/test/resources/plans/court-liaison.txt")));
		return CorpusFixtures.rec(doc, number).references.stream().map(ParsedDocument.Reference::toString).toList();
	}

	@Test
	void aShortNameIsAReportToResolve() throws IOException {
		assertThat(found("1")).containsExactly("report 'EM thematic' [line 14]");
	}

	@Test
	void aNumberedRecommendationOfAReportKeepsTheReportsNameUpToItsDocumentWord() throws IOException {
		assertThat(found("2")).containsExactly("recommendation 3 of report 'our response to the Covid recovery report' [line 15]");
	}

	@Test
	void aYearAndSubjectIsAReportToResolve() throws IOException {
		assertThat(found("3")).containsExactly("report '2020 recall thematic' [line 16]");
	}

	@Test
	void aTitleInCapitalsIsAReportWithItsOfPart() throws IOException {
		assertThat(found("4")).containsExactly("report 'Independent Review of Probation Caseloads' [line 17]");
	}

	@Test
	void aCuratedDocumentIsReferencedByAnyOfItsNamesOnce() {
		ParsedDocument doc = CorpusFixtures.parse(CorpusFixtures.POST_RELEASE_PLAN);
		assertThat(CorpusFixtures.rec(doc, "1").references).extracting(ParsedDocument.Reference::toString)
			.containsExactly("recommendation 1 of document 'ACMD report on Custody to Community Transitions' [line 49]");
	}

	@Test
	void aPolicyOfTheVocabularyIsAMentionAndNotAReference() {
		ParsedDocument doc = CorpusFixtures.parse(CorpusFixtures.COVID_PLAN);
		assertThat(doc.recommendations).flatExtracting(r -> r.references)
			.noneMatch(r -> r.report() != null && r.report().contains("Rehabilitation Strategy"));
	}

	@Test
	void aDescriptionWithoutTitleYearOrReportWordsIsNoReference() {
		ParsedDocument doc = CorpusFixtures.parse(CorpusFixtures.POST_RELEASE_PLAN);
		assertThat(doc.recommendations).flatExtracting(r -> r.references)
			.noneMatch(r -> r.report() != null && (r.report().contains("offending review") || r.report().contains("Government")));
	}

	@Test
	void everyDistinctiveWordFoundScoresOne() {
		assertThat(CitationScore.of("the EM thematic", EM, 2022)).isEqualTo(1.0);
	}

	@Test
	void aYearThatAgreesAddsHalfAndOneThatDiffersRulesTheReportOut() {
		assertThat(CitationScore.of("the 2020 recall thematic", RECALL, 2020)).isEqualTo(1.5);
		assertThat(CitationScore.of("the 2019 recall thematic", RECALL, 2020)).isLessThan(CitationScore.THRESHOLD);
	}

	@Test
	void noWordInCommonIsNoFitWhateverTheYear() {
		assertThat(CitationScore.of("the 2020 widget thematic", RECALL, 2020)).isZero();
	}

	@Test
	void twoReportsFittingEquallyAreAmbiguous() {
		CitationScore.Outcome outcome = CitationScore.resolve("the risk and recall thematic",
				List.of(new CitationScore.Candidate("em", "EM", EM, 2022),
						new CitationScore.Candidate("recall", "Recall", RECALL, 2020)));
		assertThat(outcome.ambiguous()).isTrue();
		assertThat(outcome.chosen()).isNull();
		assertThat(outcome.tied()).extracting(CitationScore.Candidate::id).containsExactly("em", "recall");
	}

	@Test
	void aWordNoReportHasMeansNoReportIsCited() {
		CitationScore.Outcome outcome = CitationScore.resolve("the widget risk thematic",
				List.of(new CitationScore.Candidate("em", "EM", EM, 2022)));
		assertThat(outcome.chosen()).isNull();
		assertThat(outcome.ambiguous()).isFalse();
	}

}

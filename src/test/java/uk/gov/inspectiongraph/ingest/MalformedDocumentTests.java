package uk.gov.inspectiongraph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import uk.gov.inspectiongraph.ingest.plan.OwnerDirectory;
import uk.gov.inspectiongraph.ingest.plan.ParsedDocument;
import uk.gov.inspectiongraph.ingest.plan.Vocabulary;
import uk.gov.inspectiongraph.ingest.read.DocumentException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input of every kind gets an error naming the file, the line and the reason. */
class MalformedDocumentTests {

	private final DocumentReader reader = new DocumentReader(Vocabulary.bundled(), OwnerDirectory.bundled());

	@Test
	void anEmptyFileIsRejected() {
		assertThatThrownBy(() -> this.reader.read("empty.txt", new byte[0])).isInstanceOf(DocumentException.class)
			.hasMessage("empty.txt:1: the document is empty");
	}

	@Test
	void aNonUtf8FileIsRejectedAtItsFirstBadLine() {
		byte[] bytes = "line one\nline two caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> this.reader.read("latin1.txt", bytes)).isInstanceOf(DocumentException.class)
			.hasMessage("latin1.txt:2: not valid UTF-8 text");
	}

	@Test
	void aTruncatedPlanWithNoTableIsRejected() {
		byte[] full = CorpusFixtures.bytes(CorpusFixtures.EM_PLAN);
		byte[] truncated = Arrays.copyOf(full, 900);
		assertThatThrownBy(() -> this.reader.read("truncated.txt", truncated)).isInstanceOf(DocumentException.class)
			.hasMessageContaining("truncated.txt:1:")
			.hasMessageContaining("'1. Rec No'");
	}

	@Test
	void aPlanCutOffAfterTheTableHeaderHasNoRecommendations() {
		String text = new String(CorpusFixtures.bytes(CorpusFixtures.EM_PLAN), StandardCharsets.UTF_8);
		String cut = text.substring(0, text.indexOf("1. Rec No")) + "1. Rec No\t2. Recommendation\n";
		assertThatThrownBy(() -> this.reader.read("cut.txt", cut.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(DocumentException.class)
			.hasMessage("cut.txt:1: the action plan table has no recommendations");
	}

	@Test
	void aBadSubmissionDateNamesItsLine() {
		String text = new String(CorpusFixtures.bytes(CorpusFixtures.EM_PLAN), StandardCharsets.UTF_8)
			.replace("Action Plan Submitted: 17th January 2022.", "Action Plan Submitted: 41st Smarch 2022.");
		assertThatThrownBy(() -> this.reader.read("baddate.txt", text.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(DocumentException.class)
			.hasMessage("baddate.txt:8: cannot read the submission date '41st Smarch 2022.'");
	}

	@Test
	void aRowWithTheWrongNumberOfCellsIsReadAsWellAsPossibleAndReported() {
		String text = new String(CorpusFixtures.bytes(CorpusFixtures.EM_PLAN), StandardCharsets.UTF_8)
			.replace("12\tEnsure all probation practitioners receive training", "12\tExtra\tCell\tEnsure all probation practitioners receive training");
		ParsedDocument doc = this.reader.read("extra.txt", text.getBytes(StandardCharsets.UTF_8));
		assertThat(doc.warnings).anyMatch(w -> w.toString().startsWith("extra.txt:115: cannot read agreement 'Cell'"));
	}

	@Test
	void aDuplicatedRecommendationNumberIsRejected() {
		String text = new String(CorpusFixtures.bytes(CorpusFixtures.EM_PLAN), StandardCharsets.UTF_8)
			.replace("13\tEnsure that probation practitioners clearly record", "12\tEnsure that probation practitioners clearly record");
		assertThatThrownBy(() -> this.reader.read("dup.txt", text.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(DocumentException.class)
			.hasMessage("dup.txt:116: recommendation 12 appears twice");
	}

	@Test
	void textThatIsNeitherAPlanNorASummaryIsRejected() {
		assertThatThrownBy(() -> this.reader.read("notes.txt", "shopping list\neggs\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(DocumentException.class)
			.hasMessageContaining("notes.txt:1: neither an action plan");
	}

}

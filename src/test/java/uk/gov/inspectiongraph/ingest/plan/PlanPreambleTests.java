package uk.gov.inspectiongraph.ingest.plan;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.gov.inspectiongraph.ingest.read.DocumentException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The first stage on minimal preambles: title, dates, revisions in date order, totals in a sentence. */
class PlanPreambleTests {

	private static ParsedDocument read(String... lines) {
		ParsedDocument doc = new ParsedDocument("t.txt", "0", List.of(lines));
		PlanPreamble.read(doc, List.of(lines), Vocabulary.bundled());
		return doc;
	}

	@Test
	void revisionsAreTheSubmissionDatesInDateOrderWithTheirLines() {
		ParsedDocument doc = read("Updated Action Plan Submitted: 15th May 2020", "Original Action Plan Submitted: 21st May 2019",
				"A Response to: A thematic inspection of widget supervision.", "Report Published: 21st May 2019");
		assertThat(doc.revisions).extracting(ParsedDocument.Revision::label, ParsedDocument.Revision::date,
				ParsedDocument.Revision::line)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Original Action Plan Submitted", LocalDate.of(2019, 5, 21), 2),
					org.assertj.core.groups.Tuple.tuple("Updated Action Plan Submitted", LocalDate.of(2020, 5, 15), 1));
		assertThat(doc.inspection.title()).isEqualTo("A thematic inspection of widget supervision");
		assertThat(doc.inspection.id()).isEqualTo("widget-supervision-2019");
		assertThat(doc.plan.submittedOn()).isEqualTo(LocalDate.of(2019, 5, 21));
	}

	@Test
	void totalsPrintedInASentenceAreRead() {
		ParsedDocument doc = read("Action Plan Submitted: 1st June 2021", "A Response to: A thematic review of widgets",
				"Report Published: 1st May 2021", "Of the 11 recommendations, 7 were agreed, and 4 partly agreed.");
		assertThat(doc.printedTotals).isEqualTo(new ParsedDocument.Totals(7, 4, 0, 4));
	}

	@Test
	void aPreambleWithoutAPublicationDateIsNoPlan() {
		assertThatThrownBy(() -> read("Action Plan Submitted: 1st June 2021", "A Response to: A thematic review of widgets"))
			.isInstanceOf(DocumentException.class)
			.hasMessageContaining("no publication date");
	}

}

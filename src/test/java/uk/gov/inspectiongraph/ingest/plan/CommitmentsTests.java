package uk.gov.inspectiongraph.ingest.plan;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.gov.inspectiongraph.ingest.plan.ColumnRoles.Heading;
import uk.gov.inspectiongraph.ingest.plan.ColumnRoles.Row;
import uk.gov.inspectiongraph.ingest.plan.ColumnRoles.TableLine;
import uk.gov.inspectiongraph.ingest.plan.ParsedDocument.Action;
import uk.gov.inspectiongraph.ingest.plan.ParsedDocument.Recommendation;
import uk.gov.inspectiongraph.ingest.read.DocumentException;

import static org.assertj.core.api.Assertions.assertThat;

/** The third stage on typed rows: recommendations, continuation rows, revisions and commitments. */
class CommitmentsTests {

	private static final List<String> PREAMBLE = List.of("Action Plan Submitted: 7th December 2020",
			"A Response to: A thematic inspection of widget supervision", "Report Published: 10th November 2020",
			"Action Plan Update Submitted: 7th December 2021");

	private final List<TableLine> lines = new ArrayList<>();

	private ParsedDocument read() {
		ParsedDocument doc = new ParsedDocument("t.txt", "0", PREAMBLE);
		PlanPreamble.read(doc, PREAMBLE, Vocabulary.bundled());
		Commitments.read(doc, this.lines, OwnerDirectory.bundled());
		return doc;
	}

	private CommitmentsTests rec(String number, String text, String agreement, String response, String owner,
			String target) {
		this.lines.add(new Row(this.lines.size() + 10, number, text, agreement, response, owner, target));
		return this;
	}

	private CommitmentsTests more(String response, String owner, String target) {
		return rec("", "", "", response, owner, target);
	}

	private static List<String> texts(Recommendation rec) {
		return rec.actions.stream().map(Action::text).toList();
	}

	@Test
	void aBareLetterIsASubRecommendationOfTheNumberAbove() {
		rec("4", "Parent", "", "", "", "").rec("(a)", "Child", "Agreed", "Do it", "Chief Probation Officer", "May 2021");
		ParsedDocument doc = read();
		assertThat(doc.recommendations).extracting(r -> r.number, r -> r.parentNumber)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("4", null), org.assertj.core.groups.Tuple.tuple("4(a)", "4"));
	}

	@Test
	void aHeadingAddressesTheRecommendationsBelowIt() {
		Vocabulary.Entry moj = Vocabulary.bundled().entries().stream().filter(e -> e.name().equals("Ministry of Justice"))
			.findFirst().orElseThrow();
		this.lines.add(new Heading(9, "The Ministry of Justice should:", List.of(moj)));
		rec("1", "Do it", "Agreed", "We will", "Chief Probation Officer", "May 2021");
		assertThat(read().recommendations.get(0).addressees).containsExactly(moj);
	}

	@Test
	void paragraphsAreCommitmentsMatchedToTheOwnerAndTargetItemsOneToOne() {
		rec("1", "Do it", "Agreed", "<p>First.</p> <p>Second.</p>", "<p>Chief Probation Officer</p> <p>Head of Widgets</p>",
				"<p>May 2021</p> <p>June 2021</p>");
		Recommendation rec = read().recommendations.get(0);
		assertThat(rec.actions).extracting(Action::text, a -> a.ownerText.toString(), a -> a.targetText.toString())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("First.", "Chief Probation Officer", "May 2021"),
					org.assertj.core.groups.Tuple.tuple("Second.", "Head of Widgets", "June 2021"));
	}

	@Test
	void extraLeadingParagraphsShareTheFirstOwner() {
		rec("1", "Do it", "Agreed", "<p>Intro.</p> <p>First.</p> <p>Second.</p>",
				"<p>Chief Probation Officer</p> <p>Head of Widgets</p>", "");
		assertThat(read().recommendations.get(0).actions).extracting(a -> a.ownerText.toString())
			.containsExactly("Chief Probation Officer", "Chief Probation Officer", "Head of Widgets");
	}

	@Test
	void bulletsAreSplitOnlyToMatchTheTargetsAndALeadInStaysWithTheFirst() {
		rec("1", "Do it", "Agreed", "We will: • train staff • publish guidance", "Chief Probation Officer",
				"<p>May 2021</p> <p>June 2021</p>");
		assertThat(texts(read().recommendations.get(0))).containsExactly("We will:\n• train staff", "publish guidance");
	}

	@Test
	void aRationaleParagraphIsNoCommitment() {
		rec("1", "Do it", "Partly agreed",
				"<p>This recommendation is partly agreed because budgets are fixed.</p> <p>We will train new staff.</p>",
				"Chief Probation Officer", "May 2021");
		assertThat(texts(read().recommendations.get(0))).containsExactly("We will train new staff.");
	}

	@Test
	void aRowWithNoOwnerOrTargetContinuesTheSameCommitment() {
		rec("1", "Do it", "Agreed", "We will train", "Chief Probation Officer", "May 2021").more("all new staff.", "", "");
		Recommendation rec = read().recommendations.get(0);
		assertThat(texts(rec)).containsExactly("We will train all new staff.");
		assertThat(rec.actions.get(0).lines).containsExactly(10, 11);
	}

	@Test
	void aLowerCaseStartContinuesTextOwnerAndTarget() {
		rec("1", "Do it", "Agreed", "We will train", "Deputy Director,", "March").more("all new staff.", "Public Protection Group", "2021");
		Action action = read().recommendations.get(0).actions.get(0);
		assertThat(action.ownerText).hasToString("Deputy Director, Public Protection Group");
		assertThat(action.targetText).hasToString("March 2021");
	}

	@Test
	void aNewSentenceIsANewCommitmentInheritingTheOwnerAbove() {
		rec("1", "Do it", "Agreed", "We will train.", "Chief Probation Officer", "May 2021").more("We will publish.", "", "June 2021");
		assertThat(read().recommendations.get(0).actions).extracting(a -> a.ownerText.toString())
			.containsExactly("Chief Probation Officer", "Chief Probation Officer");
	}

	@Test
	void anOwnerCellNotStartingWithARoleContinuesTheOwnerAbove() {
		rec("1", "Do it", "Agreed", "We will train.", "Head of Performance Analytics and", "May 2021")
			.more("We will publish.", "Contract Management", "June 2021");
		assertThat(read().recommendations.get(0).actions.get(0).ownerText)
			.hasToString("Head of Performance Analytics and Contract Management");
	}

	@Test
	void aRevisionMarkerSwitchesTheRevisionAndBecomesItsLabel() {
		rec("1", "Do it", "Agreed", "We will train.", "Chief Probation Officer", "May 2021")
			.more("Update (December 2021) Training is complete.", "Chief Probation Officer", "Completed");
		ParsedDocument doc = read();
		assertThat(doc.recommendations.get(0).actions).extracting(a -> a.revision).containsExactly(0, 1);
		assertThat(doc.revisions.get(1).label()).isEqualTo("Update (December 2021)");
	}

	@Test
	void theSameNumberTwiceIsNoPlan() {
		rec("1", "Do it", "Agreed", "", "", "").rec("1", "Again", "Agreed", "", "", "");
		org.assertj.core.api.Assertions.assertThatThrownBy(this::read).isInstanceOf(DocumentException.class)
			.hasMessageContaining("recommendation 1 appears twice");
	}

}

package uk.gov.inspectiongraph.ingest.plan;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.gov.inspectiongraph.ingest.plan.ParsedDocument.Action;
import uk.gov.inspectiongraph.ingest.plan.ParsedDocument.Recommendation;
import uk.gov.inspectiongraph.model.Agreement;

import static org.assertj.core.api.Assertions.assertThat;

/** The last stage on minimal commitments: owners, targets, agreement, rationale and the totals check. */
class PlanActionsTests {

	private final ParsedDocument doc = new ParsedDocument("t.txt", "0", List.of());

	PlanActionsTests() {
		this.doc.inspection = new ParsedDocument.InspectionInfo("widgets-2021", "A thematic inspection of widgets",
				List.of(), List.of("widge"), java.time.LocalDate.of(2021, 1, 1), 1);
	}

	private Recommendation rec(String number, String parent, Agreement printed) {
		Recommendation rec = new Recommendation();
		rec.number = number;
		rec.parentNumber = parent;
		rec.id = "widgets-2021/" + number;
		rec.printedAgreement = printed;
		rec.text.append("Do it");
		rec.lines.add(10 + this.doc.recommendations.size());
		this.doc.recommendations.add(rec);
		return rec;
	}

	private static Action action(Recommendation rec, String owner, String target) {
		Action a = new Action();
		a.text.append("We will do it.");
		a.ownerText.append(owner);
		a.targetText.append(target);
		a.lines.add(rec.lines.get(0));
		rec.actions.add(a);
		return a;
	}

	private void read() {
		PlanActions.read(this.doc, Vocabulary.bundled(), OwnerDirectory.bundled());
	}

	@Test
	void anActionGetsItsIdCanonicalOwnersAndTarget() {
		Action a = action(rec("1", null, Agreement.AGREED), "Chief Probation Officer & Head of Widgets", "*June 2022");
		read();
		assertThat(a.id).isEqualTo("widgets-2021/1/a1");
		assertThat(a.owners).extracting(OwnerDirectory.Role::name).containsExactly("Chief Probation Officer", "Head of Widgets");
		assertThat(a.target.dueOn()).isEqualTo(java.time.LocalDate.of(2022, 6, 30));
		assertThat(a.target.revised()).isTrue();
		assertThat(this.doc.warnings).extracting(Warning::kind).containsExactly(Warning.Kind.UNKNOWN_OWNER);
	}

	@Test
	void aParentPrintedWithoutAgreementTakesItFromItsChildren() {
		Recommendation parent = rec("4", null, null);
		rec("4(a)", "4", Agreement.AGREED);
		rec("4(b)", "4", Agreement.NOT_AGREED);
		read();
		assertThat(parent.agreement).isEqualTo(Agreement.PARTLY_AGREED);
		assertThat(this.doc.warnings).isEmpty();
	}

	@Test
	void noAgreementAnywhereIsReadAsAgreedWithAWarning() {
		Recommendation rec = rec("1", null, null);
		read();
		assertThat(rec.agreement).isEqualTo(Agreement.AGREED);
		assertThat(this.doc.warnings).extracting(Warning::kind).containsExactly(Warning.Kind.MISSING_AGREEMENT);
	}

	@Test
	void theRationaleIsTheSentenceSayingWhyNotFullyAgreed() {
		Recommendation rec = rec("1", null, Agreement.PARTLY_AGREED);
		rec.response.append("This recommendation is partly agreed because budgets are fixed. Training will follow.");
		read();
		assertThat(rec.rationale).isEqualTo("This recommendation is partly agreed because budgets are fixed.");
	}

	@Test
	void printedTotalsThatDifferFromTheTableAreWarned() {
		rec("1", null, Agreement.AGREED);
		this.doc.printedTotals = new ParsedDocument.Totals(0, 1, 0, 99);
		read();
		assertThat(this.doc.warnings).singleElement().satisfies(w -> {
			assertThat(w.kind()).isEqualTo(Warning.Kind.TOTALS_MISMATCH);
			assertThat(w.line()).isEqualTo(99);
		});
	}

	@Test
	void anUnreadableTargetIsWarned() {
		action(rec("1", null, Agreement.AGREED), "Chief Probation Officer", "when budgets allow");
		read();
		assertThat(this.doc.warnings).extracting(Warning::kind).containsExactly(Warning.Kind.UNREADABLE);
	}

}

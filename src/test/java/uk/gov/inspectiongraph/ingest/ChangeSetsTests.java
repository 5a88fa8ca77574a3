package uk.gov.inspectiongraph.ingest;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The matching of actions across two versions of a plan, on minimal plans. */
class ChangeSetsTests {

	private static ChangeSets.Act act(String text, String owner, String due) {
		return new ChangeSets.Act(text, List.of(owner), due, due, "SCHEDULED");
	}

	@Test
	void aRewordedActionIsTheSameActionChangedAndAnUnrelatedOneIsRemovedAndAdded() {
		var before = List.of(new ChangeSets.Rec("1", "AGREED", List.of(
				act("HMPPS will publish revised guidance on curfew checks for probation staff", "Director A", "2022-04-30"),
				act("Training will be delivered to all staff", "Director B", "2022-06-30"))));
		var after = List.of(new ChangeSets.Rec("1", "AGREED", List.of(
				act("HMPPS will publish the revised guidance on curfew checks to probation staff", "Director A", "2022-04-30"),
				act("A national audit of curfew cases will report to the board", "Director B", "2022-06-30"))));
		assertThat(ChangeSets.diff(before, after)).extracting(ChangeSets.Change::kind, ChangeSets.Change::field)
			.containsExactly(tuple("ACTION_CHANGED", "text"), tuple("ACTION_ADDED", null), tuple("ACTION_REMOVED", null));
	}

	@Test
	void theSameVersionHasNoChangesAndOwnersCompareAsASet() {
		var rec = new ChangeSets.Rec("2", "PARTLY_AGREED", List.of(new ChangeSets.Act("Do it", List.of("B", "A"), "June 2022",
				"2022-06-30", "SCHEDULED")));
		var same = new ChangeSets.Rec("2", "PARTLY_AGREED", List.of(new ChangeSets.Act("Do it", List.of("A", "B"), "June 2022",
				"2022-06-30", "SCHEDULED")));
		assertThat(ChangeSets.diff(List.of(rec), List.of(same))).isEmpty();
	}

	@Test
	void similarityIsWordOverlap() {
		assertThat(ChangeSets.similarity("a b c d", "a b c e")).isEqualTo(3.0 / 5);
		assertThat(ChangeSets.similarity("The Plan!", "the plan")).isEqualTo(1.0);
		assertThat(ChangeSets.similarity("x", "y")).isZero();
	}

}

package uk.gov.inspectiongraph.ingest;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.gov.inspectiongraph.ingest.CommitmentChains.Basis;
import uk.gov.inspectiongraph.ingest.CommitmentChains.Entry;
import uk.gov.inspectiongraph.ingest.CommitmentChains.Kind;
import uk.gov.inspectiongraph.model.TargetStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** Which update continues which commitment, and what a chain's dates say. */
class CommitmentChainsTests {

	private static final LocalDate PLAN = LocalDate.of(2020, 12, 7);

	private static final LocalDate UPDATE = LocalDate.of(2021, 12, 7);

	private static Entry original(String id, String text, String due) {
		return new Entry(id, PLAN, 0, Kind.ORIGINAL, "Action Plan Submitted", text, due,
				due == null ? null : LocalDate.parse(due), due == null ? TargetStatus.COMPLETED : TargetStatus.SCHEDULED, 0);
	}

	private static Entry update(String id, String text, String due) {
		return new Entry(id, UPDATE, 10_000, Kind.REVISION, "Update December 2021", text, due,
				due == null ? null : LocalDate.parse(due), due == null ? TargetStatus.COMPLETED : TargetStatus.SCHEDULED, 0);
	}

	@Test
	void oneUpdateRowReportsOnEveryOpenCommitmentOfItsRecommendation() {
		var chains = CommitmentChains.ofRevisions(List.of(
				List.of(original("a1", "Develop guidance for licence warnings", "2021-04-30"),
						original("a2", "Amend the Touch Points Model", "2021-04-30")),
				List.of(update("a3", "New guidance for recall decisions is being implemented", null))));
		assertThat(chains).hasSize(1);
		assertThat(chains.get(0)).extracting(Entry::action).containsExactly("a1", "a2", "a3");
	}

	@Test
	void aCommitmentCompletedBeforeIsNotContinuedAndRowsAlikeInWordsPairUp() {
		var chains = CommitmentChains.ofRevisions(List.of(
				List.of(original("a1", "Review the referral allocations process for approved premises", "2021-04-30"),
						original("a2", "Publish the accommodation strategy", null)),
				List.of(update("a3", "The review of the referral allocations process for approved premises is complete", null))));
		assertThat(chains).extracting(c -> c.stream().map(Entry::action).toList())
			.containsExactly(List.of("a1", "a3"), List.of("a2"));
	}

	@Test
	void aLaterDateIsADeferralExplainedOnlyWhenItsUpdateSaysWhy() {
		List<Entry> quiet = List.of(original("a1", "Design EPF3", "2021-11-30"),
				update("a2", "A decision on the final option will be made by January 2022.", "2022-01-31"));
		var slippage = CommitmentChains.slippage(quiet);
		assertThat(slippage.firstDueOn()).isEqualTo(LocalDate.of(2021, 11, 30));
		assertThat(slippage.latestDueOn()).isEqualTo(LocalDate.of(2022, 1, 31));
		assertThat(slippage.deferrals()).isEqualTo(1);
		assertThat(slippage.daysDeferred()).isEqualTo(62);
		assertThat(slippage.unexplainedDeferrals()).isEqualTo(1);

		List<Entry> said = List.of(original("a1", "Train staff", "2021-06-30"),
				update("a2", "The review has necessitated a delay to the training.", "2022-03-31"));
		assertThat(CommitmentChains.slippage(said).unexplainedDeferrals()).isZero();
		assertThat(CommitmentChains.slippage(said).reasons()).containsExactly("The review has necessitated a delay to the training.");
	}

	@Test
	void anEarlierDateIsNoDeferral() {
		var slippage = CommitmentChains.slippage(List.of(original("a1", "Publish", "2022-03-31"),
				update("a2", "Publication brought forward", "2022-02-28")));
		assertThat(slippage.deferrals()).isZero();
		assertThat(slippage.daysDeferred()).isZero();
		assertThat(slippage.firstDueOn()).isEqualTo(LocalDate.of(2022, 3, 31));
		assertThat(slippage.latestDueOn()).isEqualTo(LocalDate.of(2022, 2, 28));
	}

	@Test
	void completionIsTheStatedDateElseTheDateOfTheRevisionThatReportsIt() {
		var stated = CommitmentChains.completion(List.of(original("a1", "Agree the L&D plan", "2021-06-30"),
				update("a2", "The L&D plan was agreed and finalised in March 2021.", null)));
		assertThat(stated.completedOn()).isEqualTo(LocalDate.of(2021, 3, 31));
		assertThat(stated.basis()).isEqualTo(Basis.STATED);

		var reported = CommitmentChains.completion(List.of(original("a1", "Issue guidance", "2021-03-31"),
				update("a2", "PPG has issued fresh guidance.", null)));
		assertThat(reported.completedOn()).isEqualTo(UPDATE);
		assertThat(reported.basis()).isEqualTo(Basis.REVISION_DATE);

		assertThat(CommitmentChains.completion(List.of(original("a1", "Issue guidance", "2021-03-31")))).isNull();
	}

}

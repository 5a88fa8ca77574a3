package uk.gov.inspectiongraph.ingest.plan;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The reading rules for what an update says about time: a reason for a later date, a stated completion date. */
class UpdateReadingTests {

	private static final LocalDate UPDATE = LocalDate.of(2021, 12, 7);

	@Test
	void aSentenceNamingADelayOrACauseIsAReason() {
		assertThat(UpdateReading.reasons("Since the original recommendation, the Department has begun a review. "
				+ "This review has necessitated a delay to the development of training."))
			.containsExactly("This review has necessitated a delay to the development of training.");
		assertThat(UpdateReading.reasons("The pilot has been extended into 2022 due to encouraging initial results."))
			.hasSize(1);
		assertThat(UpdateReading.reasons("The work was paused during the pandemic.")).hasSize(1);
		assertThat(UpdateReading.reasons("The launch was rescheduled because of the general election.")).hasSize(1);
		assertThat(UpdateReading.reasons("Roll-out has been postponed owing to staffing pressures.")).hasSize(1);
	}

	@Test
	void dueToBeforeAVerbIsAScheduleNotAReason() {
		assertThat(UpdateReading.reasons("The review is due to report in Autumn 2022.")).isEmpty();
		assertThat(UpdateReading.reasons("Recruitment is due to commence in the new calendar year (2022).")).isEmpty();
		assertThat(UpdateReading.reasons("A decision on the final option will be made by January 2022.")).isEmpty();
	}

	@Test
	void aDateInASentenceReportingCompletedWorkIsTheCompletionDate() {
		assertThat(UpdateReading.statedCompletion("The strategy was published in October 2021.", UPDATE))
			.isEqualTo(LocalDate.of(2021, 10, 31));
		assertThat(UpdateReading.statedCompletion(
				"The national transition L&D plan was agreed and finalised in March 2021 and outlined the learning.", UPDATE))
			.isEqualTo(LocalDate.of(2021, 3, 31));
		assertThat(UpdateReading.statedCompletion("The guidance was issued in May 2021. The toolkit was launched in "
				+ "September 2021.", UPDATE)).as("the last stated part").isEqualTo(LocalDate.of(2021, 9, 30));
	}

	@Test
	void workStillToComeOrADateAfterTheUpdateIsNoCompletion() {
		assertThat(UpdateReading.statedCompletion("• MAPPA (to be rolled out November 2021)", UPDATE)).isNull();
		assertThat(UpdateReading.statedCompletion("The framework will be published in March 2022.", UPDATE)).isNull();
		assertThat(UpdateReading.statedCompletion("The framework was published in March 2022.", UPDATE))
			.as("after the update that reports it").isNull();
		assertThat(UpdateReading.statedCompletion("The new process is being implemented across all regions.", UPDATE))
			.isNull();
	}

}

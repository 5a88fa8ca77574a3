package uk.gov.inspectiongraph.ingest.plan;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.gov.inspectiongraph.model.TargetStatus;

import static org.assertj.core.api.Assertions.assertThat;

class TargetParserTests {

	@Test
	void aMonthIsDueOnItsLastDay() {
		Target t = TargetParser.parse("April 2022");
		assertThat(t.dueOn()).isEqualTo(LocalDate.of(2022, 4, 30));
		assertThat(t.status()).isEqualTo(TargetStatus.SCHEDULED);
		assertThat(t.text()).isEqualTo("April 2022");
	}

	@Test
	void seasonsQuartersAndEarlyYearsEndWhereTheContractSays() {
		assertThat(TargetParser.parse("Autumn 2019").dueOn()).isEqualTo(LocalDate.of(2019, 11, 30));
		assertThat(TargetParser.parse("FY Quarter One 2022/23").dueOn()).isEqualTo(LocalDate.of(2022, 6, 30));
		assertThat(TargetParser.parse("early 2022").dueOn()).isEqualTo(LocalDate.of(2022, 3, 31));
		assertThat(TargetParser.parse("Q3 2020/21").dueOn()).isEqualTo(LocalDate.of(2020, 12, 31));
	}

	@Test
	void theLatestPeriodNamedWins() {
		assertThat(TargetParser.parse("May 2022 and June 2022 respectively.").dueOn()).isEqualTo(LocalDate.of(2022, 6, 30));
		assertThat(TargetParser.parse("December 2019 July 2019").dueOn()).isEqualTo(LocalDate.of(2019, 12, 31));
	}

	@Test
	void completedWithAnOpenDateIsScheduled() {
		Target t = TargetParser.parse("Completed and June 2021");
		assertThat(t.status()).isEqualTo(TargetStatus.SCHEDULED);
		assertThat(t.dueOn()).isEqualTo(LocalDate.of(2021, 6, 30));
	}

	@Test
	void completedAloneIsCompletedWithNoDate() {
		Target t = TargetParser.parse("Completed Completed");
		assertThat(t.status()).isEqualTo(TargetStatus.COMPLETED);
		assertThat(t.dueOn()).isNull();
	}

	@Test
	void ongoingAndRecurringWorkIsOngoing() {
		assertThat(TargetParser.parse("Ongoing").status()).isEqualTo(TargetStatus.ONGOING);
		assertThat(TargetParser.parse("To be reviewed quarterly").status()).isEqualTo(TargetStatus.ONGOING);
		assertThat(TargetParser.parse("Completed and ongoing").status()).isEqualTo(TargetStatus.ONGOING);
	}

	@Test
	void anEmptyCellIsUnspecified() {
		assertThat(TargetParser.parse("  ")).isEqualTo(Target.NONE);
		assertThat(Target.NONE.status()).isEqualTo(TargetStatus.UNSPECIFIED);
	}

	@Test
	void aLeadingStarMarksARevisedDate() {
		Target t = TargetParser.parse("*December 2021");
		assertThat(t.revised()).isTrue();
		assertThat(t.text()).isEqualTo("*December 2021");
		assertThat(t.dueOn()).isEqualTo(LocalDate.of(2021, 12, 31));
		assertThat(TargetParser.parse("December 2021").revised()).isFalse();
	}

	@Test
	void anImpossibleDateIsNotADate() {
		assertThat(TargetParser.parse("31/02/22").dueOn()).isNull();
		assertThat(TargetParser.exactDay("31st February 2022")).isNull();
	}

}

package uk.gov.inspectiongraph.ingest.read;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.gov.inspectiongraph.ingest.read.PublishedTable.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** A plan's columns are known by the words of their header cells, in any order, as plans head them. */
class PlanColumnsTests {

	@Test
	void eachHeaderCellNamesItsColumnInTheWordsPlansUse() {
		assertThat(PublishedTable.roleOf("1. Rec No")).isEqualTo(Role.NUMBER);
		assertThat(PublishedTable.roleOf("Recommendation number")).isEqualTo(Role.NUMBER);
		assertThat(PublishedTable.roleOf("2. Recommendation")).isEqualTo(Role.RECOMMENDATION);
		assertThat(PublishedTable.roleOf("3. Agreed/ Partly Agreed/ Not Agreed")).isEqualTo(Role.AGREEMENT);
		assertThat(PublishedTable.roleOf("Agreed?")).isEqualTo(Role.AGREEMENT);
		assertThat(PublishedTable.roleOf("4. Response Action Taken/Planned")).isEqualTo(Role.RESPONSE);
		assertThat(PublishedTable.roleOf("5. Responsible Owner")).isEqualTo(Role.OWNER);
		assertThat(PublishedTable.roleOf("Lead")).isEqualTo(Role.OWNER);
		assertThat(PublishedTable.roleOf("6. Target Date")).isEqualTo(Role.TARGET);
		assertThat(PublishedTable.roleOf("Timescale")).isEqualTo(Role.TARGET);
		assertThat(PublishedTable.roleOf("Progress")).isNull();
	}

	@Test
	void aHeaderNeedsSixCellsEachNamingAnotherColumn() {
		assertThat(PublishedTable.isHeader(List.of("Term", "Definition", "Additional comment"))).isFalse();
		assertThat(PublishedTable.isHeader(List.of("Rec No", "Recommendation", "Agreed?", "Action", "Owner", "Owner")))
			.isFalse();
		assertThat(PublishedTable.columns(List.of("Recommendation number", "Recommendation", "Agreed?",
				"Response", "Lead", "Timescale"))).containsExactly(0, 1, 2, 3, 4, 5);
	}

	@Test
	void aPlanWithItsColumnsInAnotherOrderReadsInTheTextFormatsOrder() {
		PublishedTable.Table table = new PublishedTable.Table(List.of(
				row("Recommendation", "Rec No", "Owner", "Target date", "Agreed?", "Response"),
				row("Publish a policy", "1", "Director of Probation", "March 2022", "Agreed", "A policy will be published")));
		PublishedPlan.Lines lines = PublishedTable.render("plan.docx", List.of(table));
		assertThat(lines.lines()).containsExactly(PublishedTable.HEADER,
				"1\tPublish a policy\tAgreed\tA policy will be published\tDirector of Probation\tMarch 2022");
	}

	private static PublishedTable.Row row(String... cells) {
		return new PublishedTable.Row(List.of(cells).stream().map(c -> new PublishedTable.Cell(List.of(c), 1)).toList(),
				"table 1, row 1");
	}

}

package uk.gov.inspectiongraph.ingest.plan;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.gov.inspectiongraph.ingest.plan.ColumnRoles.Heading;
import uk.gov.inspectiongraph.ingest.plan.ColumnRoles.Row;
import uk.gov.inspectiongraph.ingest.plan.ColumnRoles.TableLine;
import uk.gov.inspectiongraph.ingest.plan.ColumnRoles.Total;

import static org.assertj.core.api.Assertions.assertThat;

/** The second stage on minimal rows: each table line as a heading, a totals row, or cells in their columns. */
class ColumnRolesTests {

	private final ColumnRoles columns = new ColumnRoles(Vocabulary.bundled(), OwnerDirectory.bundled());

	private ParsedDocument doc;

	private List<TableLine> read(String... lines) {
		this.doc = new ParsedDocument("t.txt", "0", List.of(lines));
		return this.columns.read(this.doc, List.of(lines), 0);
	}

	private Row row(String line) {
		List<TableLine> read = read(line);
		assertThat(read).hasSize(1).first().isInstanceOf(Row.class);
		return (Row) read.get(0);
	}

	private List<Warning.Kind> warnings() {
		return this.doc.warnings.stream().map(Warning::kind).toList();
	}

	@Test
	void sixCellsAreTheSixColumns() {
		assertThat(row("4(a)\tDo it\tAgreed\tWe will\tChief Probation Officer\tMay 2022"))
			.isEqualTo(new Row(1, "4(a)", "Do it", "Agreed", "We will", "Chief Probation Officer", "May 2022"));
		assertThat(warnings()).isEmpty();
	}

	@Test
	void aNumberFusedWithItsTextIsSplit() {
		Row row = row("6 Review the arrangements for release\tAgreed\tWe will\tChief Probation Officer\tMay 2022");
		assertThat(row.number()).isEqualTo("6");
		assertThat(row.recommendation()).isEqualTo("Review the arrangements for release");
		assertThat(row.owner()).isEqualTo("Chief Probation Officer");
		assertThat(warnings()).containsExactly(Warning.Kind.FALLBACK_ROW);
	}

	@Test
	void aHeadingNamesItsAddresseesEvenSplitMidWordAcrossCells() {
		List<TableLine> read = read("\tHer N\tMajesty's Prison and Pro\tbation Ser\tvice should:\t");
		assertThat(read).singleElement().isInstanceOfSatisfying(Heading.class, h -> assertThat(h.addressees())
			.extracting(Vocabulary.Entry::name).containsExactly("HM Prison and Probation Service"));
	}

	@Test
	void aHeadingNamingNoKnownOrganisationIsWarned() {
		assertThat(read("\tThe Widget Board should:\t\t\t\t")).singleElement().isInstanceOf(Heading.class);
		assertThat(warnings()).containsExactly(Warning.Kind.UNKNOWN_ORGANISATION);
	}

	@Test
	void theClosingTotalsTableIsReadAsTotals() {
		List<TableLine> read = read("Recommendations", "Agreed\t14", "Partly Agreed\t3", "Total\t17");
		assertThat(read).filteredOn(Total.class::isInstance).map(Total.class::cast)
			.extracting(Total::label, Total::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("AGREED", 14),
					org.assertj.core.groups.Tuple.tuple("PARTLY_AGREED", 3), org.assertj.core.groups.Tuple.tuple("TOTAL", 17));
	}

	@Test
	void threeCellsAreAContinuationRowsResponseOwnerAndTarget() {
		assertThat(row("We will also\tChief Probation Officer\tJune 2022"))
			.isEqualTo(new Row(1, "", "", "", "We will also", "Chief Probation Officer", "June 2022"));
		assertThat(warnings()).isEmpty();
	}

	@Test
	void twoCellsWhoseSecondIsADateAreResponseAndTarget() {
		assertThat(row("We will also\tJune 2022")).isEqualTo(new Row(1, "", "", "", "We will also", "", "June 2022"));
	}

	@Test
	void twoCellsWhoseSecondIsShortAreResponseAndOwnerWithAWarning() {
		assertThat(row("We will also\tHead of Widgets")).isEqualTo(new Row(1, "", "", "", "We will also", "Head of Widgets", ""));
		assertThat(warnings()).containsExactly(Warning.Kind.FALLBACK_ROW);
	}

	@Test
	void fiveCellsWithTheFirstLostAreShiftedBackWithAWarning() {
		Row row = row("\tDo it\tWe will do it carefully and on time across all regions\tChief Probation Officer\tMay 2022");
		assertThat(row).isEqualTo(new Row(1, "", "Do it", "", "We will do it carefully and on time across all regions",
				"Chief Probation Officer", "May 2022"));
		assertThat(warnings()).containsExactly(Warning.Kind.FALLBACK_ROW);
	}

	@Test
	void anOwnerAndTargetTypedIntoTheResponseAreTakenOutOfIt() {
		Row row = row("Guidance will be issued to all staff in the regions. Chief Probation Officer October 2019");
		assertThat(row.response()).isEqualTo("Guidance will be issued to all staff in the regions.");
		assertThat(row.owner()).isEqualTo("Chief Probation Officer");
		assertThat(row.target()).isEqualTo("October 2019");
		assertThat(warnings()).containsExactly(Warning.Kind.FALLBACK_ROW);
	}

	@Test
	void aRowNumberedZeroIsStrayAndLeftOut() {
		assertThat(read("0\t\tA")).isEmpty();
		assertThat(warnings()).containsExactly(Warning.Kind.STRAY_TEXT);
	}

	@Test
	void pageFurnitureIsLeftOut() {
		assertThat(read("Actions with future target dates may be delayed due to Covid-19 recovery.", " - ")).isEmpty();
	}

}

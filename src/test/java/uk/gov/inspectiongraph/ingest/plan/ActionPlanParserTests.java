package uk.gov.inspectiongraph.ingest.plan;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.gov.inspectiongraph.ingest.CorpusFixtures;
import uk.gov.inspectiongraph.ingest.plan.ParsedDocument.Action;
import uk.gov.inspectiongraph.ingest.plan.ParsedDocument.Recommendation;
import uk.gov.inspectiongraph.model.Agreement;
import uk.gov.inspectiongraph.model.TargetStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.inspectiongraph.ingest.CorpusFixtures.parse;
import static uk.gov.inspectiongraph.ingest.CorpusFixtures.rec;

/** Expectations written by reading each plan line by line. */
class ActionPlanParserTests {

	private static List<String> owners(Action a) {
		return a.owners.stream().map(OwnerDirectory.Role::name).toList();
	}

	private static List<String> addressees(Recommendation r) {
		return r.addressees.stream().map(Vocabulary.Entry::name).toList();
	}

	@Test
	void electronicMonitoringPlanHasSeventeenRecommendationsAndEightSubRecommendations() {
		ParsedDocument doc = parse(CorpusFixtures.EM_PLAN);
		assertThat(doc.inspection.id()).isEqualTo("electronic-monitoring-2022");
		assertThat(doc.inspection.publishedOn()).isEqualTo(LocalDate.of(2022, 1, 18));
		assertThat(doc.recommendations).hasSize(25);
		assertThat(doc.recommendations.stream().filter(r -> r.parentNumber == null)).hasSize(17);
		assertThat(doc.actionCount()).isEqualTo(49);
		assertThat(doc.revisions).extracting(ParsedDocument.Revision::date)
			.containsExactly(LocalDate.of(2022, 1, 17), LocalDate.of(2022, 4, 13));
		assertThat(doc.warnings).extracting(Warning::kind).containsExactly(Warning.Kind.FALLBACK_ROW);
		assertThat(doc.printedTotals).isEqualTo(new ParsedDocument.Totals(14, 3, 0, 136));
	}

	@Test
	void aBareLetterUnderRecommendationFourIsNumberedFourA() {
		ParsedDocument doc = parse(CorpusFixtures.EM_PLAN);
		Recommendation a = rec(doc, "4(a)");
		assertThat(a.parentNumber).isEqualTo("4");
		assertThat(a.lines).containsExactly(55);
		assertThat(owners(a.actions.get(0))).containsExactly("EM Expansion Programme Director",
				"Deputy Director of Bail, Sentencing and Release Policy");
		assertThat(a.actions.get(0).target.text()).isEqualTo("May 2022 and June 2022 respectively.");
		assertThat(a.actions.get(0).target.dueOn()).isEqualTo(LocalDate.of(2022, 6, 30));
	}

	@Test
	void aParentPrintedWithoutAgreementTakesItFromItsChildren() {
		ParsedDocument doc = parse(CorpusFixtures.EM_PLAN);
		assertThat(rec(doc, "4").printedAgreement).isNull();
		assertThat(rec(doc, "4").agreement).isEqualTo(Agreement.PARTLY_AGREED);
		assertThat(rec(doc, "6").agreement).isEqualTo(Agreement.PARTLY_AGREED);
		assertThat(rec(doc, "4(d)").agreement).isEqualTo(Agreement.AGREED);
	}

	@Test
	void sectionHeadingsAddressTheRecommendationsBelowThem() {
		ParsedDocument doc = parse(CorpusFixtures.EM_PLAN);
		assertThat(addressees(rec(doc, "1"))).containsExactly("Ministry of Justice");
		assertThat(addressees(rec(doc, "6(b)"))).containsExactly("HM Prison and Probation Service");
		assertThat(addressees(rec(doc, "17"))).containsExactly("Probation Service");
	}

	@Test
	void paragraphsOfOneCellBecomeActionsWithMatchingTargets() {
		ParsedDocument doc = parse(CorpusFixtures.EM_PLAN);
		Recommendation r1 = rec(doc, "1");
		assertThat(r1.actions).hasSize(5);
		assertThat(r1.actions).extracting(a -> a.target.text())
			.containsExactly("April 2022", "March 2022", "June 2022", "December 2022", "December 2022");
		// the fifth commitment continues on the next page (line 35)
		assertThat(r1.actions.get(4).text()).endsWith("seek to address these.");
		assertThat(r1.actions.get(4).lines).containsExactly(31, 35);
		Recommendation d = rec(doc, "4(d)");
		assertThat(d.actions).hasSize(3);
		assertThat(d.actions).allSatisfy(a -> assertThat(owners(a))
			.containsExactly("EM Expansion Programme Director", "Regional Probation Director Wales"));
	}

	@Test
	void bulletsAreSplitWhenTheTargetsListOneDateEach() {
		Recommendation r5 = rec(parse(CorpusFixtures.EM_PLAN), "5");
		assertThat(r5.actions).extracting(a -> a.target.text())
			.containsSubsequence("June 2022", "September 2022", "March 2023", "December 2023");
		assertThat(r5.actions.get(3).text()).contains("Domestic Abuse perpetrator cohort");
		assertThat(r5.text()).endsWith("after release from custody.");
	}

	@Test
	void rationaleIsTheReasonForPartialAgreement() {
		ParsedDocument doc = parse(CorpusFixtures.EM_PLAN);
		assertThat(rec(doc, "9").rationale)
			.isEqualTo("This recommendation is partly agreed as outcomes are dependent on partner agencies.");
		assertThat(rec(doc, "1").rationale).isNull();
	}

	@Test
	void aRationaleRowContinuedOnTheNextPageKeepsItsOwnerAndTarget() {
		Recommendation c = rec(parse(CorpusFixtures.EM_PLAN), "4(c)");
		assertThat(c.actions).hasSize(1);
		assertThat(owners(c.actions.get(0))).containsExactly("EM Expansion Programme Director");
		assertThat(c.actions.get(0).target.text()).isEqualTo("June 2022");
		assertThat(c.actions.get(0).text()).endsWith("mandatory actions contained in relevant Probation Instructions.");
		assertThat(c.rationale).startsWith("This recommendation is partly agreed because it will be difficult");
	}

	@Test
	void referencesIncludeRomanSubNumbers() {
		ParsedDocument doc = parse(CorpusFixtures.EM_PLAN);
		assertThat(rec(doc, "7").references).extracting(ParsedDocument.Reference::targetNumber).containsExactly("6(c)");
		assertThat(rec(doc, "4(d)").references).extracting(ParsedDocument.Reference::targetNumber).containsExactly("12");
		assertThat(rec(doc, "17").references).extracting(ParsedDocument.Reference::targetNumber).containsExactly("12");
	}

	@Test
	void recallPlanSplitsOriginalCommitmentsFromTheDecemberUpdate() {
		ParsedDocument doc = parse(CorpusFixtures.RECALL_PLAN);
		assertThat(doc.recommendations).hasSize(8);
		assertThat(doc.actionCount()).isEqualTo(22);
		assertThat(doc.revisions).extracting(ParsedDocument.Revision::label)
			.containsExactly("Action Plan Submitted", "Update December 2021");
		Action update = rec(doc, "3").actions.get(1);
		assertThat(update.revision).isEqualTo(1);
		assertThat(owners(update)).containsExactly("Deputy Director, Public Protection Group",
				"Senior Responsible Officer for the Probation Reform Programme");
		assertThat(update.target.text()).isEqualTo("Completed January 2022");
		assertThat(update.target.status()).isEqualTo(TargetStatus.SCHEDULED);
		assertThat(update.target.dueOn()).isEqualTo(LocalDate.of(2022, 1, 31));
		assertThat(rec(doc, "1").actions).extracting(a -> a.revision).containsExactly(0, 0, 1);
	}

	@Test
	void recallPlanReferencesAnExternalReviewAndItsOwnRecommendations() {
		ParsedDocument doc = parse(CorpusFixtures.RECALL_PLAN);
		List<ParsedDocument.Reference> refs = rec(doc, "4").references;
		assertThat(refs).extracting(ParsedDocument.Reference::targetNumber).containsExactly("3", "6");
		assertThat(refs.get(1).externalDocument().name()).isEqualTo("Independent Review of the Case of Joseph McCann");
		assertThat(rec(doc, "6").references).extracting(ParsedDocument.Reference::targetNumber).containsExactly("5");
		assertThat(addressees(rec(doc, "8"))).containsExactly("HM Prison and Probation Service",
				"Community Rehabilitation Companies");
	}

	@Test
	void anOwnerCellContinuedOnTheNextRowJoinsTheSameAction() {
		Recommendation r2 = rec(parse(CorpusFixtures.RECALL_PLAN), "2");
		assertThat(owners(r2.actions.get(1))).containsExactly("Deputy Director, Residential and Accommodation Support Services");
		assertThat(r2.actions.get(1).lines).containsExactly(33, 35);
	}

	@Test
	void postReleasePlanMatchesItsPrintedTotals() {
		ParsedDocument doc = parse(CorpusFixtures.POST_RELEASE_PLAN);
		assertThat(doc.recommendations).hasSize(11);
		assertThat(doc.printedTotals.agreed()).isEqualTo(7);
		assertThat(doc.printedTotals.partlyAgreed()).isEqualTo(4);
		assertThat(doc.recommendations.stream().filter(r -> r.agreement == Agreement.PARTLY_AGREED))
			.extracting(r -> r.number)
			.containsExactly("1", "2", "3", "7");
		assertThat(doc.warnings).noneMatch(w -> w.toString().contains("printed totals"));
		assertThat(doc.revisions).extracting(ParsedDocument.Revision::label)
			.containsExactly("Original Action Plan (May 2019)", "Update (May 2020)");
		assertThat(addressees(rec(doc, "7"))).containsExactly("HM Prison and Probation Service", "HM Courts & Tribunals Service");
		assertThat(rec(doc, "1").references.get(0).externalDocument().name())
			.isEqualTo("ACMD report on Custody to Community Transitions");
	}

	@Test
	void postReleasePlanReadsTargetsAndOwnersTypedIntoTheResponseText() {
		ParsedDocument doc = parse(CorpusFixtures.POST_RELEASE_PLAN);
		Action autumn = rec(doc, "2").actions.get(0);
		assertThat(autumn.target.dueOn()).isEqualTo(LocalDate.of(2019, 11, 30));
		Action libra = rec(doc, "11").actions.stream().filter(a -> a.text().startsWith("Implementation of Libra")).findFirst().orElseThrow();
		assertThat(owners(libra)).containsExactly("Deputy Director, Effective Probation Practice (EPP)");
		assertThat(libra.target.text()).isEqualTo("October 2019");
		assertThat(rec(doc, "3").actions).anySatisfy(a -> assertThat(a.target.revised()).isTrue());
	}

	@Test
	void covidPlanReadsCommitmentsAndProgressRevisions() {
		ParsedDocument doc = parse(CorpusFixtures.COVID_PLAN);
		assertThat(doc.recommendations).hasSize(7);
		assertThat(doc.recommendations).allMatch(r -> r.agreement == Agreement.AGREED);
		assertThat(doc.revisions).extracting(ParsedDocument.Revision::label)
			.containsExactly("Action Plan commitments (April 2021)", "Progress against commitments (April 2022)");
		assertThat(rec(doc, "2").actions).anySatisfy(a -> {
			assertThat(a.target.text()).isEqualTo("To be reviewed quarterly");
			assertThat(a.target.status()).isEqualTo(TargetStatus.ONGOING);
		});
		assertThat(rec(doc, "2").references).extracting(ParsedDocument.Reference::targetNumber).containsExactly("5");
		assertThat(addressees(rec(doc, "1"))).containsExactly("HM Prison and Probation Service",
				"Community Rehabilitation Companies");
		assertThat(doc.warnings).filteredOn(w -> w.kind() == Warning.Kind.STRAY_TEXT)
			.singleElement()
			.satisfies(w -> assertThat(w.toString()).contains(":93: stray text"));
		assertThat(doc.warnings).filteredOn(w -> w.kind() == Warning.Kind.UNKNOWN_OWNER)
			.extracting(Warning::line)
			.containsExactly(49, 52, 53);
	}

	@Test
	void theSummaryHasKeyFindingsAndStatistics() {
		ParsedDocument doc = parse(CorpusFixtures.EM_SUMMARY);
		assertThat(doc.kind).isEqualTo(ParsedDocument.Kind.SUMMARY);
		assertThat(doc.findings).hasSize(10);
		assertThat(doc.findings.get(0).text())
			.isEqualTo("Electronic monitoring as a resource is underused and not delivering to its full potential.");
		assertThat(doc.statistics).anySatisfy(s -> {
			assertThat(s.value()).isEqualTo(172);
			assertThat(s.unit()).isEqualTo("cases");
		});
		assertThat(doc.statistics).anySatisfy(s -> assertThat(s.value()).isEqualTo(8000));
		assertThat(doc.statistics).anySatisfy(s -> assertThat(s.label()).isEqualTo("102 probation practitioners interviewed"));
		assertThat(doc.statistics).noneMatch(s -> s.value() == 1999 || s.value() == 2010);
	}

}

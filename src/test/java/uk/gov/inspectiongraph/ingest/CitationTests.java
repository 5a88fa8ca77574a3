package uk.gov.inspectiongraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import uk.gov.inspectiongraph.IntegrationTest;
import uk.gov.inspectiongraph.graph.Graph;
import uk.gov.inspectiongraph.ingest.plan.Warning;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan written for this test (src/test/resources/plans/court-liaison.txt), citing the corpus reports as
 * people do: by a short name, by year and subject, an outside review in two spellings, a name that fits two
 * reports equally, and a report that is imported only afterwards.
 */
@IntegrationTest
class CitationTests {

	private static final String PLAN = "court-liaison.txt";

	private static final String INSPECTION = "court-liaison-2023";

	@Autowired
	Importer importer;

	@Autowired
	Graph graph;

	@Autowired
	HttpGraphQlTester graphQl;

	@AfterEach
	void removeTestPlans() {
		this.graph.write(tx -> {
			for (String file : List.of(PLAN, "widgets.txt")) {
				tx.run(LoaderCypher.COUNTS, Map.of("files", List.of(file), "sign", -1)).consume();
				tx.run("MATCH (n {document: $f}) OPTIONAL MATCH (n)-[:HAS_PENDING]->(p) OPTIONAL MATCH (p)-[:RAISES]->(w) DETACH DELETE n, p, w",
						Map.of("f", file)).consume();
				tx.run("MATCH (d:Document {file: $f}) OPTIONAL MATCH (d)-[:HAS_WARNING]->(w) DETACH DELETE d, w",
						Map.of("f", file)).consume();
			}
			tx.run("MATCH (i:Inspection) WHERE i.id IN ['court-liaison-2023', 'widget-supervision-2023'] DETACH DELETE i").consume();
			tx.run("MATCH (x:ExternalDocument) WHERE NOT (x)<-[:REFERENCES]-() DETACH DELETE x").consume();
			tx.run(LoaderCypher.GRAPH_VERSION).consume();
			return null;
		});
	}

	private ImportReport importPlan(String file, byte[] bytes) {
		return this.importer.importAll(List.of(new Importer.Source(file, bytes))).get(0);
	}

	private ImportReport importCitingPlan() throws IOException {
		return importPlan(PLAN, Files.readAllBytes(Path.of("src/test/resources/plans", PLAN)));
	}

	private Map<String, Object> recommendation(String number) {
		return this.graphQl.document("""
				{ recommendation(inspection: "%s", number: "%s") {
				    citedReports { id } references { id } externalReferences { id title } } }""".formatted(INSPECTION, number))
			.execute()
			.path("recommendation")
			.entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	@SuppressWarnings("unchecked")
	private static List<String> ids(Map<String, Object> rec, String field) {
		return ((List<Map<String, Object>>) rec.get(field)).stream().map(m -> (String) m.get("id")).toList();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> warnings() {
		return (List<Map<String, Object>>) (List<?>) this.graphQl
			.document("{ document(name: \"%s\") { warnings { line kind text } } }".formatted(PLAN))
			.execute()
			.path("document.warnings")
			.entityList(Map.class)
			.get();
	}

	@Test
	void aShortNameCitesTheReportItNames() throws IOException {
		assertThat(importCitingPlan().status()).isEqualTo(ImportReport.Status.LOADED);
		assertThat(ids(recommendation("1"), "citedReports")).containsExactly("electronic-monitoring-2022");
	}

	@Test
	void aNumberedRecommendationOfAReportCitedByShortNameIsLinked() throws IOException {
		importCitingPlan();
		Map<String, Object> rec = recommendation("2");
		assertThat(ids(rec, "references")).containsExactly("quality-effectiveness-probation-services-recovering-2021/3");
		assertThat(ids(rec, "citedReports")).isEmpty();
	}

	@Test
	void aReportCitedByYearAndSubjectIsFound() throws IOException {
		importCitingPlan();
		assertThat(ids(recommendation("3"), "citedReports")).containsExactly("probation-recall-culture-practice-2020");
	}

	@Test
	void anOutsideReviewCitedInTwoSpellingsIsOneKeptDocumentWithAWarningForEach() throws IOException {
		ImportReport report = importCitingPlan();
		Map<String, Object> caseloads = Map.of("id", "doc-independent-review-of-probation-caseloads", "title",
				"Independent Review of Probation Caseloads");
		assertThat(recommendation("4").get("externalReferences")).isEqualTo(List.of(caseloads));
		assertThat(recommendation("7").get("externalReferences")).isEqualTo(List.of(caseloads));
		assertThat(warnings()).filteredOn(w -> "UNRESOLVED_REFERENCE".equals(w.get("kind")))
			.extracting(w -> w.get("line"), w -> w.get("text"))
			.contains(org.assertj.core.groups.Tuple.tuple(17,
					"'Independent Review of Probation Caseloads' matches no report of the corpus: kept as an outside document"),
					org.assertj.core.groups.Tuple.tuple(21,
							"'Independent Review of Probation Case-Loads' matches no report of the corpus: kept as an outside document"));
		assertThat(report.warnings()).extracting(Warning::kind).contains(Warning.Kind.UNRESOLVED_REFERENCE);
	}

	@Test
	void aNameThatFitsTwoReportsEquallyLinksNeitherAndNamesBoth() throws IOException {
		importCitingPlan();
		Map<String, Object> rec = recommendation("5");
		assertThat(ids(rec, "citedReports")).isEmpty();
		assertThat(ids(rec, "externalReferences")).isEmpty();
		assertThat(warnings()).filteredOn(w -> "AMBIGUOUS_REFERENCE".equals(w.get("kind")))
			.singleElement()
			.satisfies(w -> {
				assertThat(w.get("line")).isEqualTo(19);
				assertThat((String) w.get("text")).contains("'A Thematic Review of Probation Recall Culture and Practice'")
					.contains("'A thematic review of the quality and effectiveness of probation services recovering");
			});
	}

	@Test
	void aReportImportedLaterResolvesTheCitationThatWaitedForIt() throws IOException {
		importCitingPlan();
		assertThat(ids(recommendation("6"), "externalReferences")).containsExactly("doc-widget-supervision-thematic");
		importPlan("widgets.txt", ImporterTests.WIDGET_PLAN.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		Map<String, Object> rec = recommendation("6");
		assertThat(ids(rec, "citedReports")).containsExactly("widget-supervision-2023");
		assertThat(ids(rec, "externalReferences")).isEmpty();
		assertThat(warnings()).noneMatch(w -> ((Integer) w.get("line")) == 20);
		long left = this.graph.read("MATCH (x:ExternalDocument {id: 'doc-widget-supervision-thematic'}) RETURN count(x) AS n",
				Map.of(), r -> r.get("n").asLong()).get(0);
		assertThat(left).isZero();
	}

	@Test
	void everyWarningOfThePlanIsAReferenceLeftUnresolvedOnItsLine() throws IOException {
		ImportReport report = importCitingPlan();
		assertThat(warnings()).extracting(w -> w.get("line"), w -> w.get("kind"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple(17, "UNRESOLVED_REFERENCE"),
					org.assertj.core.groups.Tuple.tuple(19, "AMBIGUOUS_REFERENCE"),
					org.assertj.core.groups.Tuple.tuple(20, "UNRESOLVED_REFERENCE"),
					org.assertj.core.groups.Tuple.tuple(21, "UNRESOLVED_REFERENCE"));
		assertThat(report.warnings()).extracting(Warning::line).containsExactlyInAnyOrder(17, 19, 20, 21);
	}

	@Test
	void reimportingTheCitingPlanChangesNothing() throws IOException {
		importCitingPlan();
		List<Map<String, Object>> before = warnings();
		this.graph.write(tx -> tx.run("MATCH (d:Document {file: $f}) SET d.sha256 = 'stale'", Map.of("f", PLAN)).consume());
		assertThat(importCitingPlan().status()).isEqualTo(ImportReport.Status.LOADED);
		assertThat(warnings()).isEqualTo(before);
		assertThat(ids(recommendation("1"), "citedReports")).containsExactly("electronic-monitoring-2022");
	}

	@Test
	void anOutsideDocumentsIdIgnoresCaseHyphensAndTheArticle() {
		assertThat(Citations.externalId("the Independent Review of Probation Case-Loads"))
			.isEqualTo(Citations.externalId("Independent Review of Probation Caseloads"))
			.isEqualTo("doc-independent-review-of-probation-caseloads");
	}

}

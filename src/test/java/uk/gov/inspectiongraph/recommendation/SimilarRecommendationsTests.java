package uk.gov.inspectiongraph.recommendation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import uk.gov.inspectiongraph.IntegrationTest;
import uk.gov.inspectiongraph.graph.Graph;
import uk.gov.inspectiongraph.ingest.ImportReport;
import uk.gov.inspectiongraph.ingest.Importer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recurring recommendations: the corpus's one repeated recommendation is found from both sides, a test plan's
 * recommendation restating one of the electronic monitoring plan's in other words finds it first, and an
 * unrelated one finds nothing above the threshold.
 */
@IntegrationTest
class SimilarRecommendationsTests {

	private static final String PLAN = "curfew-data.txt";

	@Autowired
	Importer importer;

	@Autowired
	Graph graph;

	@Autowired
	HttpGraphQlTester graphQl;

	@AfterEach
	void removeTestPlan() {
		this.graph.write(tx -> {
			tx.run("MATCH (n {document: $f}) DETACH DELETE n", Map.of("f", PLAN)).consume();
			tx.run("MATCH (d:Document {file: $f}) OPTIONAL MATCH (d)-[:HAS_WARNING]->(w) DETACH DELETE d, w", Map.of("f", PLAN))
				.consume();
			return tx.run("MATCH (i:Inspection {id: 'curfew-data-court-interpreting-2023'}) DETACH DELETE i").consume();
		});
	}

	private List<Map<String, Object>> similar(String inspection, String number) {
		return this.graphQl.document("""
				{ recommendation(inspection: "%s", number: "%s") { similar(first: 5) { score sharedTerms recommendation { id } } } }"""
			.formatted(inspection, number))
			.execute()
			.path("recommendation.similar")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	private static String id(Map<String, Object> similar) {
		return (String) ((Map<?, ?>) similar.get("recommendation")).get("id");
	}

	@Test
	void theCorpusRepeatsOneRecommendationAndBothSidesFindIt() {
		// EM 11: "Update home detention curfew address check processes ..."; recall 7: "... assess the suitability of
		// potential release addresses when implementing home detention curfew arrangements"
		List<Map<String, Object>> em = similar("electronic-monitoring-2022", "11");
		assertThat(em).extracting(SimilarRecommendationsTests::id).containsExactly("probation-recall-culture-practice-2020/7");
		assertThat((List<String>) em.get(0).get("sharedTerms")).contains("home", "detention", "curfew");
		assertThat((Double) em.get(0).get("score")).isBetween(0.35, 1.0);
		assertThat(similar("probation-recall-culture-practice-2020", "7")).extracting(SimilarRecommendationsTests::id)
			.containsExactly("electronic-monitoring-2022/11");
		assertThat(similar("electronic-monitoring-2022", "1")).as("nothing else in the corpus repeats").isEmpty();

		var related = this.graphQl.document("""
				{ inspection(id: "electronic-monitoring-2022") { related(first: 10) { inspection { id } reasons { kind name } } } }""")
			.execute()
			.path("inspection.related[?(@.inspection.id == 'probation-recall-culture-practice-2020')].reasons[?(@.kind == 'REPEATS')].name")
			.entityList(String.class)
			.get();
		assertThat(related).containsExactly("electronic-monitoring-2022/11 ~ probation-recall-culture-practice-2020/7");
	}

	@Test
	void aRecommendationRestatedInOtherWordsFindsTheOriginalFirstAndAnUnrelatedOneNothing() throws Exception {
		ImportReport report = this.importer.importAll(List.of(new Importer.Source(PLAN,
				Files.readAllBytes(Path.of("src/test/resources/plans", PLAN))))).get(0);
		assertThat(report.status()).isEqualTo(ImportReport.Status.LOADED);
		String inspection = report.inspection();

		List<Map<String, Object>> restated = similar(inspection, "1");
		assertThat(restated).isNotEmpty();
		assertThat(id(restated.get(0))).isEqualTo("electronic-monitoring-2022/1");
		assertThat((List<String>) restated.get(0).get("sharedTerms")).contains("electronic", "monitoring", "demographic");
		assertThat(similar("electronic-monitoring-2022", "1")).extracting(SimilarRecommendationsTests::id)
			.as("found from the other side too").contains(inspection + "/1");
		assertThat(similar(inspection, "2")).as("interpreters at court hearings repeat nothing").isEmpty();
		assertThat(restated).extracting(SimilarRecommendationsTests::id).doesNotContain(inspection + "/1");
	}

}

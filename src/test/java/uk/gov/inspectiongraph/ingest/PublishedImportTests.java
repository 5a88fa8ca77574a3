package uk.gov.inspectiongraph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import uk.gov.inspectiongraph.IntegrationTest;
import uk.gov.inspectiongraph.graph.Graph;
import uk.gov.inspectiongraph.ingest.plan.PublishedWriters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A corpus plan imported from its DOCX, ODT and PDF in place of its text gives the same graph, and its sources
 * name the table row or page they were read from; importing the text again puts everything back.
 */
@IntegrationTest
class PublishedImportTests {

	private static final String FILE = CorpusFixtures.RECALL_PLAN;

	private static final String FACTS = """
			MATCH (i:Inspection {id: 'probation-recall-culture-practice-2020'})-[:HAS_RECOMMENDATION]->(r)
			OPTIONAL MATCH (r)-[:HAS_ACTION]->(a)
			WITH r, a, COLLECT { MATCH (a)-[w:OWNED_BY]->(o) RETURN o.name ORDER BY w.position } AS owners
			ORDER BY a.position
			WITH r, collect([a.text, owners, a.targetText, toString(a.dueOn), a.status]) AS actions
			RETURN r.number AS number, r.agreement AS agreement, actions,
			       COLLECT { MATCH (r)-[:REFERENCES]->(x) RETURN x.id ORDER BY x.id } AS references
			ORDER BY r.ordinal""";

	@Autowired
	Importer importer;

	@Autowired
	Graph graph;

	@Autowired
	HttpGraphQlTester graphQl;

	@AfterEach
	void importTheTextAgain() {
		CorpusFixtures.restore(this.importer, this.graph, FILE);
	}

	private List<Map<String, Object>> facts() {
		return this.graph.read(FACTS, Map.of(), r -> r.asMap());
	}

	private ImportReport importAs(byte[] bytes) {
		return this.importer.importAll(List.of(new Importer.Source(FILE, bytes))).get(0);
	}

	private static PublishedWriters.Plan plan() {
		return PublishedWriters.plan(Arrays.asList(new String(CorpusFixtures.bytes(FILE), StandardCharsets.UTF_8).split("\n")));
	}

	private String firstSourceLocation() {
		return this.graphQl.document("""
				{ recommendation(inspection: "probation-recall-culture-practice-2020", number: "1") { sources { document line location } } }""")
			.execute()
			.path("recommendation.sources[0].location")
			.entity(String.class)
			.get();
	}

	@Test
	void eachPublishedFormatImportsToTheGraphOfTheText() {
		List<Map<String, Object>> text = facts();
		assertThat(text).isNotEmpty();
		for (byte[] published : List.of(PublishedWriters.docx(plan()), PublishedWriters.odt(plan()), PublishedWriters.pdf(plan()))) {
			ImportReport report = importAs(published);
			assertThat(report.status()).isEqualTo(ImportReport.Status.LOADED);
			assertThat(facts()).isEqualTo(text);
		}
	}

	@Test
	void aSourceOfAPublishedPlanNamesItsTableRow() {
		importAs(PublishedWriters.docx(plan()));
		assertThat(firstSourceLocation()).matches("table 1, row \\d+");
		importAs(PublishedWriters.pdf(plan()));
		assertThat(firstSourceLocation()).matches("page 1, row \\d+");
		importAs(CorpusFixtures.bytes(FILE));
		this.graphQl.document("""
				{ recommendation(inspection: "probation-recall-culture-practice-2020", number: "1") { sources { location } } }""")
			.execute()
			.path("recommendation.sources[0].location")
			.valueIsNull();
	}

	@Test
	void aPublishedFileThatIsNoPlanWritesNothing() {
		List<Map<String, Object>> before = facts();
		byte[] docx = PublishedWriters.docx(plan());
		ImportReport report = importAs(Arrays.copyOf(docx, docx.length / 2));
		assertThat(report.status()).isEqualTo(ImportReport.Status.FAILED);
		assertThat(report.error()).contains("not a readable Word (DOCX) document");
		assertThat(facts()).isEqualTo(before);
	}

}

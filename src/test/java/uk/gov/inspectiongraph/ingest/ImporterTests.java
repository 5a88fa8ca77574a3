package uk.gov.inspectiongraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import uk.gov.inspectiongraph.IntegrationTest;
import uk.gov.inspectiongraph.graph.Graph;
import uk.gov.inspectiongraph.ingest.plan.OwnerDirectory;
import uk.gov.inspectiongraph.ingest.plan.Vocabulary;
import uk.gov.inspectiongraph.model.Hashes;

import static org.assertj.core.api.Assertions.assertThat;

/** Importing into the real graph: all-or-nothing per document, idempotent, replacing changed documents. */
@IntegrationTest
class ImporterTests {

	/** A new plan in the corpus format, written for these tests: two recommendations, an update, a heading. */
	static final String WIDGET_PLAN = String.join("\n",
			"HM Prison &", "Probation Service", "",
			"Action Plan Submitted: 3rd March 2023.", "",
			"Updated Action Plan Submitted: 4th April 2024.", "",
			"A Response to: A thematic inspection of widget supervision in the community", "",
			"Report Published: 1st February 2023.", "",
			"ACTION PLAN: Widget Supervision", "",
			"1. Rec No\t2. Recommendation\t3. Agreed/ Partly Agreed/ Not Agreed\t4. Response Action Taken/Planned\t5. Responsible Owner\t6. Target Date",
			"\tThe Ministry of Justice should:\t\t\t\t",
			"1\tPublish a widget policy framework (see recommendation 2).\tAgreed\t<p>Draft the widget policy.</p> <p>Consult on it with OASys users.</p>\tHead of Widgets & Chief Probation Officer\t<p>June 2023</p> <p>Autumn 2023</p>",
			"\t\t\tUpdate (April 2024) The policy was published.\tHead of Widgets\tCompleted",
			"2\tTrain staff on widgets, as recommendation 11 of the electronic monitoring inspection asks for tagging.\tPartly agreed\tThis recommendation is partly agreed because training budgets are fixed. Training will be offered to new staff.\tHead of Widget Training\tOngoing",
			"");

	@Autowired
	Importer importer;

	@Autowired
	Graph graph;

	@Autowired
	ImportCommand command;

	@AfterEach
	void removeWidgetPlan() {
		this.graph.write(tx -> {
			tx.run(LoaderCypher.COUNTS, Map.of("files", List.of("widgets.txt"), "sign", -1)).consume();
			tx.run("""
					MATCH (n {document: 'widgets.txt'})
					OPTIONAL MATCH (n)-[:HAS_PENDING]->(p) OPTIONAL MATCH (p)-[:RAISES]->(w) OPTIONAL MATCH (n)-[:HAS_CHANGE]->(c)
					DETACH DELETE n, p, w, c""").consume();
			tx.run("MATCH (d:Document {file: 'widgets.txt'}) DETACH DELETE d").consume();
			tx.run("MATCH (i:Inspection {id: 'widget-supervision-2023'}) DETACH DELETE i").consume();
			tx.run("MATCH (o:Owner) WHERE NOT (o)<-[:OWNED_BY]-() DETACH DELETE o").consume();
			tx.run(LoaderCypher.GRAPH_VERSION).consume();
			return null;
		});
	}

	private Map<String, Long> counts() {
		return this.graph.read("""
				MATCH (n) WITH count(n) AS nodes
				MATCH ()-[r]->() WITH nodes, count(r) AS relationships
				RETURN nodes, relationships
				""", Map.of(), r -> Map.of("nodes", r.get("nodes").asLong(), "relationships", r.get("relationships").asLong()))
			.get(0);
	}

	private List<Importer.Source> widgets(String text) {
		return List.of(new Importer.Source("widgets.txt", text.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void reimportingTheUnchangedCorpusChangesNothing() {
		Map<String, Long> before = counts();
		List<ImportReport> reports = this.importer.importAll(CorpusLoader.bundled());
		assertThat(reports).hasSize(5).allMatch(r -> r.status() == ImportReport.Status.UNCHANGED);
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aChangedVocabularyIsWrittenAgainWhileAnUnchangedOneIsLeftAlone() throws Exception {
		String bundled;
		try (var in = Vocabulary.class.getResourceAsStream("/data/vocabulary.yaml")) {
			bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String withTopic = bundled.replace("topics:\n", "topics:\n  - name: Widget oversight\n    aliases: [widget oversight]\n");
		assertThat(withTopic).isNotEqualTo(bundled);
		Importer changed = new Importer(this.graph,
				Vocabulary.load(new java.io.ByteArrayInputStream(withTopic.getBytes(StandardCharsets.UTF_8))),
				OwnerDirectory.bundled());
		long before = graphVersion();
		try {
			assertThat(changed.importAll(CorpusLoader.bundled())).allMatch(r -> r.status() == ImportReport.Status.UNCHANGED);
			assertThat(entityNames()).contains("Widget oversight");
			assertThat(graphVersion()).isEqualTo(before + 1);
			long after = graphVersion();
			changed.importAll(CorpusLoader.bundled());
			assertThat(graphVersion()).as("the same vocabulary again: not written").isEqualTo(after);
		}
		finally {
			this.graph.write(tx -> tx.run("MATCH (e:Entity {name: 'Widget oversight'}) DETACH DELETE e").consume());
			this.importer.importAll(CorpusLoader.bundled());
		}
		assertThat(entityNames()).doesNotContain("Widget oversight");
	}

	private long graphVersion() {
		return this.graph.read("MATCH (g:GraphVersion) RETURN g.version AS v", Map.of(), r -> r.get("v").asLong()).get(0);
	}

	private List<String> entityNames() {
		return this.graph.read("MATCH (e:Entity) RETURN e.name AS name", Map.of(), r -> r.get("name").asString());
	}

	@Test
	void forcingAReloadOfTheSameDocumentsMergesIntoTheSameGraph() {
		Map<String, Long> before = counts();
		this.graph.write(tx -> tx.run("MATCH (d:Document) SET d.sha256 = 'stale'").consume());
		List<ImportReport> reports = this.importer.importAll(CorpusLoader.bundled());
		assertThat(reports).allMatch(r -> r.status() == ImportReport.Status.LOADED);
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void malformedDocumentsFailWithTheirLineAndLeaveTheGraphAsItWas() {
		Map<String, Long> before = counts();
		byte[] em = CorpusFixtures.bytes(CorpusFixtures.EM_PLAN);
		List<ImportReport> reports = this.importer.importAll(List.of(
				new Importer.Source("empty.txt", new byte[0]),
				new Importer.Source("latin1.txt", "Report\n caf\u00e9".getBytes(StandardCharsets.ISO_8859_1)),
				new Importer.Source("truncated.txt", java.util.Arrays.copyOf(em, 2000)),
				new Importer.Source("orphan-summary.txt", "**A THEMATIC REVIEW OF NOTHING**\n\nKey findings\n\nThere is nothing in this review that matches any plan at all.\n".getBytes(StandardCharsets.UTF_8))));
		assertThat(reports).allMatch(r -> r.status() == ImportReport.Status.FAILED);
		assertThat(reports).extracting(ImportReport::error).containsExactly(
				"empty.txt:1: the document is empty",
				"latin1.txt:2: not valid UTF-8 text",
				"orphan-summary.txt:1: no inspection in the graph matches the summary's title; import its action plan first",
				"truncated.txt:1: no action plan table: expected a header row starting '1. Rec No'");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aFileOverTheSizeLimitFailsAloneWithoutBeingReadAndTheGoodOneBesideItLoads() {
		Importer.Source huge = new Importer.Source("huge.txt", 300L << 20, () -> {
			throw new AssertionError("a file over the size limit is not read");
		});
		List<ImportReport> reports = this.importer.importAll(List.of(huge, widgets(WIDGET_PLAN).get(0)));
		assertThat(reports).extracting(ImportReport::file).containsExactly("huge.txt", "widgets.txt");
		assertThat(reports.get(0).status()).isEqualTo(ImportReport.Status.FAILED);
		assertThat(reports.get(0).error()).isEqualTo(
				"huge.txt:1: the document's size (300 MB) is over the limit of 64 MB (raise it with import.max-document-size)");
		assertThat(reports.get(1).status()).isIn(ImportReport.Status.LOADED, ImportReport.Status.UNCHANGED);
	}

	@Test
	void aNewPlanInTheSameFormatLoadsWithoutACodeChange() {
		List<ImportReport> reports = this.importer.importAll(widgets(WIDGET_PLAN));
		assertThat(reports).singleElement().satisfies(r -> {
			assertThat(r.status()).isEqualTo(ImportReport.Status.LOADED);
			assertThat(r.inspection()).isEqualTo("widget-supervision-2023");
			assertThat(r.recommendations()).isEqualTo(2);
			assertThat(r.actions()).isEqualTo(4);
		});
		List<String> owners = this.graph.read("""
				MATCH (:Recommendation {id: 'widget-supervision-2023/1'})-[:HAS_ACTION]->(a)-[:OWNED_BY]->(o)
				WHERE a.position = 0 RETURN o.name AS name ORDER BY name
				""", Map.of(), r -> r.get("name").asString());
		assertThat(owners).containsExactly("Chief Probation Officer", "Head of Widgets");
		List<String> refs = this.graph.read("""
				MATCH (:Recommendation {id: 'widget-supervision-2023/1'})-[:REFERENCES]->(r) RETURN r.number AS n
				""", Map.of(), r -> r.get("n").asString());
		assertThat(refs).containsExactly("2");
		List<String> crossReport = this.graph.read("""
				MATCH (:Recommendation {id: 'widget-supervision-2023/2'})-[:REFERENCES]->(r) RETURN r.id AS id
				""", Map.of(), r -> r.get("id").asString());
		assertThat(crossReport).containsExactly("electronic-monitoring-2022/11");
		String rationale = this.graph.read("MATCH (r:Recommendation {id: 'widget-supervision-2023/2'}) RETURN r.rationale AS r",
				Map.of(), r -> r.get("r").asString()).get(0);
		assertThat(rationale).isEqualTo("This recommendation is partly agreed because training budgets are fixed.");
		assertThat(this.importer.importAll(widgets(WIDGET_PLAN))).singleElement()
			.satisfies(r -> assertThat(r.status()).isEqualTo(ImportReport.Status.UNCHANGED));
	}

	/** Every count the importer keeps, as the graph's own recommendations and actions give it, grouped afresh. */
	private Map<String, Long> countsKept() {
		return this.graph.read("MATCH (t:Tally) RETURN t.key AS key, t.n AS n", Map.of(), r -> Map.entry(r.get("key").asString(),
				r.get("n").asLong())).stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private Map<String, Long> countsAfresh() {
		return this.graph.read("""
				MATCH (r:Recommendation) WHERE r.agreement IS NOT NULL RETURN 'agreement ' + r.agreement AS key, count(*) AS n
				UNION ALL
				MATCH (r:Recommendation)-[:IN_PROGRAMME]->(p:Programme) RETURN 'programme ' + p.id AS key, count(*) AS n
				UNION ALL
				MATCH (a:Action) RETURN 'status ' + a.status AS key, count(*) AS n
				UNION ALL
				MATCH (a:Action) WHERE a.dueOn IS NOT NULL
				RETURN 'dueMonth ' + a.status + ' ' + toString(a.dueOn.year) + '-' + right('0' + toString(a.dueOn.month), 2) + '-01' AS key,
				       count(*) AS n
				UNION ALL
				MATCH (a:Action) WHERE a.dueOn IS NOT NULL RETURN 'dueDay ' + a.status + ' ' + toString(a.dueOn) AS key, count(*) AS n
				""", Map.of(), r -> Map.entry(r.get("key").asString(), r.get("n").asLong()))
			.stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	@Autowired
	HttpGraphQlTester graphQl;

	@SuppressWarnings("unchecked")
	private List<String> ownersFound(String search, int queries) {
		var response = this.graphQl.mutate().header("X-Explain", "cypher").build()
			.document("query($s: String!) { owners(search: $s) { name } }").variable("s", search).execute();
		response.errors().verify();
		if (queries > 0) {
			assertThat((List<Object>) response.returnResponse().getExtensions().get("cypher")).hasSize(queries);
		}
		return response.path("owners[*].name").entityList(String.class).get();
	}

	@Test
	void anOwnerSearchIsOneQueryAndFindsOwnersImportedSinceTheLastSearch() {
		ownersFound("probation director wales", 0);
		assertThat(ownersFound("probation director wales", 1)).contains("Regional Probation Director Wales");
		// nothing matches in the names read: they are read again, to be sure they are current
		assertThat(ownersFound("widget training", 1)).isEmpty();
		this.importer.importAll(widgets(WIDGET_PLAN));
		// the names read before the import match nothing; read again, they have changed, and the owner is found
		assertThat(ownersFound("widget training", 2)).first().isEqualTo("Head of Widget Training");
		assertThat(ownersFound("widget training", 1)).first().isEqualTo("Head of Widget Training");
		this.importer.importAll(widgets(WIDGET_PLAN.replace("Head of Widget Training", "Head of Widget Coaching")));
		// ranked at the old version, the guarded query answers nothing; the names are read and ranked again
		assertThat(ownersFound("widget training", 3)).contains("Head of Widgets").doesNotContain("Head of Widget Training");
		assertThat(ownersFound("widget coaching", 1)).first().isEqualTo("Head of Widget Coaching");
	}

	@Test
	void programmeMembershipIsTheRuleWalkedAfreshForEveryRecommendationAndAction() {
		this.importer.importAll(widgets(WIDGET_PLAN.replace("Draft the widget policy.", "Draft the widget policy for OMiC.")));
		String derived = "MATCH (m)-[:IN_PROGRAMME]->(p:Programme) RETURN labels(m)[0] + ' ' + m.id + ' ' + p.id AS member ORDER BY member";
		String afresh = """
				MATCH (a:Action)-[:MENTIONS]->(p:Programme) RETURN 'Action ' + a.id + ' ' + p.id AS member
				UNION
				MATCH (a:Action)-[:OWNED_BY]->(:Owner)-[:WORKS_IN]->(p:Programme) RETURN 'Action ' + a.id + ' ' + p.id AS member
				UNION
				MATCH (r:Recommendation)-[:MENTIONS]->(p:Programme) RETURN 'Recommendation ' + r.id + ' ' + p.id AS member
				UNION
				MATCH (r:Recommendation)-[:HAS_ACTION]->(:Action)-[:MENTIONS]->(p:Programme)
				RETURN 'Recommendation ' + r.id + ' ' + p.id AS member
				UNION
				MATCH (r:Recommendation)-[:HAS_ACTION]->(:Action)-[:OWNED_BY]->(:Owner)-[:WORKS_IN]->(p:Programme)
				RETURN 'Recommendation ' + r.id + ' ' + p.id AS member
				""";
		List<String> members = this.graph.read(derived, Map.of(), r -> r.get("member").asString());
		List<String> expected = this.graph.read(afresh, Map.of(), r -> r.get("member").asString()).stream().sorted().toList();
		assertThat(members).isEqualTo(expected).anyMatch(m -> m.startsWith("Recommendation widget-supervision-2023/1 "))
			.anyMatch(m -> m.startsWith("Action ")).anyMatch(m -> m.startsWith("Recommendation "));
	}

	@Test
	void theCountsKeptFollowEveryNewChangedAndUnchangedDocument() {
		assertThat(countsKept()).isNotEmpty().isEqualTo(countsAfresh());
		this.importer.importAll(widgets(WIDGET_PLAN));
		Map<String, Long> withWidgets = countsKept();
		assertThat(withWidgets).isEqualTo(countsAfresh()).isNotEqualTo(Map.of());
		this.importer.importAll(widgets(WIDGET_PLAN.replace("Partly agreed", "Not agreed").replace("<p>June 2023</p>", "<p>July 2031</p>")));
		assertThat(countsKept()).isEqualTo(countsAfresh()).isNotEqualTo(withWidgets).containsEntry("dueDay SCHEDULED 2031-07-31", 1L);
		Map<String, Long> changed = countsKept();
		this.importer.importAll(widgets(WIDGET_PLAN.replace("Partly agreed", "Not agreed").replace("<p>June 2023</p>", "<p>July 2031</p>")));
		assertThat(countsKept()).isEqualTo(changed);
	}

	@Test
	void aChangedDocumentReplacesItsOldFactsWithoutOrphans() {
		this.importer.importAll(widgets(WIDGET_PLAN));
		String changed = WIDGET_PLAN.replace("Head of Widget Training\tOngoing", "Chief Probation Officer\tMarch 2025")
			.replace("<p>Consult on it with OASys users.</p>", "");
		List<ImportReport> reports = this.importer.importAll(widgets(changed));
		assertThat(reports).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(ImportReport.Status.LOADED));
		long trainingOwners = this.graph.read("MATCH (o:Owner {name: 'Head of Widget Training'}) RETURN count(o) AS n",
				Map.of(), r -> r.get("n").asLong()).get(0);
		assertThat(trainingOwners).isZero();
		long actions = this.graph.read("MATCH (a:Action {document: 'widgets.txt'}) RETURN count(a) AS n", Map.of(),
				r -> r.get("n").asLong()).get(0);
		assertThat(actions).isEqualTo(3);
		String due = this.graph.read("MATCH (:Recommendation {id: 'widget-supervision-2023/2'})-[:HAS_ACTION]->(a) RETURN toString(a.dueOn) AS d",
				Map.of(), r -> r.get("d").asString()).get(0);
		assertThat(due).isEqualTo("2025-03-31");
	}

	@Test
	void theImportCommandPrintsAReportPerDocumentAndFailsOnABadOne(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("widgets.txt"), WIDGET_PLAN);
		Files.write(dir.resolve("broken.txt"), new byte[] { (byte) 0xff, (byte) 0xfe, 'x' });
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int code = this.command.run(List.of(dir), new PrintStream(out, true, StandardCharsets.UTF_8));
		String printed = out.toString(StandardCharsets.UTF_8);
		assertThat(code).isEqualTo(1);
		// a line per document (its warnings counted; they are in the graph), then the totals
		assertThat(printed.lines().toList()).containsExactly("broken.txt: FAILED: broken.txt:1: not valid UTF-8 text",
				"widgets.txt: LOADED widget-supervision-2023 (2 recommendations, 4 actions, 3 owners, 3 warnings)",
				"2 documents: 1 loaded, 0 unchanged, 1 failed");
	}


	@Test
	void aWriteThatFailsLateInADocumentRollsBackEverythingItWrote() {
		// a document record that another node already claims: the database refuses the document's last statement,
		// after its inspection, plan, recommendations and actions were written in the same transaction
		String sha = Hashes.sha256(WIDGET_PLAN.getBytes(StandardCharsets.UTF_8));
		this.graph.write(tx -> tx.run("CREATE (:Document {file: 'claimed.txt', sha256: $sha})", Map.of("sha", sha)).consume());
		this.graph.write(tx -> tx.run("CREATE CONSTRAINT test_document_sha IF NOT EXISTS FOR (d:Document) REQUIRE d.sha256 IS UNIQUE")
			.consume());
		try {
			Map<String, Long> before = counts();
			List<ImportReport> reports = this.importer.importAll(widgets(WIDGET_PLAN));
			assertThat(reports).singleElement().satisfies(r -> {
				assertThat(r.status()).isEqualTo(ImportReport.Status.FAILED);
				assertThat(r.error()).startsWith("widgets.txt:1: the database refused the document");
			});
			assertThat(counts()).isEqualTo(before);
			long written = this.graph.read("""
					MATCH (n) WHERE n.document = 'widgets.txt' OR n.id STARTS WITH 'widget-supervision-2023' RETURN count(n) AS n""",
					Map.of(), r -> r.get("n").asLong()).get(0);
			assertThat(written).isZero();
		}
		finally {
			this.graph.write(tx -> tx.run("DROP CONSTRAINT test_document_sha IF EXISTS").consume());
			this.graph.write(tx -> tx.run("MATCH (d:Document {file: 'claimed.txt'}) DELETE d").consume());
		}
		assertThat(this.importer.importAll(widgets(WIDGET_PLAN))).singleElement()
			.satisfies(r -> assertThat(r.status()).isEqualTo(ImportReport.Status.LOADED));
	}

	@Test
	void readersNeverSeeAHalfLoadedDocumentWhileItIsImported() throws Exception {
		String changed = WIDGET_PLAN.replace("<p>Consult on it with OASys users.</p>", "");
		java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
		java.util.concurrent.atomic.AtomicBoolean importing = new java.util.concurrent.atomic.AtomicBoolean(true);
		Thread reader = new Thread(() -> {
			while (importing.get()) {
				seen.add(this.graph.read("""
						OPTIONAL MATCH (i:Inspection {id: 'widget-supervision-2023'})
						RETURN CASE WHEN i IS NULL THEN 'none' ELSE
						  toString(COUNT { (i)-[:HAS_RECOMMENDATION]->() }) + ' recommendations, '
						  + toString(COUNT { (:Action {document: 'widgets.txt'}) }) + ' actions, '
						  + toString(COUNT { (:Document {file: 'widgets.txt'}) }) + ' document' END AS state""",
						Map.of(), r -> r.get("state").asString()).get(0));
			}
		});
		reader.start();
		try {
			for (int i = 0; i < 60; i++) {
				assertThat(this.importer.importAll(widgets(i % 2 == 0 ? WIDGET_PLAN : changed))).singleElement()
					.satisfies(r -> assertThat(r.status()).isEqualTo(ImportReport.Status.LOADED));
			}
		}
		finally {
			importing.set(false);
			reader.join();
		}
		// before the first import, and each version whole: never an inspection without its actions or record
		assertThat(seen).isSubsetOf("none", "2 recommendations, 4 actions, 1 document", "2 recommendations, 3 actions, 1 document")
			.contains("2 recommendations, 4 actions, 1 document");
	}

}

package uk.gov.inspectiongraph.ingest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import uk.gov.inspectiongraph.IntegrationTest;
import uk.gov.inspectiongraph.graph.Graph;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Edited copies of the electronic monitoring plan imported over it, as a department re-publishes a plan: one
 * target moved later with a reason, one moved earlier, one completed with the date it was done, one moved later
 * quietly; then one moved again. Each import keeps what the one before promised.
 */
@IntegrationTest
class DeferralAcrossImportsTests {

	private static final String FILE = CorpusFixtures.EM_PLAN;

	private static final String REC = "electronic-monitoring-2022/1";

	private static final String REASON = "Recruitment has been delayed because of a recruitment freeze.";

	@Autowired
	Importer importer;

	@Autowired
	Graph graph;

	@Autowired
	HttpGraphQlTester graphQl;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@AfterEach
	void restore() {
		CorpusFixtures.restore(this.importer, this.graph, FILE);
	}

	/** The plan with recommendation 1's row (line 31) changed: its action and target cells edited by {@code edit}. */
	private void importEdited(UnaryOperator<String[]> edit) {
		List<String> lines = new ArrayList<>(new String(CorpusFixtures.bytes(FILE), StandardCharsets.UTF_8).lines().toList());
		String[] row = lines.get(30).split("\t", -1);
		assertThat(row[0]).isEqualTo("1");
		lines.set(30, String.join("\t", edit.apply(row)));
		byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
		assertThat(this.importer.importAll(List.of(new Importer.Source(FILE, bytes))).get(0).status())
			.isEqualTo(ImportReport.Status.LOADED);
	}

	private static String[] firstEdit(String[] row) {
		row[3] = row[3].replace("with staff in post by April 2022.</p>", "with staff in post by April 2022. " + REASON + "</p>")
			.replace("to improve coverage and accuracy of EM data.</p>",
					"to improve coverage and accuracy of EM data. The recommendations were delivered in May 2022.</p>");
		assertThat(row[5]).isEqualTo("<p>April 2022</p> <p>March 2022</p> <p>June 2022</p> <p>December 2022</p> <p>December 2022</p>");
		row[5] = "<p>October 2022</p> <p>February 2022</p> <p>Completed</p> <p>March 2023</p> <p>December 2022</p>";
		return row;
	}

	private Map<String, Object> action(String id) {
		return this.graphQl.document("""
				{ actions(where: {recommendation: "%s"}) { edges { node { id target { text }
				    slippage { firstDueOn latestDueOn deferrals daysDeferred unexplainedDeferrals reasons }
				    delivery(asOf: "2026-01-01") { status completedOn basis measuredAgainst } } } } }""".formatted(REC))
			.execute()
			.path("actions.edges[?(@.node.id == '%s')].node".formatted(id))
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get()
			.get(0);
	}

	private List<Map<String, Object>> timeline() {
		return this.graphQl.document("""
				{ recommendation(inspection: "electronic-monitoring-2022", number: "1") {
				    timeline { madeOn kind label current text target { text dueOn } action { id } } } }""")
			.execute()
			.path("recommendation.timeline")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	private List<String> deferred() {
		return this.graphQl.document("""
				{ actions(where: {inspection: "electronic-monitoring-2022", deferred: true}) { edges { node { id } } } }""")
			.execute()
			.path("actions.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

	@Test
	void aTargetMovedLaterIsADeferralWithItsReasonAndOneMovedEarlierIsNot() {
		assertThat(deferred()).isEmpty();
		importEdited(DeferralAcrossImportsTests::firstEdit);

		assertThat(action(REC + "/a1").get("slippage")).isEqualTo(Map.of("firstDueOn", "2022-04-30", "latestDueOn",
				"2022-10-31", "deferrals", 1, "daysDeferred", 184, "unexplainedDeferrals", 0, "reasons", List.of(REASON)));
		assertThat(action(REC + "/a2").get("slippage")).isEqualTo(Map.of("firstDueOn", "2022-03-31", "latestDueOn",
				"2022-02-28", "deferrals", 0, "daysDeferred", 0, "unexplainedDeferrals", 0, "reasons", List.of()));
		assertThat(action(REC + "/a4").get("slippage")).isEqualTo(Map.of("firstDueOn", "2022-12-31", "latestDueOn",
				"2023-03-31", "deferrals", 1, "daysDeferred", 90, "unexplainedDeferrals", 1, "reasons", List.of()));
		assertThat(deferred()).containsExactly(REC + "/a1", REC + "/a4");
	}

	@Test
	void aTargetCompletedByAReimportIsOnTimeByTheDateItsTextStates() {
		assertThat(((Map<?, ?>) action(REC + "/a3").get("delivery")).get("status")).isEqualTo("OVERDUE");
		importEdited(DeferralAcrossImportsTests::firstEdit);
		assertThat(action(REC + "/a3").get("delivery")).isEqualTo(Map.of("status", "ON_TIME", "completedOn",
				"2022-05-31", "basis", "STATED", "measuredAgainst", "2022-06-30"));
		assertThat(((Map<?, ?>) action(REC + "/a2").get("delivery")).get("measuredAgainst"))
			.as("measured against the first date, not the earlier one now standing").isEqualTo("2022-03-31");
	}

	@Test
	void theTimelineKeepsWhatEachImportReplacedAndTheSecondDeferralCountsFromTheFirstDate() {
		importEdited(DeferralAcrossImportsTests::firstEdit);
		importEdited(row -> {
			String[] edited = firstEdit(row);
			edited[5] = edited[5].replace("October 2022", "December 2022");
			return edited;
		});
		var slippage = action(REC + "/a1").get("slippage");
		assertThat(slippage).isEqualTo(Map.of("firstDueOn", "2022-04-30", "latestDueOn", "2022-12-31", "deferrals", 2,
				"daysDeferred", 245, "unexplainedDeferrals", 0, "reasons", List.of(REASON, REASON)));

		String today = LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();
		List<Map<String, Object>> timeline = timeline();
		List<List<Object>> a1 = timeline.stream()
			.filter(e -> String.valueOf(e.get("text")).startsWith("Funding has been approved"))
			.map(e -> List.<Object>of(e.get("kind"), e.get("current"), ((Map<?, ?>) e.get("target")).get("text"), e.get("madeOn")))
			.toList();
		assertThat(a1).containsExactly(List.of("ORIGINAL", false, "April 2022", "2022-01-17"),
				List.of("REIMPORT", false, "October 2022", today), List.of("REIMPORT", true, "December 2022", today));
		assertThat(timeline).filteredOn(e -> Boolean.TRUE.equals(e.get("current")))
			.extracting(e -> (Object) ((Map<?, ?>) e.get("action")).get("id"))
			.containsExactlyInAnyOrder(REC + "/a1", REC + "/a2", REC + "/a3", REC + "/a4", REC + "/a5");
		assertThat(timeline).filteredOn(e -> !Boolean.TRUE.equals(e.get("current"))).allSatisfy(e -> assertThat(e.get("action")).isNull());
	}

	@Test
	void theOwnersCalendarEventMovesWithItsTargetAndRaisesItsSequence() {
		String owner = this.graphQl.document("{ actions(where: {recommendation: \"%s\"}) { edges { node { id owners { name } } } } }"
			.formatted(REC))
			.execute()
			.path("actions.edges[?(@.node.id == '%s/a1')].node.owners[0].name".formatted(REC))
			.entityList(String.class)
			.get()
			.get(0);
		String path = "/calendar/owner/" + owner + ".ics";
		String uid = REC + "/a1@inspection-graph";
		biweekly.component.VEvent before = event(path, uid);
		assertThat(before.getSequence().getValue()).isZero();
		importEdited(DeferralAcrossImportsTests::firstEdit);
		biweekly.component.VEvent after = event(path, uid);
		assertThat(after.getSequence().getValue()).isEqualTo(1);
		assertThat(java.time.LocalDate.ofInstant(after.getDateStart().getValue().toInstant(), java.time.ZoneId.systemDefault()))
			.isEqualTo(LocalDate.of(2022, 10, 31));
	}

	private biweekly.component.VEvent event(String path, String uid) {
		String body = org.springframework.web.client.RestClient.create("http://127.0.0.1:" + this.port).get().uri(path)
			.retrieve().body(String.class);
		return biweekly.Biweekly.parse(body).first().getEvents().stream()
			.filter(e -> e.getUid().getValue().equals(uid))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void theOriginalImportedBackLeavesTheCorpusAsItWas() {
		importEdited(DeferralAcrossImportsTests::firstEdit);
		CorpusFixtures.restore(this.importer, this.graph, FILE);
		assertThat(deferred()).isEmpty();
		assertThat(timeline()).allSatisfy(e -> {
			assertThat(e.get("kind")).isEqualTo("ORIGINAL");
			assertThat(e.get("current")).isEqualTo(true);
		});
	}

}

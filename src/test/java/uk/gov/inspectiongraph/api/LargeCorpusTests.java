package uk.gov.inspectiongraph.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.gov.inspectiongraph.bench.CorpusGenerator;
import uk.gov.inspectiongraph.explorer.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Limits that only a larger graph can show: a service started on 30 generated plans (about 1,200 actions,
 * more than a page can hold), in a database of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@ActiveProfiles("test")
class LargeCorpusTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@DynamicPropertySource
	static void generatedCorpus(DynamicPropertyRegistry registry) {
		try {
			Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "generated-corpus");
			new CorpusGenerator(7).write(30, dir);
			registry.add("corpus.dir", dir::toString);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void aHugePageIsCappedAtFiveHundred() {
		var response = this.graphQl.document("{ actions(first: 100000) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } } }")
			.execute();
		response.errors().verify();
		int total = response.path("actions.totalCount").entity(Integer.class).get();
		assertThat(total).isGreaterThan(500);
		response.path("actions.edges").entityList(Object.class).hasSize(500);
		response.path("actions.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
	}

	/** One action as a page lists it. */
	record Due(String id, LocalDate dueOn, String status) {
	}

	/**
	 * Totals and pages filtered by status and due dates (read from the counts the importer keeps, and from
	 * either of two page plans) against every action read page by page with no filter and counted here.
	 */
	@Test
	void dueDateAndStatusFiltersCountAndPageAsEveryActionReadOneByOneSays() {
		List<Due> all = new java.util.ArrayList<>();
		String after = null;
		do {
			var page = this.graphQl.document("""
					query($after: String) { actions(first: 500, after: $after) {
					  pageInfo { hasNextPage endCursor } edges { node { id target { dueOn status } } } } }""")
				.variable("after", after).execute();
			for (Map<String, Object> node : page.path("actions.edges[*].node").entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			}).get()) {
				@SuppressWarnings("unchecked")
				Map<String, Object> target = (Map<String, Object>) node.get("target");
				all.add(new Due((String) node.get("id"), target.get("dueOn") == null ? null : LocalDate.parse((String) target.get("dueOn")),
						(String) target.get("status")));
			}
			after = page.path("actions.pageInfo.hasNextPage").entity(Boolean.class).get()
					? page.path("actions.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null);
		assertThat(all).hasSizeGreaterThan(1000);
		java.util.Random random = new java.util.Random(11);
		List<List<String>> statuses = List.of(List.of("SCHEDULED"), List.of("COMPLETED", "SCHEDULED"), List.of());
		for (int i = 0; i < 24; i++) {
			LocalDate before = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(365 * 10));
			LocalDate from = i % 3 == 0 ? before.minusDays(random.nextInt(400)) : null;
			List<String> status = i % 4 == 3 ? null : statuses.get(i % 3);
			List<String> expected = all.stream()
				.filter(a -> status == null || status.contains(a.status()))
				.filter(a -> a.dueOn() != null && !a.dueOn().isAfter(before) && (from == null || !a.dueOn().isBefore(from)))
				.map(Due::id)
				.toList();
			var answer = this.graphQl.document("""
					query($before: Date!, $from: Date, $status: [TargetStatus!]) {
					  actions(where: {dueBefore: $before, dueAfter: $from, status: $status}, first: 30) {
					    totalCount edges { node { id } } } }""")
				.variable("before", before.toString()).variable("from", from == null ? null : from.toString())
				.variable("status", status).execute();
			answer.errors().verify();
			answer.path("actions.totalCount").entity(Integer.class).isEqualTo(expected.size());
			answer.path("actions.edges[*].node.id").entityList(String.class)
				.isEqualTo(expected.subList(0, Math.min(30, expected.size())));
		}
		long scheduled = all.stream().filter(a -> "SCHEDULED".equals(a.status())).count();
		this.graphQl.document("{ actions(where: {status: [SCHEDULED]}) { totalCount } stats { actionsByStatus { status count } } }")
			.execute()
			.path("actions.totalCount").entity(Long.class).isEqualTo(scheduled)
			.path("stats.actionsByStatus[?(@.status == 'SCHEDULED')].count").entityList(Long.class).containsExactly(scheduled);
	}

	/**
	 * In every order, a status and due-date filter read from the kept counts answers as the same filter inside
	 * an AND does, which the counts do not serve (every match counted and sorted).
	 */
	@Test
	void aFilterServedByTheKeptCountsAnswersInEveryOrderAsTheSameFilterCountedDoes() {
		for (String order : List.of("PLAN_ORDER", "DUE_ON_ASC", "DUE_ON_DESC", "INSPECTION_DATE_ASC")) {
			for (String filter : List.of("status: [SCHEDULED], dueBefore: \"2023-06-30\"", "status: [COMPLETED, ONGOING]")) {
				String query = "{ actions(where: %s, orderBy: " + order + ", first: 40) { totalCount edges { node { id } } } }";
				var tallied = this.graphQl.document(query.formatted("{" + filter + "}")).execute();
				var counted = this.graphQl.document(query.formatted("{AND: [{" + filter + "}]}")).execute();
				tallied.errors().verify();
				int total = counted.path("actions.totalCount").entity(Integer.class).get();
				assertThat(total).as(order + " " + filter).isGreaterThan(40);
				tallied.path("actions.totalCount").entity(Integer.class).isEqualTo(total);
				tallied.path("actions.edges[*].node.id").entityList(String.class)
					.isEqualTo(counted.path("actions.edges[*].node.id").entityList(String.class).get());
			}
		}
	}

	@LocalServerPort
	int port;

	/** The explorer with 500 nodes and more on the canvas: drawn, listed, and a click still selects and expands. */
	@Test
	void theExplorerDrawsFiveHundredNodesAndStillAnswersClicks() throws Exception {
		List<String> inspections = this.graphQl.document("{ inspections { id } }").execute().path("inspections[*].id")
			.entityList(String.class).get();
		StringBuilder hash = new StringBuilder("#");
		java.util.Set<String> expected = new java.util.HashSet<>();
		for (String id : inspections) {
			if (expected.size() >= 520) {
				break;
			}
			expected.add(id);
			expected.addAll(this.graphQl.document("{ node(id: \"%s\") { neighbours(first: 100) { node { id } } } }".formatted(id))
				.execute().path("node.neighbours[*].node.id").entityList(String.class).get());
			hash.append("exp=").append(URLEncoder.encode(id, StandardCharsets.UTF_8)).append('&');
		}
		assertThat(expected).hasSizeGreaterThanOrEqualTo(500);
		try (Browser b = Browser.open(this.port, 1280, 800)) {
			b.open("/" + hash);
			b.waitFor(d -> String.valueOf(expected.size()).equals(b.script("return document.body.dataset.nodes;")));
			int drawn = ((Number) b.script("return arguments[0].cytoscape.nodes().length;", b.testId("canvas"))).intValue();
			assertThat(drawn).isEqualTo(b.all("[data-testid='node-list'] li[data-id]").size()).isGreaterThanOrEqualTo(500);
			var owner = b.all("[data-testid='node-list'] li[data-id^='"
					+ inspections.get(0) + "/'] button[aria-pressed='false']").get(0);
			owner.click();
			b.waitFor(d -> b.all("[data-testid='node-list'] li[data-id]").size() > drawn);
			b.testId("node-list").findElement(By.cssSelector("li[data-id] button.link")).click();
			b.waitFor(d -> b.testId("details").getText().contains(":"));
			b.screenshot("five-hundred-nodes");
			assertThat(b.consoleErrors()).isEmpty();
		}
	}

	@Test
	void pagesOfInspectionsJoinUpToTheWholeList() {
		var all = this.graphQl.document("{ inspections { id } }").execute().path("inspections[*].id").entityList(String.class).get();
		assertThat(all).hasSizeGreaterThan(20);
		var first = this.graphQl.document("{ inspectionsConnection(first: 20) { totalCount pageInfo { endCursor } edges { node { id } } } }")
			.execute();
		first.path("inspectionsConnection.totalCount").entity(Integer.class).isEqualTo(all.size());
		String cursor = first.path("inspectionsConnection.pageInfo.endCursor").entity(String.class).get();
		var rest = this.graphQl.document("{ inspections(first: 500, after: \"" + cursor + "\") { id } }").execute()
			.path("inspections[*].id").entityList(String.class).get();
		var head = first.path("inspectionsConnection.edges[*].node.id").entityList(String.class).get();
		assertThat(java.util.stream.Stream.concat(head.stream(), rest.stream()).toList()).isEqualTo(all);
	}

}

package uk.gov.inspectiongraph.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

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

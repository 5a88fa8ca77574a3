package uk.gov.inspectiongraph.explorer;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.By;

/**
 * Explorer benchmark: against a running service, opens the explorer in headless Chromium with enough
 * inspections expanded for about N nodes, and prints how long the page took to fetch, lay out and draw them
 * (the page's own measure, {@code data-render-ms}), then how long one more expansion and one selection took
 * with that many nodes on the canvas. Median of {@code runs} loads.
 *
 * <p>Usage: {@code ExplorerBench PORT RUNS N...}
 */
public final class ExplorerBench {

	private static final ObjectMapper JSON = new ObjectMapper();

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		int runs = Integer.parseInt(args[1]);
		System.out.println("| nodes on the canvas | first render (ms) | one more expansion (ms) | a selection (ms) |");
		System.out.println("|---|---|---|---|");
		try (Browser b = Browser.open(port, 1280, 800)) {
			for (int i = 2; i < args.length; i++) {
				String hash = expansionsFor(port, Integer.parseInt(args[i]));
				List<Integer> first = new ArrayList<>();
				List<Integer> expand = new ArrayList<>();
				List<Integer> select = new ArrayList<>();
				int nodes = 0;
				for (int r = 0; r < runs; r++) {
					b.open("/?run=" + r + hash);
					b.waitFor(d -> !"0".equals(b.script("return document.body.dataset.nodes || '0';")));
					first.add(renderMs(b));
					nodes = Integer.parseInt((String) b.script("return document.body.dataset.nodes;"));
					int before = nodes;
					b.all("[data-testid='node-list'] li[data-id] button[aria-pressed='false']").get(0).click();
					b.waitFor(d -> !String.valueOf(before).equals(b.script("return document.body.dataset.nodes;")));
					expand.add(renderMs(b));
					b.script("document.body.dataset.renderMs = '';");
					b.testId("node-list").findElements(By.cssSelector("li[data-id] button.link")).get(3).click();
					b.waitFor(d -> !"".equals(b.script("return document.body.dataset.renderMs;")));
					select.add(renderMs(b));
				}
				System.out.printf("| %d | %d | %d | %d |%n", nodes, median(first), median(expand), median(select));
			}
		}
	}

	private static int renderMs(Browser b) {
		return Integer.parseInt((String) b.script("return document.body.dataset.renderMs;"));
	}

	private static int median(List<Integer> values) {
		List<Integer> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	/** A URL fragment expanding inspections, in order, until about {@code n} distinct nodes are on the canvas. */
	private static String expansionsFor(int port, int n) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		JsonNode inspections = query(http, port, "{ inspections { id } }").path("inspections");
		Set<String> nodes = new LinkedHashSet<>();
		StringBuilder hash = new StringBuilder("#");
		for (JsonNode inspection : inspections) {
			if (nodes.size() >= n) {
				break;
			}
			String id = inspection.path("id").asText();
			nodes.add(id);
			query(http, port, "{ node(id: \"" + id + "\") { neighbours(first: 100) { node { id } } } }").path("node")
				.path("neighbours")
				.forEach(x -> nodes.add(x.path("node").path("id").asText()));
			hash.append("exp=").append(URLEncoder.encode(id, StandardCharsets.UTF_8)).append('&');
		}
		return hash.toString();
	}

	private static JsonNode query(HttpClient http, int port, String query) throws Exception {
		String body = JSON.writeValueAsString(java.util.Map.of("query", query));
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		return JSON.readTree(response.body()).path("data");
	}

}

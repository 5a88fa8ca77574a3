package uk.gov.inspectiongraph.dashboard;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;

import uk.gov.inspectiongraph.explorer.Browser;

/**
 * Dashboard benchmark: against a running service, the page's first draw in headless Chromium (the page's own
 * measure, {@code data-first-draw-ms}, from the start of navigation), unfiltered and filtered to an owner; then
 * each panel's query alone and the page's whole query, over POST /graphql. The query is the page's own, read
 * from the served script. Medians of {@code runs}.
 *
 * <p>Usage: {@code DashboardBench PORT RUNS [OWNER]}
 */
public final class DashboardBench {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern ROOT = Pattern.compile("\\n  (\\w+): (\\w+)\\((.*?)\\) \\{\\n(.*?)\\}(?=\\n  \\w+:|\\n\\})", Pattern.DOTALL);

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		int runs = Integer.parseInt(args[1]);
		String owner = args.length > 2 ? args[2] : "Regional Probation Director Wales";
		HttpClient http = HttpClient.newHttpClient();
		String script = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/dashboard/dashboard.js")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		String query = script.substring(script.indexOf("const QUERY = `") + 15, script.indexOf("`;", script.indexOf("const QUERY = `")));
		System.out.println("| measure | median (ms) | min | max |");
		System.out.println("|---|---|---|---|");
		try (Browser b = Browser.open(port, 1400, 1000)) {
			for (String hash : List.of("", "#owner=" + URLEncoder.encode(owner, StandardCharsets.UTF_8))) {
				List<Long> draws = new ArrayList<>();
				for (int r = 0; r < runs; r++) {
					b.open("/dashboard?run=" + r + hash);
					b.waitFor(d -> b.script("return document.body.dataset.firstDrawMs || ''").toString().length() > 0);
					draws.add(Long.parseLong((String) b.script("return document.body.dataset.firstDrawMs;")));
				}
				print("first draw" + (hash.isEmpty() ? "" : ", one owner"), draws);
			}
		}
		String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("actions", Map.of());
		variables.put("overdue", Map.of("overdueOn", today));
		variables.put("deferred", Map.of("deferred", true));
		variables.put("recommendations", Map.of());
		variables.put("today", today);
		variables.put("owners", 15);
		Matcher m = ROOT.matcher(query);
		while (m.find()) {
			String field = m.group(1) + ": " + m.group(2) + "(" + m.group(3) + ") {\n" + m.group(4) + "}";
			List<String> declared = new ArrayList<>();
			Map<String, Object> used = new LinkedHashMap<>();
			Matcher v = Pattern.compile("\\$(\\w+): ([\\w!]+)").matcher(query.substring(0, query.indexOf('{')));
			while (v.find()) {
				if (field.contains("$" + v.group(1))) {
					declared.add("$" + v.group(1) + ": " + v.group(2));
					used.put(v.group(1), variables.get(v.group(1)));
				}
			}
			String one = "query Panel(" + String.join(", ", declared) + ") {\n  " + field + "\n}";
			print("panel query: " + m.group(1), time(http, port, one, used, runs));
		}
		print("the page's whole query", time(http, port, query, variables, runs));
	}

	private static List<Long> time(HttpClient http, int port, String query, Map<String, Object> variables, int runs)
			throws Exception {
		String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
		List<Long> times = new ArrayList<>();
		for (int r = 0; r < runs + 2; r++) {
			long start = System.nanoTime();
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			long ms = (System.nanoTime() - start) / 1_000_000;
			if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
				throw new IllegalStateException("the query failed: " + response.body());
			}
			if (r >= 2) {
				times.add(ms);
			}
		}
		return times;
	}

	private static void print(String what, List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		System.out.printf("| %s | %d | %d | %d |%n", what, sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
	}

}

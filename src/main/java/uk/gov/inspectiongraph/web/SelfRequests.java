package uk.gov.inspectiongraph.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;

/**
 * Every contract operation sent by the service to itself over HTTP, with GraphiQL's example variables: the whole
 * way of a request (Tomcat, Jackson, GraphQL, translation, database), for the AOT training run and the warm-up.
 */
final class SelfRequests {

	/** GraphiQL's example variables (graphiql/index.html); an operation ignores those it does not declare. */
	static final Map<String, Object> VARIABLES = Map.ofEntries(Map.entry("owner", "Regional Probation Director Wales"),
			Map.entry("search", "public protection"), Map.entry("name", "OMiC"), Map.entry("inspection", "electronic-monitoring-2022"),
			Map.entry("number", "4(d)"), Map.entry("where", Map.of("agreement", "PARTLY_AGREED")),
			Map.entry("id", "electronic-monitoring-2022"), Map.entry("text", "domestic abuse"), Map.entry("first", 10),
			Map.entry("dueBefore", "2022-06-30"), Map.entry("status", List.of("SCHEDULED")));

	private static final Pattern OPERATION = Pattern.compile("(?m)^query (\\w+)");

	private final URI endpoint;

	private final List<String> bodies = new ArrayList<>();

	private final HttpClient http = HttpClient.newHttpClient();

	SelfRequests(int port, Resource contractFile) throws IOException {
		this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
		String contract = contractFile.getContentAsString(StandardCharsets.UTF_8);
		JsonMapper json = JsonMapper.builder().build();
		for (Matcher m = OPERATION.matcher(contract); m.find();) {
			this.bodies.add(json.writeValueAsString(Map.of("query", contract, "operationName", m.group(1), "variables", VARIABLES)));
		}
	}

	/** How many operations one round sends. */
	int operations() {
		return this.bodies.size();
	}

	/**
	 * Sends each operation once; returns how many were answered with an error (some example variables name
	 * nothing: an owner called "OMiC" is NOT_FOUND, which exercises the service all the same).
	 */
	int sendEach() throws IOException, InterruptedException {
		int failed = 0;
		for (String body : this.bodies) {
			HttpResponse<String> answer = this.http.send(HttpRequest.newBuilder(this.endpoint)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() != 200 || answer.body().contains("\"errors\"")) {
				failed++;
			}
		}
		return failed;
	}

}

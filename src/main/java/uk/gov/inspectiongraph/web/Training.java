package uk.gov.inspectiongraph.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * A training run ({@code --inspection-graph.training-requests=N}): once ready, the service sends itself every
 * contract operation N times over HTTP with GraphiQL's example variables, then exits. {@code ./run} starts it once
 * under JDK 25's {@code -XX:AOTCacheOutput}, so that the AOT cache holds the classes, their linking and the
 * method profiles of real requests, and a later start runs at full speed within seconds.
 */
@Component
@ConditionalOnProperty(name = "inspection-graph.training-requests")
class Training {

	private static final Logger log = LoggerFactory.getLogger(Training.class);

	/** GraphiQL's example variables (graphiql/index.html); an operation ignores those it does not declare. */
	static final Map<String, Object> VARIABLES = Map.ofEntries(Map.entry("owner", "Regional Probation Director Wales"),
			Map.entry("search", "public protection"), Map.entry("name", "OMiC"), Map.entry("inspection", "electronic-monitoring-2022"),
			Map.entry("number", "4(d)"), Map.entry("where", Map.of("agreement", "PARTLY_AGREED")),
			Map.entry("id", "electronic-monitoring-2022"), Map.entry("text", "domestic abuse"), Map.entry("first", 10),
			Map.entry("dueBefore", "2022-06-30"), Map.entry("status", List.of("SCHEDULED")));

	private static final Pattern OPERATION = Pattern.compile("(?m)^query (\\w+)");

	private final int requests;

	private final Resource contract;

	Training(@Value("${inspection-graph.training-requests}") int requests,
			@Value("classpath:static/contract.graphql") Resource contract) {
		this.requests = requests;
		this.contract = contract;
	}

	@EventListener
	void train(ApplicationReadyEvent ready) throws IOException, InterruptedException {
		ConfigurableApplicationContext context = ready.getApplicationContext();
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		String document = this.contract.getContentAsString(StandardCharsets.UTF_8);
		JsonMapper json = JsonMapper.builder().build();
		HttpClient http = HttpClient.newHttpClient();
		int failed = 0;
		int sent = 0;
		for (int i = 0; i < this.requests; i++) {
			for (Matcher m = OPERATION.matcher(document); m.find();) {
				String body = json.writeValueAsString(Map.of("query", document, "operationName", m.group(1), "variables", VARIABLES));
				HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
				sent++;
				if (answer.statusCode() != 200 || answer.body().contains("\"errors\"")) {
					failed++;
				}
			}
		}
		// some example variables name nothing (an owner called "OMiC"): a NOT_FOUND answer trains all the same
		log.info("Training: {} requests sent, {} answered with an error", sent, failed);
		System.exit(SpringApplication.exit(context, () -> 0));
	}

}

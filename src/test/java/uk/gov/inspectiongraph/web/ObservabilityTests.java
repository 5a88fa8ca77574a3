package uk.gov.inspectiongraph.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.web.client.RestClient;

import uk.gov.inspectiongraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Metrics per operation at /actuator/prometheus, the driver's own, and one log line per request. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityTests {

	@LocalServerPort
	int port;

	@Autowired
	HttpGraphQlTester graphQl;

	private final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());

	@BeforeEach
	void logEveryRequest() {
		this.logging.setLogLevel("uk.gov.inspectiongraph.requests", LogLevel.INFO);
	}

	@AfterEach
	void quietAgain() {
		this.logging.setLogLevel("uk.gov.inspectiongraph.requests", LogLevel.WARN);
	}

	private String scrape() {
		return RestClient.create("http://127.0.0.1:" + this.port).get().uri("/actuator/prometheus").retrieve().body(String.class);
	}

	private static double value(String scrape, String series) {
		Matcher m = Pattern.compile("^" + Pattern.quote(series) + " ([0-9.eE+-]+)$", Pattern.MULTILINE).matcher(scrape);
		assertThat(m.find()).as("%s in%n%s", series, scrape.lines().filter(l -> l.startsWith("graphql")).toList()).isTrue();
		return Double.parseDouble(m.group(1));
	}

	@Test
	void eachOperationIsTimedByOutcomeWithItsCypherCount() {
		String before = scrape();
		for (int i = 0; i < 3; i++) {
			this.graphQl.document("query ProbeOwners { owners(first: 2) { name } inspections { id } }").execute();
		}
		this.graphQl.document("query ProbeBad { owners(first: -1) { name } }").execute();
		String after = scrape();
		assertThat(value(after, "graphql_request_seconds_count{operation=\"ProbeOwners\",outcome=\"SUCCESS\"}")).isEqualTo(3);
		// two root fields: two Cypher queries each time
		assertThat(value(after, "graphql_request_cypher_sum{operation=\"ProbeOwners\"}")).isEqualTo(6);
		assertThat(value(after, "graphql_request_seconds_count{operation=\"ProbeBad\",outcome=\"BAD_REQUEST\"}")).isEqualTo(1);
		assertThat(before).doesNotContain("ProbeOwners");
		// the Neo4j driver observes its connection pool (OpenTelemetry names)
		assertThat(after).containsPattern("(?m)^db_client_connection_\\w+\\{[^}]*db_system_name=\"neo4j\"");
	}

	@Test
	void theDocumentAndTranslationCachesCountTheirHitsInTheMetrics() {
		String before = scrape();
		// the same document twice (one parse), then the same shape of selection under another document text
		this.graphQl.document("query ProbeCache { owners(first: 2) { name } }").execute();
		this.graphQl.document("query ProbeCache { owners(first: 2) { name } }").execute();
		this.graphQl.document("query ProbeCache2 { owners(first: 2) { name } }").execute();
		String after = scrape();
		assertThat(value(after, "cache_gets_total{cache=\"graphql.documents\",result=\"hit\"}")
				- value(before, "cache_gets_total{cache=\"graphql.documents\",result=\"hit\"}")).isGreaterThanOrEqualTo(1);
		assertThat(value(after, "cache_gets_total{cache=\"graphql.translations\",result=\"hit\"}")
				- value(before, "cache_gets_total{cache=\"graphql.translations\",result=\"hit\"}")).isGreaterThanOrEqualTo(2);
		assertThat(value(after, "cache_size{cache=\"graphql.translations\"}")).isGreaterThan(0);
	}

	@Test
	void oneLogLinePerRequestWithNoVariableValues(CapturedOutput output) {
		this.graphQl.document("query ProbeLog($name: String!) { owner(name: $name) { name } }")
			.variable("name", "Regional Probation Director Wales")
			.execute();
		this.graphQl.document("query ProbeLog($name: String!) { owner(name: $name) { name } }")
			.variable("name", "secret-owner-9f3a")
			.execute();
		var lines = output.getOut().lines().filter(l -> l.contains("graphql operation=ProbeLog")).toList();
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0)).contains("outcome=SUCCESS").contains("cypher=1").containsPattern("durationMs=\\d+");
		assertThat(lines.get(1)).contains("outcome=NOT_FOUND").contains("errors=1");
		assertThat(output.getAll()).doesNotContain("secret-owner-9f3a");
	}

}

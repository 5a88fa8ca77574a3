package uk.gov.inspectiongraph.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import uk.gov.inspectiongraph.IntegrationTest;
import uk.gov.inspectiongraph.graph.Graph;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's raw side: a translated request's own Cypher over HTTP, through the same read path. */
@IntegrationTest
class RawCypherTests {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	@LocalServerPort
	int port;

	@Autowired
	Graph graph;

	private RestClient client() {
		return RestClient.builder().baseUrl("http://127.0.0.1:" + this.port).build();
	}

	private Map<String, Object> post(String path, Object body) {
		return this.client().post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(JSON);
	}

	private HttpStatusCode status(Object body) {
		return this.client().post().uri("/bench/cypher").contentType(MediaType.APPLICATION_JSON).body(body)
			.exchange((request, response) -> response.getStatusCode());
	}

	@Test
	@SuppressWarnings("unchecked")
	void theCypherOfARequestAnswersWhatTheRequestAnswered() {
		String document = """
				query ($inspection: ID!, $number: String!) { recommendation(inspection: $inspection, number: $number) {
				  id number text agreement rationale parent { id number } children { id number } sources { document line } } }
				""";
		Map<String, Object> graphQl = this.client().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
			.header("X-Explain", "cypher")
			.body(Map.of("query", document, "variables", Map.of("inspection", "electronic-monitoring-2022", "number", "1")))
			.retrieve().body(JSON);
		List<Map<String, Object>> queries = (List<Map<String, Object>>) ((Map<String, Object>) graphQl.get("extensions")).get("cypher");
		assertThat(queries).hasSize(1);
		Map<String, Object> raw = post("/bench/cypher", Map.of("queries", queries));
		Map<String, Object> answered = (Map<String, Object>) ((Map<String, Object>) graphQl.get("data")).get("recommendation");
		assertThat(answered.get("number")).isEqualTo("1");
		assertThat((List<Object>) raw.get("data")).containsExactly(List.of(answered));
	}

	@Test
	@SuppressWarnings("unchecked")
	void aParameterWrittenAsADateIsBoundAsADate() {
		Map<String, Object> raw = post("/bench/cypher", Map.of("queries", List.of(Map.of(
				"query", "RETURN {day: $on.day, month: $on.month} AS result", "parameters", Map.of("on", "2022-04-30")))));
		assertThat((List<Object>) raw.get("data")).containsExactly(List.of(Map.of("day", 30, "month", 4)));
	}

	@Test
	void aWriteIsRefusedAndWritesNothing() {
		assertThat(status(Map.of("queries", List.of(Map.of("query", "CREATE (n:RawCypherProbe) RETURN {id: 1} AS result")))).value())
			.isEqualTo(400);
		assertThat(this.graph.read("MATCH (n:RawCypherProbe) RETURN count(n) AS n", Map.of(), r -> r.get("n").asLong()))
			.containsExactly(0L);
	}

	@Test
	void aBodyWithoutQueriesIsABadRequest() {
		assertThat(status(Map.of("query", "RETURN 1 AS result")).value()).isEqualTo(400);
		assertThat(status(Map.of("queries", List.of(Map.of("parameters", Map.of())))).value()).isEqualTo(400);
	}

	@Test
	void theRawSideIsOffUnlessItIsAskedFor() {
		// the condition alone: off, no endpoint is made; asked for, the endpoint is made (and needs the graph)
		new ApplicationContextRunner().withUserConfiguration(RawCypher.class)
			.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(RawCypher.class));
		new ApplicationContextRunner().withUserConfiguration(RawCypher.class)
			.withPropertyValues("inspection-graph.bench.raw-cypher=true")
			.withBean(Graph.class, () -> this.graph)
			.run(context -> assertThat(context).hasSingleBean(RawCypher.class));
	}

}

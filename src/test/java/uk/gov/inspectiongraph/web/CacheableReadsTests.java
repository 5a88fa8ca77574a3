package uk.gov.inspectiongraph.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import uk.gov.inspectiongraph.IntegrationTest;
import uk.gov.inspectiongraph.ingest.ImportReport;
import uk.gov.inspectiongraph.ingest.Importer;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /graphql, ETags from the graph's version, Cache-Control, CORS and persisted documents. */
@IntegrationTest
class CacheableReadsTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String STATS = "{ stats { overdue(asOf: \"2022-06-01\") } }";

	@LocalServerPort
	int port;

	@Autowired
	Importer importer;

	private RestClient client() {
		return RestClient.builder().baseUrl("http://127.0.0.1:" + this.port).defaultStatusHandler(s -> true, (q, r) -> {
		}).build();
	}

	/** A path whose query string is already encoded, sent as it is. */
	private java.net.URI uri(String path) {
		return java.net.URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static String q(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private ResponseEntity<String> get(String query, String... headers) {
		var spec = client().get().uri(uri("/graphql?query=" + q(query)));
		for (int i = 0; i < headers.length; i += 2) {
			spec = spec.header(headers[i], headers[i + 1]);
		}
		return spec.retrieve().toEntity(String.class);
	}

	private JsonNode post(Map<String, Object> body) throws Exception {
		String answer = client().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON).body(body).retrieve().body(String.class);
		return JSON.readTree(answer);
	}

	@Test
	void aQueryOverGetAnswersAsThePostDoesWithAnETagAndTheConfiguredCacheControl() throws Exception {
		ResponseEntity<String> response = get(STATS);
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(JSON.readTree(response.getBody())).isEqualTo(post(Map.of("query", STATS)));
		assertThat(response.getHeaders().getETag()).startsWith("W/\"");
		assertThat(response.getHeaders().getCacheControl()).isEqualTo("max-age=30, must-revalidate");
		var variables = client().get()
			.uri(uri("/graphql?query=" + q("query O($n: String!) { owner(name: $n) { name } }") + "&variables="
					+ q("{\"n\": \"regional probation director wales\"}")))
			.retrieve().toEntity(String.class);
		assertThat(JSON.readTree(variables.getBody()).at("/data/owner/name").asText()).isEqualTo("Regional Probation Director Wales");
	}

	@Test
	void theETagHoldsUntilAnImportChangesTheGraph() throws Exception {
		String etag = get(STATS).getHeaders().getETag();
		ResponseEntity<String> same = get(STATS, HttpHeaders.IF_NONE_MATCH, etag);
		assertThat(same.getStatusCode().value()).isEqualTo(304);
		assertThat(same.getBody()).isNull();
		assertThat(client().get().uri("/export/actions.csv?owner=rpd+wales").header(HttpHeaders.IF_NONE_MATCH, etag)
			.retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(304);

		Path file;
		try (var files = Files.list(Path.of("data/corpus"))) {
			file = files.sorted().findFirst().orElseThrow();
		}
		byte[] original = Files.readAllBytes(file);
		String name = file.getFileName().toString();
		List<ImportReport> unchanged = this.importer.importAll(List.of(new Importer.Source(name, original)));
		assertThat(unchanged.get(0).status()).isEqualTo(ImportReport.Status.UNCHANGED);
		assertThat(get(STATS, HttpHeaders.IF_NONE_MATCH, etag).getStatusCode().value()).as("nothing changed").isEqualTo(304);

		// the same text with CRLF line ends: another document by its hash, the same facts
		byte[] crlf = new String(original, StandardCharsets.UTF_8).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
		try {
			assertThat(this.importer.importAll(List.of(new Importer.Source(name, crlf))).get(0).status())
				.isEqualTo(ImportReport.Status.LOADED);
			ResponseEntity<String> changed = get(STATS, HttpHeaders.IF_NONE_MATCH, etag);
			assertThat(changed.getStatusCode().value()).isEqualTo(200);
			assertThat(changed.getHeaders().getETag()).isNotEqualTo(etag);
			assertThat(JSON.readTree(changed.getBody())).isEqualTo(post(Map.of("query", STATS)));
		}
		finally {
			this.importer.importAll(List.of(new Importer.Source(name, original)));
		}
	}

	@Test
	void aMutationIsNeverRunOverGetAndABadGetIsABadRequest() throws Exception {
		ResponseEntity<String> mutation = get("mutation { importDocument }");
		assertThat(mutation.getStatusCode().value()).isEqualTo(405);
		assertThat(mutation.getHeaders().getAllow()).containsExactly(HttpMethod.POST);
		assertThat(mutation.getBody()).contains("not allowed over GET");
		ResponseEntity<String> nothing = client().get().uri("/graphql").retrieve().toEntity(String.class);
		assertThat(nothing.getStatusCode().value()).isEqualTo(400);
		assertThat(nothing.getBody()).contains("needs a 'query' parameter");
		ResponseEntity<String> badVariables = client().get().uri(uri("/graphql?query=" + q(STATS) + "&variables=" + q("{oops")))
			.retrieve().toEntity(String.class);
		assertThat(badVariables.getStatusCode().value()).isEqualTo(400);
		assertThat(badVariables.getBody()).contains("'variables' is not valid JSON");
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static Map<String, Object> persisted(String hash) {
		return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
	}

	@Test
	void theContractsOperationsRunByHashAlone() throws Exception {
		String contract = Files.readString(Path.of("src/main/resources/static/contract.graphql"));
		JsonNode byText = post(Map.of("query", contract, "operationName", "Stats"));
		JsonNode byHash = post(Map.of("operationName", "Stats", "extensions", persisted(sha256(contract))));
		assertThat(byHash.path("errors").isMissingNode()).as(byHash.toString()).isTrue();
		assertThat(byHash).isEqualTo(byText);

		JsonNode listed = JSON.readTree(client().get().uri("/graphql/persisted-documents").retrieve().body(String.class));
		JsonNode stats = null;
		for (JsonNode d : listed) {
			assertThat(d.path("sha256").asText()).isEqualTo(sha256(d.path("document").asText()));
			if ("Stats".equals(d.path("operationName").asText())) {
				stats = d;
			}
		}
		assertThat(listed.size()).isEqualTo(1 + (int) contract.lines().filter(l -> l.startsWith("query ")).count());
		assertThat(post(Map.of("extensions", persisted(stats.path("sha256").asText())))).isEqualTo(byText);

		String get = "/graphql?operationName=Stats&extensions=" + q(JSON.writeValueAsString(persisted(sha256(contract))));
		ResponseEntity<String> overGet = client().get().uri(uri(get)).retrieve().toEntity(String.class);
		assertThat(JSON.readTree(overGet.getBody())).isEqualTo(byText);
		assertThat(overGet.getHeaders().getETag()).isNotNull();
	}

	@Test
	void anUnknownHashOrOneThatDoesNotMatchItsTextIsRefused() throws Exception {
		JsonNode unknown = post(Map.of("extensions", persisted(sha256("{ stats { overdue } }"))));
		assertThat(unknown.at("/errors/0/message").asText()).isEqualTo("PersistedQueryNotFound");
		JsonNode mismatch = post(Map.of("query", STATS, "extensions", persisted(sha256("{ programmes { name } }"))));
		assertThat(mismatch.at("/errors/0/message").asText()).isEqualTo("PersistedQueryIdInvalid");
		JsonNode withText = post(Map.of("query", STATS, "extensions", persisted(sha256(STATS))));
		assertThat(withText).isEqualTo(post(Map.of("query", STATS)));
	}

	@Test
	void crossOriginReadsAreAllowedOnlyFromTheConfiguredOrigins() {
		for (String path : List.of("/graphql", "/export/actions.csv")) {
			var allowed = client().options().uri(path).header(HttpHeaders.ORIGIN, "https://dashboards.example")
				.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET").retrieve().toBodilessEntity();
			assertThat(allowed.getHeaders().getAccessControlAllowOrigin()).as(path).isEqualTo("https://dashboards.example");
			var refused = client().options().uri(path).header(HttpHeaders.ORIGIN, "https://elsewhere.example")
				.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET").retrieve().toBodilessEntity();
			assertThat(refused.getStatusCode().value()).as(path).isEqualTo(403);
		}
	}

}

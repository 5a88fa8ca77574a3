package uk.gov.inspectiongraph.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import uk.gov.inspectiongraph.IntegrationTest;
import uk.gov.inspectiongraph.graph.Graph;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Translation snapshots, as @neo4j/graphql's test suite keeps them: each request in
 * {@code src/test/resources/translation/} sits beside the Cypher it must produce (one query per root field) ({@code .cypher},
 * reviewed by hand) and the answer it must give on the bundled corpus ({@code .json}). A change to the
 * translation shows up as a diff of these files. {@code -Dsnapshots.update=true} rewrites them.
 */
@IntegrationTest
class TranslationSnapshotTests {

	private static final Path DIR = Path.of("src/test/resources/translation");

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Graph graph;

	@TestFactory
	Stream<DynamicTest> everyRequestProducesItsReviewedCypherAndAnswer() throws IOException {
		List<String> seen = new ArrayList<>();
		this.graph.onRead(cypher -> {
			synchronized (seen) {
				seen.add(cypher);
			}
		});
		boolean update = Boolean.getBoolean("snapshots.update");
		try (Stream<Path> files = Files.list(DIR)) {
			List<Path> requests = files.filter(p -> p.toString().endsWith(".graphql")).sorted().toList();
			assertThat(requests).isNotEmpty();
			return requests.stream().map(request -> DynamicTest.dynamicTest(request.getFileName().toString(), () -> {
				String document = Files.readString(request);
				List<String> queries;
				Map<String, Object> answer;
				synchronized (seen) {
					seen.clear();
				}
				answer = this.graphQl.document(document).execute().returnResponse().toMap();
				synchronized (seen) {
					queries = List.copyOf(seen);
				}
				String cypher = String.join("\n;\n", queries) + "\n";
				String json = JSON.writeValueAsString(withoutScores(answer)) + "\n";
				Path cypherFile = sibling(request, ".cypher");
				Path jsonFile = sibling(request, ".json");
				if (update) {
					Files.writeString(cypherFile, cypher, StandardCharsets.UTF_8);
					Files.writeString(jsonFile, json, StandardCharsets.UTF_8);
				}
				assertThat(answer).doesNotContainKey("errors");
				assertThat(queries).as("one Cypher query per root field")
					.hasSize(((Map<?, ?>) answer.get("data")).size());
				assertThat(cypher).isEqualTo(Files.readString(cypherFile));
				assertThat(json).isEqualTo(Files.readString(jsonFile));
			}));
		}
	}

	/**
	 * The answer with each fulltext search score replaced by a mark: such a score depends on the index's
	 * statistics, which every test that imports or deletes a document changes, while the order it gives is the
	 * translation's (and is kept).
	 */
	private static Object withoutScores(Object answer) {
		return withoutScores(answer, false);
	}

	private static Object withoutScores(Object value, boolean inSearch) {
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> out = new LinkedHashMap<>();
			map.forEach((k, v) -> out.put(k, inSearch && "score".equals(k) && v instanceof Number ? "(a fulltext score)"
					: withoutScores(v, inSearch || "search".equals(k))));
			return out;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(v -> withoutScores(v, inSearch)).toList();
		}
		return value;
	}

	private static Path sibling(Path request, String extension) {
		String name = request.getFileName().toString();
		return request.resolveSibling(name.substring(0, name.length() - ".graphql".length()) + extension);
	}

}

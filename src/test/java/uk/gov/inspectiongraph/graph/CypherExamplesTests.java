package uk.gov.inspectiongraph.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import uk.gov.inspectiongraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The analyst examples in cypher/examples run against the loaded corpus and answer something. */
@IntegrationTest
class CypherExamplesTests {

	@Autowired
	Graph graph;

	@Test
	void everyExampleRunsAndReturnsRows() throws IOException {
		List<Path> examples;
		try (Stream<Path> files = Files.list(Path.of("cypher/examples"))) {
			examples = files.filter(p -> p.toString().endsWith(".cypher")).sorted().toList();
		}
		assertThat(examples).hasSizeGreaterThanOrEqualTo(5);
		for (Path example : examples) {
			String cypher = Files.readString(example).strip().replaceAll(";$", "");
			List<Object> rows = this.graph.read(cypher, Map.of(), r -> r.get(0).asObject());
			assertThat(rows).as(example.getFileName().toString()).isNotEmpty();
		}
	}

}

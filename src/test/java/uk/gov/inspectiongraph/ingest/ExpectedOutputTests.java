package uk.gov.inspectiongraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each corpus document's reading, compared with its reviewed expected-output file, so that any change to a
 * reading rule shows as a diff of {@code src/test/resources/expected/*.txt}. After a deliberate change, run
 * with {@code -Dexpected.update=true} to rewrite the files, and review the diff line by line.
 */
class ExpectedOutputTests {

	private static final Path EXPECTED = Path.of("src/test/resources/expected");

	static Stream<String> corpus() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("data/corpus"))) {
			return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
		}
	}

	@ParameterizedTest
	@MethodSource("corpus")
	void theReadingOfEachCorpusDocumentIsTheReviewedOne(String file) throws IOException {
		String actual = ParsedText.of(CorpusFixtures.parse(file));
		Path expected = EXPECTED.resolve(file);
		if (Boolean.getBoolean("expected.update")) {
			Files.writeString(expected, actual, StandardCharsets.UTF_8);
		}
		assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
	}

}

package uk.gov.inspectiongraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The importer and the API meet only in the graph and in {@code model}: {@code ingest} uses no API package, no
 * API package uses {@code ingest}, and {@code graph} (the plumbing both use) uses neither.
 */
class PackageBoundariesTests {

	private static final Path MAIN = Path.of("src/main/java/uk/gov/inspectiongraph");

	private static final List<String> API = List.of("action", "document", "export", "inspection", "owner", "programme",
			"recommendation", "search", "web");

	private static final Pattern USE = Pattern.compile("uk\\.gov\\.inspectiongraph\\.(\\w+)\\.[A-Z]");

	/** Every "package -> used package" pair in the main sources, one per file and use. */
	private static List<String> uses(String from) throws IOException {
		try (Stream<Path> files = Files.walk(MAIN.resolve(from))) {
			return files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
				try {
					Matcher m = USE.matcher(Files.readString(p));
					return m.results().map(r -> p.getFileName() + " -> " + r.group(1)).toList().stream();
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}).filter(u -> !u.endsWith("-> " + from)).distinct().toList();
		}
	}

	@Test
	void theImporterUsesNoApiPackage() throws IOException {
		assertThat(uses("ingest")).noneMatch(u -> API.stream().anyMatch(api -> u.endsWith("-> " + api)));
	}

	@Test
	void noApiPackageUsesTheImporter() throws IOException {
		for (String api : API) {
			assertThat(uses(api)).as(api).noneMatch(u -> u.endsWith("-> ingest"));
		}
	}

	@Test
	void thePlumbingUsesNeitherTheImporterNorTheApi() throws IOException {
		assertThat(uses("graph")).noneMatch(u -> u.endsWith("-> ingest") || API.stream().anyMatch(api -> u.endsWith("-> " + api)));
		assertThat(uses("model")).isEmpty();
	}

}

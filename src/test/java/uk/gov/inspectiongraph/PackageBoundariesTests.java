package uk.gov.inspectiongraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two pipelines keep their arrows pointing one way. A document's way in: {@code ingest.read} (a format to the
 * text's table lines) → {@code ingest.plan} (typed stages to a parsed document) → {@code ingest} (load, citations,
 * migrations' backfills, the command) → {@code graph}. A request's way in: {@code web} (GraphQL over HTTP) → the
 * features → {@code query} (a selection to Cypher) → {@code graph} (the database). The importer and the API meet
 * only in the graph and in {@code model}.
 */
class PackageBoundariesTests {

	private static final Path MAIN = Path.of("src/main/java/uk/gov/inspectiongraph");

	private static final Set<String> FEATURES = Set.of("action", "document", "export", "inspection", "owner",
			"programme", "recommendation", "search");

	/** What each package may use besides itself; a package missing here may use nothing of the project. */
	private static final Map<String, Set<String>> ALLOWED = Map.of(
			"ingest.read", Set.of("model"),
			"ingest.plan", Set.of("ingest.read", "model"),
			"ingest", Set.of("ingest.plan", "ingest.read", "graph", "model"),
			"graph", Set.of("model"),
			"query", Set.of("graph", "model"),
			"web", Set.of("query", "graph", "model"));

	private static final Pattern USE = Pattern.compile("uk\\.gov\\.inspectiongraph\\.([a-z.]+?)\\.[A-Z]");

	/** The project's packages that the files directly in {@code pkg} (not its sub-packages) use. */
	private static Set<String> uses(String pkg) throws IOException {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.list(MAIN.resolve(pkg.replace('.', '/')))) {
			files.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
				try {
					USE.matcher(Files.readString(p)).results().map(r -> r.group(1)).forEach(used::add);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		used.remove(pkg);
		return used;
	}

	@Test
	void eachPipelineStageUsesOnlyTheStagesBelowIt() throws IOException {
		for (Map.Entry<String, Set<String>> stage : ALLOWED.entrySet()) {
			assertThat(uses(stage.getKey())).as(stage.getKey()).isSubsetOf(stage.getValue());
		}
	}

	@Test
	void featuresUseTheTranslationAndTheDatabaseButNeitherTheImporterNorHttp() throws IOException {
		for (String feature : FEATURES) {
			assertThat(uses(feature)).as(feature)
				.noneMatch(p -> p.startsWith("ingest") || p.equals("web"));
		}
	}

	@Test
	void theModelUsesNothingOfTheProject() throws IOException {
		assertThat(uses("model")).isEmpty();
	}

	@Test
	void everyPackageIsOneOfTheStagesOrAFeature() throws IOException {
		try (Stream<Path> dirs = Files.walk(MAIN)) {
			List<String> packages = dirs.filter(Files::isDirectory)
				.filter(d -> !d.equals(MAIN))
				.map(d -> MAIN.relativize(d).toString().replace('/', '.'))
				.toList();
			assertThat(packages).allMatch(p -> FEATURES.contains(p) || ALLOWED.containsKey(p) || p.equals("model"));
		}
	}

}

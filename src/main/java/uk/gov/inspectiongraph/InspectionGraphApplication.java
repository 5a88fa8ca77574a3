package uk.gov.inspectiongraph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import uk.gov.inspectiongraph.graph.EmbeddedNeo4jEarlyStart;
import uk.gov.inspectiongraph.ingest.ImportCommand;

/** The service; {@code import PATH...} as first arguments runs the document importer instead. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InspectionGraphApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("import")) {
			System.exit(runImport(Arrays.asList(args).subList(1, args.length)));
		}
		SpringApplication application = new SpringApplication(InspectionGraphApplication.class);
		application.addListeners(new EmbeddedNeo4jEarlyStart());
		application.run(args);
	}

	/**
	 * What the import command sets unless told otherwise: no banner, no corpus load, and a quiet log, so that what
	 * it prints is the report for a person (the database's notifications about a new store, such as a relationship
	 * type not yet there, are shown only with {@code --logging.level.org.springframework.data.neo4j.cypher=DEBUG}).
	 */
	private static final Map<String, String> IMPORT_DEFAULTS = Map.of("corpus.load-on-start", "false",
			"spring.main.banner-mode", "off", "logging.level.root", "WARN", "logging.level.ac.simons.neo4j.migrations", "WARN",
			"logging.level.org.springframework.data.neo4j.cypher", "OFF");

	/**
	 * The import command: a context without the web server (command-line {@code --} options apply), the
	 * documents of the paths imported, the exit code returned.
	 */
	static int runImport(List<String> arguments) {
		// command-line arguments, not default properties: application.yml would override those
		List<String> options = arguments.stream().filter(a -> a.startsWith("--")).toList();
		List<String> springArgs = new ArrayList<>();
		IMPORT_DEFAULTS.forEach((key, value) -> {
			if (options.stream().noneMatch(o -> o.startsWith("--" + key + "="))) {
				springArgs.add("--" + key + "=" + value);
			}
		});
		springArgs.addAll(options);
		List<Path> paths = arguments.stream().filter(a -> !a.startsWith("--")).map(Path::of).toList();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(InspectionGraphApplication.class)
			.web(WebApplicationType.NONE)
			.listeners(new EmbeddedNeo4jEarlyStart())
			.run(springArgs.toArray(String[]::new))) {
			return context.getBean(ImportCommand.class).run(paths, System.out);
		}
	}

}

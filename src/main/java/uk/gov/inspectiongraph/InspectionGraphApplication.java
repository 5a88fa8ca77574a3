package uk.gov.inspectiongraph;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

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
	 * The import command: a context without the web server (command-line {@code --} options apply), the
	 * documents of the paths imported, the exit code returned.
	 */
	static int runImport(List<String> arguments) {
		// command-line arguments, not default properties: application.yml would override those
		String[] springArgs = java.util.stream.Stream
			.concat(java.util.stream.Stream.of("--corpus.load-on-start=false", "--spring.main.banner-mode=off"),
					arguments.stream().filter(a -> a.startsWith("--")))
			.toArray(String[]::new);
		List<Path> paths = arguments.stream().filter(a -> !a.startsWith("--")).map(Path::of).toList();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(InspectionGraphApplication.class)
			.web(WebApplicationType.NONE)
			.listeners(new EmbeddedNeo4jEarlyStart())
			.run(springArgs)) {
			return context.getBean(ImportCommand.class).run(paths, System.out);
		}
	}

}

package uk.gov.inspectiongraph.ingest;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * {@code java -jar inspection-graph.jar import PATH...}: imports files or folders into the configured database
 * and prints a line per document (its counts and how many warnings it has, or why it failed), then the totals; the
 * exit code is 1 when any document failed, 2 for a usage error. Each document's warnings are in the graph
 * ({@code document { warnings }}).
 */
@Component
public class ImportCommand {

	private final Importer importer;

	public ImportCommand(Importer importer) {
		this.importer = importer;
	}

	public int run(List<Path> paths, PrintStream out) {
		if (paths.isEmpty()) {
			out.println("usage: java -jar inspection-graph.jar import PATH... [--spring.neo4j.uri=bolt://host:7687]");
			return 2;
		}
		for (Path p : paths) {
			if (!Files.exists(p)) {
				out.println(p + ": FAILED: no such file or folder");
				return 1;
			}
		}
		// each line as its document is done (an import of many documents shows its progress), nothing kept but counts
		int[] counts = new int[ImportReport.Status.values().length];
		this.importer.importAll(CorpusLoader.read(paths), report -> {
			// one line per document, whatever its error said
			out.println(report.toString().replaceAll("\\s*[\\r\\n]+\\s*", " "));
			counts[report.status().ordinal()]++;
		});
		boolean failed = counts[ImportReport.Status.FAILED.ordinal()] > 0;
		out.println(Arrays.stream(counts).sum() + " documents: " + counts[ImportReport.Status.LOADED.ordinal()]
				+ " loaded, " + counts[ImportReport.Status.UNCHANGED.ordinal()] + " unchanged, "
				+ counts[ImportReport.Status.FAILED.ordinal()] + " failed");
		return failed ? 1 : 0;
	}

}

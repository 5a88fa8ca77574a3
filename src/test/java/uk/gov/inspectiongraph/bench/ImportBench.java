package uk.gov.inspectiongraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import uk.gov.inspectiongraph.InspectionGraphApplication;
import uk.gov.inspectiongraph.graph.Graph;
import uk.gov.inspectiongraph.ingest.CorpusLoader;
import uk.gov.inspectiongraph.ingest.ImportReport;
import uk.gov.inspectiongraph.ingest.Importer;

/**
 * Import benchmark: generates N plans (if not there yet), imports them through the real importer into a fresh
 * embedded database, and prints documents per second, total time and memory. The database is kept for the
 * query benchmark.
 *
 * <p>Usage: {@code ImportBench N SEED WORK_DIR}
 */
public final class ImportBench {

	public static void main(String[] args) throws Exception {
		int n = Integer.parseInt(args[0]);
		long seed = Long.parseLong(args[1]);
		Path work = Path.of(args[2]);
		Path corpus = work.resolve("corpus-" + n);
		Path db = work.resolve("db-" + n);
		if (!Files.isDirectory(corpus)) {
			new CorpusGenerator(seed).write(n, corpus);
		}
		deleteTree(db);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(InspectionGraphApplication.class)
			.web(WebApplicationType.NONE)
			.run("--corpus.load-on-start=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
					"--neo4j.embedded.dir=" + db.toAbsolutePath(), "--neo4j.embedded.bolt-port=0",
					"--neo4j.embedded.page-cache=512m")) {
			Importer importer = context.getBean(Importer.class);
			Graph graph = context.getBean(Graph.class);
			List<Path> files;
			try (Stream<Path> list = Files.list(corpus)) {
				files = list.sorted().toList();
			}
			long started = System.nanoTime();
			int loaded = 0;
			int failed = 0;
			// batches of 100 files: the real importer, without holding every document in memory at once
			for (int i = 0; i < files.size(); i += 100) {
				List<ImportReport> reports = importer
					.importAll(CorpusLoader.read(files.subList(i, Math.min(files.size(), i + 100))));
				loaded += (int) reports.stream().filter(r -> r.status() == ImportReport.Status.LOADED).count();
				failed += (int) reports.stream().filter(r -> r.status() == ImportReport.Status.FAILED).count();
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			Map<String, Object> counts = graph.read("""
					MATCH (r:Recommendation) WITH count(r) AS recommendations
					MATCH (a:Action) WITH recommendations, count(a) AS actions
					MATCH (o:Owner) RETURN recommendations, actions, count(o) AS owners
					""", Map.of(), r -> r.asMap()).get(0);
			System.gc();
			long heapMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
			System.out.printf("| %d | %s | %s | %s | %d | %.1f s | %.1f docs/s | %d MB | %s MB |%n", n,
					counts.get("recommendations"), counts.get("actions"), counts.get("owners"), failed, seconds,
					loaded / seconds, heapMb, peakRssMb());
		}
	}

	static String peakRssMb() throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
			if (line.startsWith("VmHWM:")) {
				return String.valueOf(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024);
			}
		}
		return "?";
	}

	static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

}

package uk.gov.inspectiongraph.ingest.read;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import uk.gov.inspectiongraph.bench.CorpusGenerator;
import uk.gov.inspectiongraph.ingest.DocumentReader;
import uk.gov.inspectiongraph.ingest.plan.OwnerDirectory;
import uk.gov.inspectiongraph.ingest.plan.PublishedWriters;
import uk.gov.inspectiongraph.ingest.plan.Vocabulary;

/**
 * Reading throughput per published format against text: N generated plans, each written as DOCX, ODT and PDF
 * (as {@code PublishedWriters} writes them for the tests), read by the importer's {@link DocumentReader} after a
 * warm-up round. The database writes that follow are the same for every format (see the import benchmark).
 *
 * <p>Usage: {@code FormatBench N SEED}
 */
public final class FormatBench {

	private FormatBench() {
	}

	public static void main(String[] args) {
		int n = Integer.parseInt(args[0]);
		CorpusGenerator generator = new CorpusGenerator(Long.parseLong(args[1]));
		DocumentReader reader = new DocumentReader(Vocabulary.bundled(), OwnerDirectory.bundled());
		List<byte[]> texts = new ArrayList<>();
		for (int i = 1; i <= n; i++) {
			texts.add(generator.plan(i).getBytes(StandardCharsets.UTF_8));
		}
		List<PublishedWriters.Plan> plans = texts.stream()
			.map(t -> PublishedWriters.plan(Arrays.asList(new String(t, StandardCharsets.UTF_8).split("\n"))))
			.toList();
		System.out.println("| format | plans | total MB | read time | plans/s | vs text |");
		System.out.println("|---|---|---|---|---|---|");
		double text = row("text", texts, reader, 0);
		row("docx", plans.stream().map(PublishedWriters::docx).toList(), reader, text);
		row("odt", plans.stream().map(PublishedWriters::odt).toList(), reader, text);
		row("pdf", plans.stream().map(PublishedWriters::pdf).toList(), reader, text);
	}

	private static double row(String format, List<byte[]> files, DocumentReader reader, double textRate) {
		Function<Integer, Integer> readAll = round -> {
			int recs = 0;
			for (int i = 0; i < files.size(); i++) {
				recs += reader.read("plan-" + i + "." + format, files.get(i)).recommendations.size();
			}
			return recs;
		};
		readAll.apply(0);
		long started = System.nanoTime();
		readAll.apply(1);
		double seconds = (System.nanoTime() - started) / 1e9;
		double rate = files.size() / seconds;
		long bytes = files.stream().mapToLong(b -> b.length).sum();
		System.out.printf("| %s | %d | %.1f | %.2f s | %.0f | %s |%n", format, files.size(), bytes / 1e6, seconds, rate,
				textRate == 0 ? "1.00" : String.format("%.2f", rate / textRate));
		return rate;
	}

}

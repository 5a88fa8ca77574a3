package uk.gov.inspectiongraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;
import java.util.Map;

import uk.gov.inspectiongraph.graph.Graph;
import uk.gov.inspectiongraph.ingest.plan.OwnerDirectory;
import uk.gov.inspectiongraph.ingest.plan.ParsedDocument;
import uk.gov.inspectiongraph.ingest.plan.Vocabulary;

/** Reads the bundled corpus documents for parser tests. */
public final class CorpusFixtures {

	public static final String EM_PLAN = "000_ac519217163217e4.txt";

	public static final String EM_SUMMARY = "001_a6a18ee2eaea4fe0.txt";

	public static final String RECALL_PLAN = "002_5221256a8bed32ff.txt";

	public static final String POST_RELEASE_PLAN = "003_e380089dc0358080.txt";

	public static final String COVID_PLAN = "004_9cff3f8497916393.txt";

	private static final DocumentReader READER = new DocumentReader(Vocabulary.bundled(), OwnerDirectory.bundled());

	private CorpusFixtures() {
	}

	public static byte[] bytes(String file) {
		try {
			return Files.readAllBytes(Path.of("data/corpus", file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Puts a corpus document back as the service loads it at start, history and all: the text imported again as
	 * a first import (no re-import entries, no superseded promises), so that a test's edits leave nothing behind
	 * for the tests after it.
	 */
	public static void restore(Importer importer, Graph graph, String file) {
		graph.write(tx -> {
			tx.run("MATCH (p:Promise {document: $file}) DETACH DELETE p", Map.of("file", file)).consume();
			return tx.run("MATCH (d:Document {file: $file}) REMOVE d.sha256", Map.of("file", file)).consume();
		});
		ImportReport report = importer.importAll(List.of(new Importer.Source(file, bytes(file)))).get(0);
		if (report.status() != ImportReport.Status.LOADED) {
			throw new IllegalStateException(file + " was not restored: " + report);
		}
	}

	public static ParsedDocument parse(String file) {
		return READER.read(file, bytes(file));
	}

	public static ParsedDocument.Recommendation rec(ParsedDocument doc, String number) {
		return doc.recommendations.stream()
			.filter(r -> r.number.equals(number))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no recommendation " + number));
	}

}

package uk.gov.inspectiongraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the bundled corpus documents for parser tests. */
final class CorpusFixtures {

	static final String EM_PLAN = "000_ac519217163217e4.txt";

	static final String EM_SUMMARY = "001_a6a18ee2eaea4fe0.txt";

	static final String RECALL_PLAN = "002_5221256a8bed32ff.txt";

	static final String POST_RELEASE_PLAN = "003_e380089dc0358080.txt";

	static final String COVID_PLAN = "004_9cff3f8497916393.txt";

	private static final DocumentReader READER = new DocumentReader(Vocabulary.bundled(), OwnerDirectory.bundled());

	private CorpusFixtures() {
	}

	static byte[] bytes(String file) {
		try {
			return Files.readAllBytes(Path.of("data/corpus", file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ParsedDocument parse(String file) {
		return READER.read(file, bytes(file));
	}

	static ParsedDocument.Recommendation rec(ParsedDocument doc, String number) {
		return doc.recommendations.stream()
			.filter(r -> r.number.equals(number))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no recommendation " + number));
	}

}

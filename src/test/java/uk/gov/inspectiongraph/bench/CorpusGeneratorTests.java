package uk.gov.inspectiongraph.bench;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import uk.gov.inspectiongraph.ingest.DocumentReader;
import uk.gov.inspectiongraph.ingest.plan.OwnerDirectory;
import uk.gov.inspectiongraph.ingest.plan.ParsedDocument;
import uk.gov.inspectiongraph.ingest.plan.Vocabulary;
import uk.gov.inspectiongraph.ingest.plan.Warning;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusGeneratorTests {

	@Test
	void theSameSeedWritesTheSamePlans() {
		assertThat(new CorpusGenerator(7).plan(3)).isEqualTo(new CorpusGenerator(7).plan(3));
		assertThat(new CorpusGenerator(7).plan(3)).isNotEqualTo(new CorpusGenerator(8).plan(3));
	}

	@Test
	void generatedPlansReadCleanlyWithTheirOwnPrintedTotals() {
		DocumentReader reader = new DocumentReader(Vocabulary.bundled(), OwnerDirectory.bundled());
		CorpusGenerator generator = new CorpusGenerator(42);
		for (int i = 1; i <= 20; i++) {
			ParsedDocument doc = reader.read("plan-" + i + ".txt", generator.plan(i).getBytes(StandardCharsets.UTF_8));
			// its owners are invented roles, so only those are reported
			assertThat(doc.warnings).as("plan %d", i).allMatch(w -> w.kind() == Warning.Kind.UNKNOWN_OWNER);
			assertThat(doc.printedTotals).isNotNull();
			assertThat(doc.recommendations).hasSizeGreaterThanOrEqualTo(8);
			assertThat(doc.actionCount()).isGreaterThan(doc.recommendations.size());
			assertThat(doc.revisions).hasSize(2);
		}
	}

}

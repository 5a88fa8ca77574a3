package uk.gov.inspectiongraph.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import uk.gov.inspectiongraph.IntegrationTest;
import uk.gov.inspectiongraph.graph.Graph;
import uk.gov.inspectiongraph.model.Hashes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A corpus plan edited the way plans change between updates (a commitment reworded and re-dated, one added,
 * one dropped, an agreement revised), imported over the original: the change set says exactly that. The
 * original is imported back afterwards.
 */
@IntegrationTest
class ChangeSetTests {

	private static final Path EM = Path.of("data/corpus/000_ac519217163217e4.txt");

	@Autowired
	Importer importer;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Graph graph;

	/** The EM plan with recommendation 8's action reworded and re-dated plus one more, 10 partly agreed, 11 gone. */
	private static String edited(String original) {
		List<String> lines = new ArrayList<>(original.lines().toList());
		String[] eight = lines.get(95).split("\t", -1);
		assertThat(eight[0]).isEqualTo("8");
		eight[3] = "<p>" + eight[3].replace("have set up a working group", "have established a working group")
				+ "</p> <p>HMPPS will pilot the new curfew checks in two probation regions before national roll-out.</p>";
		eight[4] = "<p>" + eight[4] + "</p> <p>EM Expansion Programme Director.</p>";
		eight[5] = "<p>September 2022</p> <p>March 2024</p>";
		lines.set(95, String.join("\t", eight));
		assertThat(lines.get(107)).startsWith("10\t").contains("\tAgreed\t");
		lines.set(107, lines.get(107).replace("\tAgreed\t", "\tPartly agreed\t"));
		// recommendation 11: its row and the rest of it after the page break
		assertThat(lines.get(108)).startsWith("11\t");
		assertThat(lines.get(112)).startsWith("\tsuitable (i.e. that there are no potential risks");
		lines.remove(112);
		lines.remove(108);
		return String.join("\n", lines) + "\n";
	}

	private List<Map<String, Object>> changeSets(String file) {
		return this.graphQl.document("""
				{ document(name: "%s") { changes { id fromSha256 toSha256 at
				    changes { kind recommendation action field old new } } } }""".formatted(file))
			.execute()
			.path("document.changes")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	@Test
	void anEditedPlanRecordsWhatChangedAndAnIdenticalReImportRecordsNothing() throws Exception {
		byte[] original = Files.readAllBytes(EM);
		String file = EM.getFileName().toString();
		String text = edited(new String(original, StandardCharsets.UTF_8));
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		int before = changeSets(file).size();
		try {
			assertThat(this.importer.importAll(List.of(new Importer.Source(file, bytes))).get(0).status())
				.isEqualTo(ImportReport.Status.LOADED);
			List<Map<String, Object>> sets = changeSets(file);
			assertThat(sets).hasSize(before + 1);
			Map<String, Object> set = sets.get(0);
			assertThat(set.get("fromSha256")).isEqualTo(Hashes.sha256(original));
			assertThat(set.get("toSha256")).isEqualTo(Hashes.sha256(bytes));
			@SuppressWarnings("unchecked")
			List<Map<String, String>> changes = (List<Map<String, String>>) set.get("changes");
			assertThat(changes).extracting(c -> c.get("kind"), c -> c.get("recommendation"), c -> c.get("field"))
				.containsExactlyInAnyOrder(
						tuple("ACTION_CHANGED", "8", "text"),
						tuple("ACTION_CHANGED", "8", "target"),
						tuple("ACTION_CHANGED", "8", "dueOn"),
						tuple("ACTION_ADDED", "8", null),
						tuple("AGREEMENT_CHANGED", "10", "agreement"),
						tuple("ACTION_REMOVED", "11", null));
			Map<String, String> reworded = changes.stream().filter(c -> "text".equals(c.get("field"))).findFirst().orElseThrow();
			assertThat(reworded.get("old")).contains("have set up a working group");
			assertThat(reworded.get("new")).contains("have established a working group").isEqualTo(reworded.get("action"));
			Map<String, String> due = changes.stream().filter(c -> "dueOn".equals(c.get("field"))).findFirst().orElseThrow();
			assertThat(due.get("old")).isEqualTo("2022-04-30");
			assertThat(due.get("new")).isEqualTo("2022-09-30");
			Map<String, String> agreement = changes.stream().filter(c -> "agreement".equals(c.get("field"))).findFirst().orElseThrow();
			assertThat(List.of(agreement.get("old"), agreement.get("new"))).containsExactly("AGREED", "PARTLY_AGREED");
			assertThat(changes.stream().filter(c -> c.get("kind").equals("ACTION_ADDED")).findFirst().orElseThrow().get("action"))
				.startsWith("HMPPS will pilot the new curfew checks");

			assertThat(this.importer.importAll(List.of(new Importer.Source(file, bytes))).get(0).status())
				.isEqualTo(ImportReport.Status.UNCHANGED);
			assertThat(changeSets(file)).as("an identical re-import records nothing").hasSize(before + 1);

			String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
			String tomorrow = LocalDate.now(ZoneId.of("Europe/London")).plusDays(1).toString();
			this.graphQl.document("{ changes(since: \"%s\") { id } }".formatted(today)).execute()
				.path("changes[*].id").entityList(String.class).contains((String) set.get("id"));
			this.graphQl.document("{ changes(since: \"%s\") { id } }".formatted(tomorrow)).execute()
				.path("changes").entityList(Object.class).hasSize(0);
			this.graphQl.document("{ inspection(id: \"electronic-monitoring-2022\") { documents { name changes { id } } } }")
				.execute().path("inspection.documents[?(@.name == '%s')].changes[*].id".formatted(file))
				.entityList(String.class).contains((String) set.get("id"));
		}
		finally {
			CorpusFixtures.restore(this.importer, this.graph, file);
		}
	}

}

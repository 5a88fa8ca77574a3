package uk.gov.inspectiongraph;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import command as the command line runs it ({@code java -jar ... import PATH}): its own context without a
 * web server, into an embedded store; a second run reports the document unchanged, with what the graph holds.
 */
class ImportCommandLineTests {

	private static String run(List<String> arguments, int[] code) {
		PrintStream out = System.out;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
		try {
			code[0] = InspectionGraphApplication.runImport(arguments);
		}
		finally {
			System.setOut(out);
		}
		return printed.toString(StandardCharsets.UTF_8);
	}

	@Test
	void theImportCommandRunsWithoutAWebServerAndASecondRunFindsTheDocumentUnchanged(@TempDir Path dir) {
		List<String> arguments = List.of("data/corpus/002_5221256a8bed32ff.txt", "--neo4j.embedded.dir=" + dir.resolve("db"),
				"--neo4j.embedded.bolt-port=0");
		int[] code = new int[1];
		String first = run(arguments, code);
		assertThat(code[0]).isZero();
		assertThat(first).contains("002_5221256a8bed32ff.txt: LOADED probation-recall-culture-practice-2020 (");
		String counts = first.substring(first.indexOf("probation-recall-culture-practice-2020 ("));
		counts = counts.substring(0, counts.indexOf(')') + 1);
		String second = run(arguments, code);
		assertThat(code[0]).isZero();
		assertThat(second).contains("002_5221256a8bed32ff.txt: UNCHANGED " + counts);
	}


	@Test
	void theReportIsALinePerDocumentThenTheTotalsWithNoLogOrQueryText(@TempDir Path dir) throws Exception {
		Path broken = Files.writeString(dir.resolve("broken.txt"), "not a plan\n");
		List<String> arguments = List.of("data/corpus/000_ac519217163217e4.txt", broken.toString(),
				"--neo4j.embedded.dir=" + dir.resolve("db"), "--neo4j.embedded.bolt-port=0");
		int[] code = new int[1];
		List<String> lines = run(arguments, code).lines().toList();
		assertThat(code[0]).isEqualTo(1);
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).startsWith("000_ac519217163217e4.txt: LOADED electronic-monitoring-2022 (");
		assertThat(lines.get(1)).startsWith("broken.txt: FAILED: broken.txt:1: ");
		assertThat(lines.get(2)).isEqualTo("2 documents: 1 loaded, 0 unchanged, 1 failed");
	}

}

package uk.gov.inspectiongraph.document;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import uk.gov.inspectiongraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Importer warnings are data: line, kind and text on the document they belong to, in line order. */
@IntegrationTest
class DocumentWarningsTests {

	private static final String QUERY = "{ document(name: \"%s\") { warnings { line kind text } } }";

	@Autowired
	HttpGraphQlTester graphQl;

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> warnings(String file) {
		return (List<Map<String, Object>>) (List<?>) this.graphQl.document(QUERY.formatted(file))
			.execute()
			.path("document.warnings")
			.entityList(Map.class)
			.get();
	}

	@Test
	void anUnknownOwnerAndStrayTextAreWarningsOfTheirKindOnTheirLines() {
		List<Map<String, Object>> warnings = warnings("004_9cff3f8497916393.txt");
		assertThat(warnings).filteredOn(w -> "UNKNOWN_OWNER".equals(w.get("kind")))
			.extracting(w -> w.get("line"))
			.containsExactly(49, 52, 53);
		assertThat(warnings).filteredOn(w -> "UNKNOWN_OWNER".equals(w.get("kind")))
			.allSatisfy(w -> assertThat((String) w.get("text")).contains("'Deputy Director, Probation Workforce Programme'"));
		assertThat(warnings).filteredOn(w -> "STRAY_TEXT".equals(w.get("kind")))
			.singleElement()
			.satisfies(w -> assertThat(w.get("line")).isEqualTo(93));
		assertThat(warnings).extracting(w -> (Integer) w.get("line")).isSorted();
	}

	@Test
	void aRowReadByAFallbackRuleSaysWhichRule() {
		assertThat(warnings("003_e380089dc0358080.txt")).contains(Map.of("line", 97, "kind", "FALLBACK_ROW", "text",
				"number 6 fused with its text: split"));
	}

}

package uk.gov.inspectiongraph.recommendation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import uk.gov.inspectiongraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code recommendationCounts} and the owner filter of recommendations, counted again from the listed recommendations. */
@IntegrationTest
class RecommendationCountsTests {

	private static final ParameterizedTypeReference<Map<String, Object>> ROW = new ParameterizedTypeReference<>() {
	};

	@Autowired
	HttpGraphQlTester graphQl;

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> recommendations(String where) {
		return this.graphQl.document("{ recommendations(" + where + "first: 500) { edges { node { id agreement "
				+ "inspection { id } actions { owners { name aliases } } } } } }")
			.execute().path("recommendations.edges[*].node").entityList(ROW).get();
	}

	@SuppressWarnings("unchecked")
	private static String inspection(Map<String, Object> r) {
		return (String) ((Map<String, Object>) r.get("inspection")).get("id");
	}

	private Map<String, Long> counts(String where) {
		Map<String, Long> actual = new TreeMap<>();
		this.graphQl.document("{ recommendationCounts(" + where + "by: [INSPECTION, AGREEMENT], first: 500) { groups { inspection { id } agreement count } } }")
			.execute().path("recommendationCounts.groups").entityList(ROW).get()
			.forEach(g -> actual.put(inspection(g) + " " + g.get("agreement"), ((Number) g.get("count")).longValue()));
		return actual;
	}

	@Test
	void agreementPerInspectionCountsEveryRecommendation() {
		Map<String, Long> expected = recommendations("").stream()
			.collect(Collectors.groupingBy(r -> inspection(r) + " " + r.get("agreement"), TreeMap::new, Collectors.counting()));
		assertThat(expected.size()).isGreaterThan(5);
		assertThat(counts("")).isEqualTo(expected);
	}

	@Test
	void groupingByTheInspectionTheFilterNamesCountsItsRecommendations() {
		Map<String, Long> expected = recommendations("where: {inspection: \"electronic-monitoring-2022\"}, ").stream()
			.collect(Collectors.groupingBy(r -> inspection(r) + " " + r.get("agreement"), TreeMap::new, Collectors.counting()));
		assertThat(expected).isNotEmpty();
		assertThat(counts("where: {inspection: \"electronic-monitoring-2022\"}, ")).isEqualTo(expected);
	}

	@Test
	@SuppressWarnings("unchecked")
	void anOwnerFilterKeepsTheRecommendationsWithAnActionTheyOwn() {
		List<Map<String, Object>> all = recommendations("");
		List<String> expected = all.stream()
			.filter(r -> ((List<Map<String, Object>>) r.get("actions")).stream()
				.flatMap(a -> ((List<Map<String, Object>>) a.get("owners")).stream())
				.anyMatch(o -> o.get("name").equals("Regional Probation Director Wales")))
			.map(r -> (String) r.get("id"))
			.toList();
		assertThat(expected).isNotEmpty().hasSizeLessThan(all.size());
		List<String> byName = recommendations("where: {owner: \"regional probation director, WALES\"}, ").stream().map(r -> (String) r.get("id")).toList();
		assertThat(byName).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(counts("where: {owner: \"regional probation director, WALES\"}, ").values().stream().mapToLong(Long::longValue).sum())
			.isEqualTo(expected.size());
	}

	@Test
	void theGraphSaysWhenItLastChanged() {
		String at = this.graphQl.document("{ stats { lastChanged } }").execute().path("stats.lastChanged").entity(String.class).get();
		assertThat(OffsetDateTime.parse(at)).isBefore(OffsetDateTime.now().plusMinutes(1));
	}

}

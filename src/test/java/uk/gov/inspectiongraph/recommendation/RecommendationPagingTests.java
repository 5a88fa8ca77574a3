package uk.gov.inspectiongraph.recommendation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import uk.gov.inspectiongraph.IntegrationTest;
import uk.gov.inspectiongraph.graph.Graph;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages of recommendations come from the plan-order index, and a programme filter starts from the programme;
 * both must list exactly what filtering and sorting every recommendation lists.
 */
@IntegrationTest
class RecommendationPagingTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Graph graph;

	private List<String> ids(String cypher, Map<String, Object> parameters) {
		return this.graph.read(cypher, parameters, r -> r.get(0).asString());
	}

	private List<String> page(String arguments) {
		return this.graphQl.document("{ recommendations(" + arguments + ", first: 500) { totalCount edges { node { id } } } }")
			.execute()
			.path("recommendations.edges[*].node.id").entityList(String.class).get();
	}

	@Test
	void recommendationsPageInPlanOrder() {
		List<String> expected = ids("""
				MATCH (i:Inspection)-[:HAS_RECOMMENDATION]->(r:Recommendation)
				RETURN r.id ORDER BY i.publishedOn DESC, i.id, r.ordinal""", Map.of());
		assertThat(expected).hasSizeGreaterThan(50);
		assertThat(page("where: {}")).isEqualTo(expected);
		List<String> byNumber = ids("""
				MATCH (i:Inspection)-[:HAS_RECOMMENDATION]->(r:Recommendation)
				RETURN r.id ORDER BY toInteger(split(r.number, '(')[0]), r.number, i.publishedOn DESC, i.id""", Map.of());
		assertThat(page("orderBy: NUMBER")).isEqualTo(byNumber);
	}

	/** Every page of {@code first} joined, and the total each page gave. */
	private List<String> pages(String where, int first, List<Integer> totals) {
		List<String> ids = new java.util.ArrayList<>();
		String after = null;
		do {
			var page = this.graphQl.document("query($after: String) { recommendations(" + where + ", first: " + first
					+ ", after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }")
				.variable("after", after).execute();
			ids.addAll(page.path("recommendations.edges[*].node.id").entityList(String.class).get());
			totals.add(page.path("recommendations.totalCount").entity(Integer.class).get());
			after = page.path("recommendations.pageInfo.hasNextPage").entity(Boolean.class).get()
					? page.path("recommendations.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null);
		return ids;
	}

	@Test
	void aProgrammeAloneIsCountedAndPagedFromItsMembershipsAsTestingEveryRecommendationSays() {
		int paged = 0;
		for (String programme : ids("MATCH (p:Programme) RETURN p.name ORDER BY p.name", Map.of())) {
			List<String> expected = ids("""
					MATCH (i:Inspection)-[:HAS_RECOMMENDATION]->(r:Recommendation)
					MATCH (p:Programme) WHERE $key IN p.keys
					  AND ((r)-[:MENTIONS]->(p) OR (r)-[:HAS_ACTION]->(:Action)-[:MENTIONS]->(p)
					       OR (r)-[:HAS_ACTION]->(:Action)-[:OWNED_BY]->(:Owner)-[:WORKS_IN]->(p))
					RETURN DISTINCT r.id, i.publishedOn, i.id, r.ordinal ORDER BY i.publishedOn DESC, i.id, r.ordinal""",
					Map.of("key", uk.gov.inspectiongraph.model.Keys.key(programme)));
			List<Integer> totals = new java.util.ArrayList<>();
			assertThat(pages("where: {programme: \"" + programme + "\"}", 4, totals)).as(programme).isEqualTo(expected);
			assertThat(totals).as(programme).containsOnly(expected.size());
			paged += expected.size() > 4 ? 1 : 0;
		}
		assertThat(paged).isGreaterThan(1);
		List<Integer> none = new java.util.ArrayList<>();
		assertThat(pages("where: {programme: \"No Such Programme\"}", 4, none)).isEmpty();
		assertThat(none).containsExactly(0);
	}

	@Test
	void anAgreementAloneIsCountedFromTheCountsKeptAsTestingEveryRecommendationSays() {
		for (String agreements : List.of("[AGREED]", "[PARTLY_AGREED, NOT_AGREED]", "[]")) {
			List<String> expected = ids("""
					MATCH (i:Inspection)-[:HAS_RECOMMENDATION]->(r:Recommendation) WHERE r.agreement IN $agreements
					RETURN r.id ORDER BY i.publishedOn DESC, i.id, r.ordinal""",
					Map.of("agreements", List.of(agreements.replaceAll("[\\[\\] ]", "").split(",")).stream().filter(a -> !a.isEmpty()).toList()));
			List<Integer> totals = new java.util.ArrayList<>();
			assertThat(pages("where: {agreement: " + agreements + "}", 9, totals)).as(agreements).isEqualTo(expected);
			assertThat(totals).as(agreements).containsOnly(expected.size());
		}
	}

	@Test
	void everyProgrammeFilterListsWhatTestingEveryRecommendationLists() {
		List<String> programmes = ids("MATCH (p:Programme) RETURN p.name ORDER BY p.name", Map.of());
		assertThat(programmes).hasSizeGreaterThan(3);
		int nonEmpty = 0;
		for (String programme : programmes) {
			List<String> expected = ids("""
					MATCH (i:Inspection)-[:HAS_RECOMMENDATION]->(r:Recommendation)
					MATCH (p:Programme) WHERE $key IN p.keys
					  AND ((r)-[:MENTIONS]->(p) OR (r)-[:HAS_ACTION]->(:Action)-[:MENTIONS]->(p)
					       OR (r)-[:HAS_ACTION]->(:Action)-[:OWNED_BY]->(:Owner)-[:WORKS_IN]->(p))
					  AND r.agreement <> 'NOT_AGREED'
					RETURN DISTINCT r.id, i.publishedOn, i.id, r.ordinal ORDER BY i.publishedOn DESC, i.id, r.ordinal""",
					Map.of("key", uk.gov.inspectiongraph.model.Keys.key(programme)));
			List<String> actual = page("where: {programme: \"" + programme + "\", agreement: [AGREED, PARTLY_AGREED]}");
			assertThat(actual).as(programme).isEqualTo(expected);
			nonEmpty += expected.isEmpty() ? 0 : 1;
		}
		assertThat(nonEmpty).isGreaterThan(2);
	}

	@Test
	void topLevelRecommendationsNeedNoMoreThanTheirIds() {
		var response = this.graphQl.document("""
				{ inspection(id: "electronic-monitoring-2022") { recommendations(topLevelOnly: true) { id } } }""").execute();
		response.errors().verify();
		response.path("inspection.recommendations[*].id").entityList(String.class).isEqualTo(ids("""
				MATCH (:Inspection {id: 'electronic-monitoring-2022'})-[:HAS_RECOMMENDATION]->(r:Recommendation {topLevel: true})
				RETURN r.id ORDER BY r.ordinal""", Map.of()));
	}

}

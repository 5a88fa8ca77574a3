package uk.gov.inspectiongraph.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.support.ResourceDocumentSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import uk.gov.inspectiongraph.IntegrationTest;
import uk.gov.inspectiongraph.graph.Graph;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the public contract ({@code static/contract.graphql}, a verbatim copy of
 * shared/contract/operations.graphql), run over HTTP against the bundled corpus, with answers read from the
 * documents.
 */
@IntegrationTest
class ContractOperationsTests {

	private static final String EM = "electronic-monitoring-2022";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Graph graph;

	private HttpGraphQlTester.Request<?> operation(String name) {
		// the one copy of the contract in the project: the file the service serves to GraphiQL
		return this.graphQl.mutate()
			.documentSource(new ResourceDocumentSource(List.of(new ClassPathResource("static/")), List.of(".graphql")))
			.build()
			.documentName("contract")
			.operationName(name);
	}

	@Test
	void inspectionsListsFourInspectionsWithPlansRevisionsAndTheSummary() {
		var response = operation("Inspections").execute();
		response.errors().verify();
		List<String> ids = response.path("inspections[*].id").entityList(String.class).get();
		assertThat(ids).containsExactlyInAnyOrder(EM, "probation-recall-culture-practice-2020",
					"post-release-supervision-short-term-prisoners-2019",
					"quality-effectiveness-probation-services-recovering-2021");
		response.path("inspections[?(@.id == '%s')].agreementSummary".formatted(EM))
			.entityList(Map.class)
			.containsExactly(Map.of("agreed", 14, "partlyAgreed", 3, "notAgreed", 0, "total", 17));
		response.path("inspections[?(@.id == 'post-release-supervision-short-term-prisoners-2019')].agreementSummary")
			.entityList(Map.class)
			.containsExactly(Map.of("agreed", 7, "partlyAgreed", 4, "notAgreed", 0, "total", 11));
		response.path("inspections[?(@.id == '%s')].findings[*].id".formatted(EM)).entityList(String.class).hasSize(10);
		response.path("inspections[?(@.id == '%s')].statistics[*].value".formatted(EM)).entityList(Double.class)
			.contains(172.0, 102.0, 8000.0);
		response.path("inspections[?(@.id == 'probation-recall-culture-practice-2020')].findings[*]").entityList(Object.class).hasSize(0);
		response.path("inspections[?(@.id == '%s')].publishedOn".formatted(EM)).entityList(String.class).containsExactly("2022-01-18");
		response.path("inspections[?(@.id == '%s')].actionPlan.revisions[*].date".formatted(EM)).entityList(String.class)
			.containsExactly("2022-01-17", "2022-04-13");
		response.path("inspections[?(@.id == 'post-release-supervision-short-term-prisoners-2019')].actionPlan.revisions[*].label")
			.entityList(String.class)
			.containsExactly("Original Action Plan (May 2019)", "Update (May 2020)");
	}

	@Test
	void actionsByOwnerForRegionalProbationDirectorWalesIsTheWorkedAnswer() {
		var response = operation("ActionsByOwner").variable("owner", "Regional Probation Director Wales").execute();
		response.errors().verify();
		response.path("actions.totalCount").entity(Integer.class).isEqualTo(10);
		response.path("actions.edges[*].node.recommendation.number").entityList(String.class)
			.satisfies(numbers -> assertThat(Set.copyOf(numbers)).containsExactlyInAnyOrder("4(d)", "12", "13", "14", "15", "16", "17"));
		response.path("actions.edges[*].node.recommendation.inspection.id").entityList(String.class)
			.satisfies(ids -> assertThat(Set.copyOf(ids)).containsExactly(EM));
		response.path("actions.edges[?(@.node.recommendation.number == '4(d)')].node.owners[*].name").entityList(String.class)
			.contains("EM Expansion Programme Director", "Regional Probation Director Wales");
	}

	@Test
	void actionsByOwnerIsOneCypherQuery() {
		long before = this.graph.queryCount();
		operation("ActionsByOwner").variable("owner", "Regional Probation Director Wales").execute().errors().verify();
		assertThat(this.graph.queryCount() - before).isEqualTo(1);
	}

	@Test
	void actionsByOwnerPagesWithCursors() {
		var first = operation("ActionsByOwner").variable("owner", "Regional Probation Director Wales").variable("first", 4).execute();
		first.path("actions.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = first.path("actions.pageInfo.endCursor").entity(String.class).get();
		List<String> page1 = first.path("actions.edges[*].node.id").entityList(String.class).get();
		var second = operation("ActionsByOwner").variable("owner", "Regional Probation Director Wales").variable("first", 4)
			.variable("after", cursor).execute();
		List<String> page2 = second.path("actions.edges[*].node.id").entityList(String.class).get();
		assertThat(page1).hasSize(4);
		assertThat(page2).hasSize(4).doesNotContainAnyElementsOf(page1);
		second.path("actions.totalCount").entity(Integer.class).isEqualTo(10);
	}

	@Test
	void ownersSearchRanksPublicProtectionRolesFirst() {
		var response = operation("Owners").variable("search", "public protection").execute();
		response.errors().verify();
		response.path("owners[*].name").entityList(String.class).satisfies(names -> {
			assertThat(names).hasSizeGreaterThanOrEqualTo(3);
			assertThat(names.subList(0, 3)).allMatch(n -> n.contains("Public Protection"));
			assertThat(names).contains("Deputy Director, Public Protection Group", "Director of Public Protection Group");
		});
		response.path("owners[?(@.name == 'Deputy Director, Public Protection Group')].actionCount").entityList(Integer.class)
			.satisfies(c -> assertThat(c.get(0)).isPositive());
	}

	@Test
	void ownerLookupIgnoresCaseAndPunctuation() {
		var response = operation("Owner").variable("name", "regional probation director, wales").execute();
		response.errors().verify();
		response.path("owner.name").entity(String.class).isEqualTo("Regional Probation Director Wales");
		response.path("owner.recommendations[*].number").entityList(String.class)
			.satisfies(n -> assertThat(n).containsExactlyInAnyOrder("4(d)", "12", "13", "14", "15", "16", "17"));
	}

	@Test
	void ownerOfAProgrammeListsTheProgramme() {
		var response = operation("Owner").variable("name", "EM Expansion Programme Director").execute();
		response.path("owner.programmes[*].name").entityList(String.class).containsExactly("EM Expansion Programme");
	}

	@Test
	void recommendationFourDHasItsParentItsReferenceAndItsSourceLine() {
		var response = operation("Recommendation").variable("inspection", EM).variable("number", "4(d)").execute();
		response.errors().verify();
		response.path("recommendation.agreement").entity(String.class).isEqualTo("AGREED");
		response.path("recommendation.parent.number").entity(String.class).isEqualTo("4");
		response.path("recommendation.references[*].number").entityList(String.class).containsExactly("12");
		response.path("recommendation.sources[0]").entity(Map.class)
			.isEqualTo(Map.of("document", "000_ac519217163217e4.txt", "line", 62));
		response.path("recommendation.rationale").valueIsNull();
	}

	@Test
	void recommendationTwelveIsReferencedByFourDAndSeventeen() {
		var response = operation("Recommendation").variable("inspection", EM).variable("number", "12").execute();
		response.path("recommendation.referencedBy[*].number").entityList(String.class).containsExactly("4(d)", "17");
	}

	@Test
	void recommendationFourOfTheRecallPlanRefersToAnExternalReview() {
		var response = operation("Recommendation").variable("inspection", "probation-recall-culture-practice-2020")
			.variable("number", "4").execute();
		response.path("recommendation.externalReferences[*].title").entityList(String.class)
			.containsExactly("Independent Review of the Case of Joseph McCann");
		response.path("recommendation.references[*].number").entityList(String.class).containsExactly("3");
	}

	@Test
	void partlyAgreedRecommendationsIncludeParentsAndSubRecommendations() {
		var response = operation("Recommendations").variable("where", Map.of("agreement", "PARTLY_AGREED")).execute();
		response.errors().verify();
		response.path("recommendations.totalCount").entity(Integer.class).isEqualTo(12);
		response.path("recommendations.edges[*].node.agreement").entityList(String.class)
			.satisfies(a -> assertThat(a).hasSize(12).containsOnly("PARTLY_AGREED"));
		response.path("recommendations.edges[?(@.node.inspection.id == '%s')].node.number".formatted(EM)).entityList(String.class)
			.containsExactly("4", "4(c)", "6", "6(a)", "6(b)", "6(c)", "6(d)", "9");
	}

	@Test
	void programmeOmicIsFoundByItsAlias() {
		var response = operation("Programme").variable("name", "OMiC").execute();
		response.errors().verify();
		response.path("programme.name").entity(String.class).isEqualTo("Offender Management in Custody");
		response.path("programme.recommendations[*].id").entityList(String.class)
			.containsExactly("probation-recall-culture-practice-2020/5");
		response.path("programme.actionCount").entity(Integer.class).isEqualTo(1);
	}

	@Test
	void emExpansionProgrammeIncludesTheRecommendationsItsDirectorOwns() {
		var response = operation("Programme").variable("name", "EM expansion").execute();
		response.path("programme.recommendations[*].number").entityList(String.class)
			.contains("2", "4(a)", "4(b)", "4(c)", "4(d)", "7");
		response.path("programme.owners[*].name").entityList(String.class).contains("EM Expansion Programme Director");
	}

	@Test
	void relatedInspectionsAreOrderedByScoreWithReasons() {
		var response = operation("Related").variable("id", EM).execute();
		response.errors().verify();
		List<Double> scores = response.path("inspection.related[*].score").entityList(Double.class).get();
		assertThat(scores).hasSize(3).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		response.path("inspection.related[*].inspection.id").entityList(String.class).doesNotContain(EM);
		response.path("inspection.related[0].reasons[*].kind").entityList(String.class)
			.satisfies(kinds -> assertThat(kinds).isNotEmpty());
	}

	@Test
	void searchFindsDomesticAbuseBestFirst() {
		var response = operation("Search").variable("text", "domestic abuse").variable("first", 10).execute();
		response.errors().verify();
		List<Double> scores = response.path("search[*].score").entityList(Double.class).get();
		assertThat(scores).hasSize(10).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		response.path("search[*].node.__typename").entityList(String.class)
			.satisfies(types -> assertThat(types).containsAnyOf("Recommendation", "Action", "Finding"));
		response.path("search[0].node.id").entity(String.class).satisfies(id -> {
			String text = this.graph.read("MATCH (n {id: $id}) RETURN toLower(n.text) AS t", Map.of("id", id),
					r -> r.get("t").asString()).get(0);
			assertThat(text).contains("domestic abuse");
		});
	}

	@Test
	void dueActionsAreScheduledAndDueByTheDateAsTheGraphCountsThem() {
		var response = operation("DueActions").variable("dueBefore", "2022-06-30").variable("status", List.of("SCHEDULED"))
			.execute();
		response.errors().verify();
		int expected = this.graph.read(
				"MATCH (a:Action) WHERE a.status = 'SCHEDULED' AND a.dueOn <= date('2022-06-30') RETURN count(a) AS n",
				Map.of(), r -> r.get("n").asInt()).get(0);
		assertThat(expected).isGreaterThan(40);
		response.path("actions.totalCount").entity(Integer.class).isEqualTo(expected);
		response.path("actions.edges[*].node.target.dueOn").entityList(String.class)
			.satisfies(dates -> assertThat(dates).allMatch(d -> !LocalDate.parse(d).isAfter(LocalDate.of(2022, 6, 30))));
		response.path("actions.edges[*].node.target.status").entityList(String.class)
			.satisfies(s -> assertThat(s).containsOnly("SCHEDULED"));
	}

	@Test
	void statsCountEveryRecommendationAsTheFilterListsThem() {
		var response = operation("Stats").execute();
		response.errors().verify();
		response.path("stats.recommendationsByAgreement[?(@.agreement == 'PARTLY_AGREED')].count").entityList(Integer.class)
			.containsExactly(12);
		response.path("stats.recommendationsByAgreement[*].count").entityList(Integer.class)
			.satisfies(c -> assertThat(c.stream().mapToInt(Integer::intValue).sum()).isEqualTo(25 + 8 + 11 + 7));
		List<Integer> top = response.path("stats.topOwners[*].actionCount").entityList(Integer.class).get();
		assertThat(top).hasSize(5).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
		int actions = this.graph.read("MATCH (a:Action) RETURN count(a) AS n", Map.of(), r -> r.get("n").asInt()).get(0);
		response.path("stats.actionsByStatus[*].count").entityList(Integer.class)
			.satisfies(c -> assertThat(c.stream().mapToInt(Integer::intValue).sum()).isEqualTo(actions));
	}

	@Test
	void dashboardAnswersTheNestedViewWithAFixedNumberOfQueries() {
		long before = this.graph.queryCount();
		var response = operation("Dashboard").execute();
		long queries = this.graph.queryCount() - before;
		response.errors().verify();
		response.path("inspections[*].recommendations[*].id").entityList(String.class).hasSize(25 + 8 + 11 + 7);
		response.path("inspections[*].recommendations[*].actions[*].id").entityList(String.class)
			.satisfies(ids -> assertThat(ids).hasSizeGreaterThan(150));
		// the whole nested view is translated into one Cypher query; an N+1 resolver would issue hundreds
		assertThat(queries).isEqualTo(1);
		response.path("inspections[?(@.id == '%s')].recommendations[?(@.number == '6')].progress".formatted(EM))
			.entityList(String.class).containsExactly("OPEN");
		response.path("inspections[?(@.id == '%s')].recommendations[?(@.number == '4')].children[*].number".formatted(EM))
			.entityList(String.class).containsExactly("4(a)", "4(b)", "4(c)", "4(d)");
	}

}

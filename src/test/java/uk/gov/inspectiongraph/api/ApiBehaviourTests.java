package uk.gov.inspectiongraph.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import uk.gov.inspectiongraph.IntegrationTest;
import uk.gov.inspectiongraph.graph.Graph;

import static org.assertj.core.api.Assertions.assertThat;

/** What users expect beyond the contract: filters that compose, ordering, paging limits, clear errors. */
@IntegrationTest
class ApiBehaviourTests {

	private static final String EM = "electronic-monitoring-2022";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Graph graph;

	@LocalServerPort
	int port;

	private int cypherCount(String cypher) {
		return this.graph.read(cypher, Map.of(), r -> r.get(0).asInt()).get(0);
	}

	@Test
	void actionFiltersComposeWithAnd() {
		var response = this.graphQl.document("""
				{ actions(where: {owner: "regional probation director wales", status: [SCHEDULED], dueBefore: "2022-04-30"}) {
				    totalCount edges { node { id target { dueOn status } owners { name } } } } }
				""").execute();
		response.errors().verify();
		response.path("actions.totalCount").entity(Integer.class).isEqualTo(cypherCount("""
				MATCH (a:Action)-[:OWNED_BY]->(:Owner {name: 'Regional Probation Director Wales'})
				WHERE a.status = 'SCHEDULED' AND a.dueOn <= date('2022-04-30') RETURN count(a)"""));
		response.path("actions.edges[*].node.target.dueOn").entityList(String.class)
			.satisfies(d -> assertThat(d).isNotEmpty().allMatch(x -> !LocalDate.parse(x).isAfter(LocalDate.of(2022, 4, 30))));
	}

	@Test
	void actionFiltersComposeWithOr() {
		var response = this.graphQl.document("""
				{ actions(where: {OR: [{inspection: "electronic-monitoring-2022"}, {inspection: "probation-recall-culture-practice-2020"}]}) { totalCount } }
				""").execute();
		response.path("actions.totalCount").entity(Integer.class).isEqualTo(49 + 22);
	}

	@Test
	void ownerMatchingIsExactAndNeverMatchesARoleThatMerelySharesWords() {
		var response = this.graphQl.document("""
				{ actions(where: {owner: "director of public protection group"}) { totalCount edges { node { owners { name } } } } }
				""").execute();
		response.path("actions.edges[*].node.owners[*].name").entityList(String.class)
			.satisfies(n -> assertThat(n).contains("Director of Public Protection Group")
				.doesNotContain("Deputy Director, Public Protection Group"));
		this.graphQl.document("{ actions(where: {owner: \"Public Protection\"}) { totalCount } }").execute()
			.path("actions.totalCount").entity(Integer.class).isEqualTo(0);
		this.graphQl.document("{ actions(where: {ownerSearch: \"Public Protection\"}) { totalCount } }").execute()
			.path("actions.totalCount").entity(Integer.class).satisfies(n -> assertThat(n).isGreaterThan(5));
	}

	@Test
	void actionsCanBeFilteredByProgrammeRevisionAndText() {
		this.graphQl.document("{ actions(where: {programme: \"EM expansion\"}) { edges { node { recommendation { inspection { id } } } } } }")
			.execute()
			.path("actions.edges[*].node.recommendation.inspection.id").entityList(String.class)
			.satisfies(ids -> assertThat(Set.copyOf(ids)).containsExactly(EM));
		this.graphQl.document("{ actions(where: {inspection: \"probation-recall-culture-practice-2020\", revision: \"update december 2021\"}) { totalCount edges { node { revision { label } } } } }")
			.execute()
			.path("actions.edges[*].node.revision.label").entityList(String.class)
			.satisfies(l -> assertThat(l).isNotEmpty().containsOnly("Update December 2021"));
		this.graphQl.document("{ actions(where: {revision: \"LATEST\", inspection: \"probation-recall-culture-practice-2020\"}) { totalCount } }")
			.execute()
			.path("actions.totalCount").entity(Integer.class)
			.isEqualTo(cypherCount("MATCH (a:Action {inspectionId: 'probation-recall-culture-practice-2020', revisionOrdinal: 1}) RETURN count(a)"));
		this.graphQl.document("{ actions(where: {text: \"Seven-Minute briefing\"}) { totalCount } }").execute()
			.path("actions.totalCount").entity(Integer.class)
			.isEqualTo(cypherCount("MATCH (a:Action) WHERE toLower(a.text) CONTAINS 'seven-minute' AND toLower(a.text) CONTAINS 'briefing' RETURN count(a)"));
	}

	@Test
	void actionsCanBeOrderedByDueDate() {
		List<String> dates = this.graphQl.document("{ actions(where: {status: [SCHEDULED]}, orderBy: DUE_ON_ASC, first: 500) { edges { node { target { dueOn } } } } }")
			.execute()
			.path("actions.edges[*].node.target.dueOn").entityList(String.class).get();
		assertThat(dates).isNotEmpty().isSorted();
	}

	@Test
	void recommendationFiltersCoverAddresseeProgrammeProgressAndText() {
		this.graphQl.document("{ recommendations(where: {addressee: \"HMCTS\"}) { edges { node { id } } } }").execute()
			.path("recommendations.edges[*].node.id").entityList(String.class)
			.containsExactly("post-release-supervision-short-term-prisoners-2019/7", "post-release-supervision-short-term-prisoners-2019/8");
		this.graphQl.document("{ recommendations(where: {programme: \"Probation Reform\"}) { edges { node { id programmes { name } } } } }").execute()
			.path("recommendations.edges[*].node.programmes[*].name").entityList(String.class)
			.satisfies(n -> assertThat(n).contains("Probation Reform Programme"));
		this.graphQl.document("{ recommendations(where: {progress: [COMPLETED]}) { totalCount edges { node { progress } } } }").execute()
			.path("recommendations.edges[*].node.progress").entityList(String.class)
			.satisfies(p -> assertThat(p).isNotEmpty().containsOnly("COMPLETED"));
		this.graphQl.document("{ recommendations(where: {text: \"home detention curfew\", inspection: \"electronic-monitoring-2022\"}) { edges { node { number } } } }").execute()
			.path("recommendations.edges[*].node.number").entityList(String.class).containsExactly("11");
	}

	@Test
	void batchLoadingAnswersExactlyAsTheTranslatedQueryDoes() {
		// aliased fields are translated like the others: the same answer, keyed by alias, in the same one query
		String translated = "{ inspections { id recommendations { id parent { id } children { id } addressees { id } "
				+ "programmes { id } mentions { id } references { id } referencedBy { id } externalReferences { id } "
				+ "actions { id owners { id actionCount programmes { id } } revision { id label } recommendation { id inspection { id } } mentions { id } } } "
				+ "actionPlan { id revisions { id } } agreementSummary { agreed total } findings { id inspection { id } } statistics { id } } }";
		String batched = translated.replace("recommendations {", "r: recommendations {").replace("actions {", "a: actions {")
			.replace("owners {", "o: owners {").replace("revision {", "v: revision {").replace("findings {", "f: findings {")
			.replace("children {", "c: children {").replace("parent {", "p: parent {").replace("programmes {", "g: programmes {");
		long before = this.graph.queryCount();
		Object one = this.graphQl.document(translated).execute().path("inspections").entity(Object.class).get();
		long translatedQueries = this.graph.queryCount() - before;
		before = this.graph.queryCount();
		Object many = this.graphQl.document(batched).execute().path("inspections").entity(Object.class).get();
		long batchedQueries = this.graph.queryCount() - before;
		String normalisedMany = many.toString().replaceAll("\\b(r|a|o|v|f|c|p|g)=", "");
		String normalisedOne = one.toString().replaceAll("\\b(recommendations|actions|owners|revision|findings|children|parent|programmes)=", "");
		assertThat(normalisedMany).isEqualTo(normalisedOne);
		assertThat(translatedQueries).isEqualTo(1);
		assertThat(batchedQueries).isEqualTo(1);
	}

	@Test
	void twoRootFieldsMayAskDifferentThingsOfTheSameNodes() {
		// both roots reach the actions of the same recommendations, one for their text and owners, one for ids
		var response = this.graphQl.document("""
				{ inspection(id: "electronic-monitoring-2022") { recommendations { id actions { id } } }
				  recommendations(where: {inspection: "electronic-monitoring-2022"}, first: 500) {
				    edges { node { id actions { id text owners { name } target { status } } } } } }""").execute();
		response.errors().verify();
		response.path("recommendations.edges[*].node.actions[*].text").entityList(String.class)
			.satisfies(t -> assertThat(t).hasSize(cypherCount(
					"MATCH (a:Action {inspectionId: 'electronic-monitoring-2022'}) RETURN count(a)")).doesNotContainNull());
		response.path("recommendations.edges[*].node.actions[*].owners[*].name").entityList(String.class)
			.satisfies(n -> assertThat(n).isNotEmpty().doesNotContainNull());
		response.path("inspection.recommendations[*].actions[*].id").entityList(String.class)
			.satisfies(ids -> assertThat(ids).hasSize(49));
	}

	@Test
	void everyProgrammeOfTheVocabularyResolvesByNameAndAlias() {
		List<String> names = this.graphQl.document("{ programmes { name } }").execute().path("programmes[*].name")
			.entityList(String.class).get();
		assertThat(names).hasSizeGreaterThan(5);
		for (String name : names) {
			this.graphQl.document("query($n: String!) { programme(name: $n) { id actionCount owners { id } recommendations { id inspection { id } } inspections { id } } }")
				.variable("n", name.toUpperCase())
				.execute()
				.errors()
				.verify();
		}
	}

	@Test
	void aNegativePageSizeIsABadRequest() {
		this.graphQl.document("{ actions(first: -1) { totalCount } }").execute().errors()
			.expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().equals("first must be zero or more, was -1"))
			.verify();
	}

	@Test
	void aCursorThisServiceDidNotIssueIsABadRequest() {
		this.graphQl.document("{ actions(after: \"not-a-cursor\") { totalCount } }").execute().errors()
			.expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("not a cursor"))
			.verify();
	}

	@Test
	void anUnknownRecommendationIsNotFound() {
		var response = this.graphQl.document("{ recommendation(inspection: \"electronic-monitoring-2022\", number: \"99\") { id } }").execute();
		response.errors()
			.expect(e -> e.getErrorType() == ErrorType.NOT_FOUND
					&& e.getMessage().equals("no recommendation '99' in inspection 'electronic-monitoring-2022'"))
			.verify();
		response.path("recommendation").valueIsNull();
	}

	@Test
	void hostileSearchTextIsReadLiterally() {
		for (String text : List.of("domestic AND (abuse OR", "\"unterminated", "*?~^:\\/[]{}!+-&&||", "NOT", "OASys) OR (1=1",
				"' OR 1=1 //")) {
			this.graphQl.document("query($t: String!) { search(text: $t, first: 5) { score } }").variable("t", text).execute()
				.errors()
				.verify();
		}
		this.graphQl.document("query($t: String!) { search(text: $t) { score } }").variable("t", "x".repeat(2000)).execute()
			.errors()
			.expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST)
			.verify();
	}

	@Test
	void malformedGraphQlGetsAClientErrorWithoutAStackTrace() {
		var response = RestClient.create("http://127.0.0.1:" + this.port)
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.parseMediaType("application/graphql-response+json"))
			.body(Map.of("query", "{ inspections { id "))
			.exchange((req, res) -> Map.of("status", res.getStatusCode(), "body", new String(res.getBody().readAllBytes())));
		assertThat(((HttpStatusCode) response.get("status")).is4xxClientError()).isTrue();
		assertThat((String) response.get("body")).contains("errors").doesNotContain("Exception").doesNotContain("at uk.gov");
	}

	@Test
	void tooDeepAQueryIsRefused() {
		String deep = "{ inspections { recommendations { " + "children { parent { ".repeat(8) + "id" + " } }".repeat(8) + " } } }";
		this.graphQl.document(deep).execute().errors().satisfy(errors -> {
			assertThat(errors).isNotEmpty();
			assertThat(errors.get(0).getMessage()).containsIgnoringCase("depth");
		});
	}

	@Test
	void theDepthOfAnOperationFollowsTheVariablesOfItsDirectivesEveryTime() {
		// an operation that passed is not walked again; one whose @include variable changes is
		String deep = "query($deep: Boolean!) { inspections { id recommendations { number ... @include(if: $deep) { "
				+ "children { parent { ".repeat(8) + "id" + " } }".repeat(8) + " } } } }";
		for (boolean include : List.of(false, true, false, true)) {
			var response = this.graphQl.document(deep).variable("deep", include).execute();
			if (include) {
				response.errors().satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(e -> assertThat(e.getMessage()).contains("maximum query depth exceeded")));
			}
			else {
				response.errors().verify();
				response.path("inspections[0].recommendations[0].number").hasValue();
			}
		}
	}

	@Test
	void theShortestPathBetweenTwoRecommendationsFollowsTheReference() {
		var response = this.graphQl.document("{ path(from: \"electronic-monitoring-2022/4(d)\", to: \"electronic-monitoring-2022/12\") { id type via } }").execute();
		response.errors().verify();
		response.path("path[*].id").entityList(String.class)
			.containsExactly("electronic-monitoring-2022/4(d)", "electronic-monitoring-2022/12");
		response.path("path[0].via").entity(String.class).isEqualTo("REFERENCES");
	}

	@Test
	@SuppressWarnings("unchecked")
	void overdueCountsScheduledActionsPastTheirDate() {
		// the expected count is read independently: every action's target through the API, counted here
		var all = this.graphQl.document("{ actions(first: 500) { totalCount edges { node { target { status dueOn } } } } }").execute();
		List<Map<String, Object>> targets = all.path("actions.edges[*].node.target").entityList(Map.class).get().stream()
			.map(t -> (Map<String, Object>) t)
			.toList();
		all.path("actions.totalCount").entity(Integer.class).isEqualTo(targets.size());
		long overdue = targets.stream()
			.filter(t -> "SCHEDULED".equals(t.get("status")) && t.get("dueOn") != null
					&& LocalDate.parse((String) t.get("dueOn")).isBefore(LocalDate.of(2022, 1, 1)))
			.count();
		assertThat(overdue).isPositive();
		this.graphQl.document("{ stats { overdue(asOf: \"2022-01-01\") byInspection { inspection { id } recommendations actions } actionsDueByMonth { month count } } }")
			.execute()
			.path("stats.overdue").entity(Integer.class)
			.isEqualTo((int) overdue);
	}

	@Test
	void everyNodeNamesTheLineItWasReadFrom() {
		int withoutSource = cypherCount("""
				MATCH (n) WHERE (n:Recommendation OR n:Action OR n:Finding OR n:Statistic)
				  AND (n.document IS NULL OR size(n.lines) = 0) RETURN count(n)""");
		assertThat(withoutSource).isZero();
	}

	@Test
	@SuppressWarnings("unchecked")
	void theExplainHeaderShowsTheOneQueryARequestRan() {
		var response = this.graphQl.mutate().header("X-Explain", "cypher").build()
			.document("{ inspection(id: \"" + EM + "\") { id r: recommendations(topLevelOnly: true) { number } } }")
			.execute();
		response.errors().verify();
		Map<Object, Object> extensions = response.returnResponse().getExtensions();
		List<Map<String, Object>> queries = (List<Map<String, Object>>) extensions.get("cypher");
		assertThat(queries).hasSize(1);
		assertThat((String) queries.get(0).get("query")).contains("MATCH (n:Inspection {id: $id})", "r: COLLECT", "topLevel");
		assertThat((Map<String, Object>) queries.get(0).get("parameters")).containsEntry("id", EM);
		// without the header, nothing is said
		assertThat(this.graphQl.document("{ inspection(id: \"" + EM + "\") { id } }").execute().returnResponse().getExtensions())
			.doesNotContainKey("cypher");
	}

	@Test
	void relatedUnderAListOfCountsIsABadRequestWithAClearMessage() {
		this.graphQl.document("{ stats { byInspection { inspection { related { score } } } } }").execute().errors()
			.expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("ask it of the inspection directly"))
			.verify();
	}

}

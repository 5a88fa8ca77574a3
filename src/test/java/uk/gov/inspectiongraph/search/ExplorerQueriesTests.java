package uk.gov.inspectiongraph.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import uk.gov.inspectiongraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** What the explorer page asks: any node by id with its kind and neighbours, and a document's text by line. */
@IntegrationTest
class ExplorerQueriesTests {

	private static final String REC = "electronic-monitoring-2022/4";

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void aNodeIsFoundByIdWithItsKindNameAgreementAndTypedObject() {
		var response = this.graphQl.document("""
				{ node(id: "%s") { id kind name agreement status overdue
				    object { __typename ... on Recommendation { number text inspection { id } } } } }""".formatted(REC))
			.execute();
		response.errors().verify();
		response.path("node.kind").entity(String.class).isEqualTo("Recommendation");
		response.path("node.object.__typename").entity(String.class).isEqualTo("Recommendation");
		response.path("node.object.number").entity(String.class).isEqualTo("4");
		response.path("node.name").entity(String.class).isEqualTo("electronic-monitoring-2022 4");
		response.path("node.status").valueIsNull();
		response.path("node.overdue").entity(Boolean.class).isEqualTo(false);
		String agreement = this.graphQl.document("{ recommendation(inspection: \"electronic-monitoring-2022\", number: \"4\") { agreement } }")
			.execute().path("recommendation.agreement").entity(String.class).get();
		response.path("node.agreement").entity(String.class).isEqualTo(agreement);
	}

	@Test
	void aProgrammeIsOfKindProgrammeAndAnUnknownIdIsNull() {
		String id = this.graphQl.document("{ programme(name: \"OMiC\") { id } }").execute().path("programme.id")
			.entity(String.class).get();
		this.graphQl.document("{ node(id: \"%s\") { kind object { __typename } } }".formatted(id)).execute()
			.path("node").entity(Map.class).isEqualTo(Map.of("kind", "Programme", "object", Map.of("__typename", "Programme")));
		this.graphQl.document("{ node(id: \"no such node\") { id } }").execute().path("node").valueIsNull();
	}

	@Test
	void anOwnersNeighboursAreTheActionsItOwns() {
		var owner = this.graphQl.document("{ owner(name: \"Regional Probation Director Wales\") { id actions { id } } }")
			.execute();
		String id = owner.path("owner.id").entity(String.class).get();
		List<String> actions = owner.path("owner.actions[*].id").entityList(String.class).get();
		var response = this.graphQl.document("""
				{ node(id: "%s") { kind neighbourCount neighbours(first: 500) { via outgoing node { id kind } } } }""".formatted(id))
			.execute();
		response.errors().verify();
		List<Map<String, Object>> neighbours = response.path("node.neighbours").entityList(
				new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
				}).get();
		List<Object> owned = neighbours.stream().filter(n -> "OWNED_BY".equals(n.get("via")))
			.map(n -> (Object) ((Map<?, ?>) n.get("node")).get("id")).toList();
		assertThat(owned).containsExactlyInAnyOrderElementsOf(actions);
		assertThat(neighbours).filteredOn(n -> "OWNED_BY".equals(n.get("via"))).allMatch(n -> n.get("outgoing").equals(false));
		response.path("node.neighbourCount").entity(Integer.class).isEqualTo(neighbours.size());
	}

	@Test
	void neighboursAreCappedByFirstAndANegativeFirstIsABadRequest() {
		this.graphQl.document("{ node(id: \"electronic-monitoring-2022\") { neighbours(first: 3) { via } } }").execute()
			.path("node.neighbours").entityList(Object.class).hasSize(3);
		this.graphQl.document("{ node(id: \"electronic-monitoring-2022\") { neighbours(first: -1) { via } } }").execute()
			.errors().expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST).verify();
	}

	@Test
	void anActionIsOverdueWhenScheduledAndDueBeforeTheDateAsked() {
		var response = this.graphQl.document("""
				{ actions(where: {inspection: "electronic-monitoring-2022"}, first: 500) { edges { node { id } } } }""").execute();
		List<String> ids = response.path("actions.edges[*].node.id").entityList(String.class).get();
		int overdue = 0;
		for (String id : ids) {
			Map<?, ?> node = this.graphQl.document("{ node(id: \"%s\") { kind status dueOn overdue(asOf: \"2022-06-01\") } }".formatted(id))
				.execute().path("node").entity(Map.class).get();
			assertThat(node.get("kind")).isEqualTo("Action");
			boolean expected = "SCHEDULED".equals(node.get("status")) && node.get("dueOn") != null
					&& LocalDate.parse((String) node.get("dueOn")).isBefore(LocalDate.of(2022, 6, 1));
			assertThat(node.get("overdue")).as(id).isEqualTo(expected);
			overdue += expected ? 1 : 0;
		}
		assertThat(overdue).isPositive();
	}

	@Test
	void aDocumentsLinesAreItsTextSoASourceLinePointsAtWhatWasRead() throws Exception {
		var response = this.graphQl.document("""
				{ recommendation(inspection: "electronic-monitoring-2022", number: "4") { text sources { document line } } }""")
			.execute();
		String file = response.path("recommendation.sources[0].document").entity(String.class).get();
		int line = response.path("recommendation.sources[0].line").entity(Integer.class).get();
		String text = response.path("recommendation.text").entity(String.class).get();
		List<String> onDisk = Files.readAllLines(Path.of("data/corpus", file));
		var document = this.graphQl.document("{ document(name: \"%s\") { name kind lines inspections { id } } }".formatted(file))
			.execute();
		document.path("document.lines").entityList(String.class).isEqualTo(onDisk);
		document.path("document.inspections[*].id").entityList(String.class).containsExactly("electronic-monitoring-2022");
		String printed = onDisk.get(line - 1);
		assertThat(printed).contains(text.substring(0, 20));
		this.graphQl.document("{ documents { name } }").execute().path("documents[*].name").entityList(String.class)
			.hasSize(5).contains(file);
		this.graphQl.document("{ document(name: \"nope.txt\") { name } }").execute().errors()
			.expect(e -> e.getErrorType() == ErrorType.NOT_FOUND).verify();
	}

	@Test
	void aPathBetweenRecommendationsOfTwoInspectionsIsMadeOfNodesTheExplorerCanShow() {
		var response = this.graphQl.document("""
				{ path(from: "electronic-monitoring-2022/4", to: "probation-recall-culture-practice-2020/1") { id type name via } }""")
			.execute();
		response.errors().verify();
		List<Map<String, Object>> steps = response.path("path").entityList(
				new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
				}).get();
		assertThat(steps.get(0).get("id")).isEqualTo("electronic-monitoring-2022/4");
		assertThat(steps.get(steps.size() - 1).get("id")).isEqualTo("probation-recall-culture-practice-2020/1");
		assertThat(steps).allMatch(s -> GraphNodeFields.KINDS.contains(s.get("type")) && s.get("id") != null);
		for (int i = 0; i < steps.size() - 1; i++) {
			String from = (String) steps.get(i).get("id");
			String to = (String) steps.get(i + 1).get("id");
			var neighbours = this.graphQl.document("{ node(id: \"%s\") { neighbours(first: 500) { node { id } } } }".formatted(from))
				.execute().path("node.neighbours[*].node.id").entityList(String.class).get();
			assertThat(neighbours).as("step %d of the path", i).contains(to);
		}
	}

}

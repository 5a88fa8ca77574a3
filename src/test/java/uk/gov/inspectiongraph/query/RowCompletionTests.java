package uk.gov.inspectiongraph.query;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.support.ResourceDocumentSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import uk.gov.inspectiongraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows completed in one walk give graphql-java's answer. The test profile completes every row both ways
 * ({@code inspection-graph.row-completion=both}) and marks any difference as an error, so every request of the
 * suite (DifferentialTests' random ones among them) is compared; these tests check that the comparison really
 * happens, and that the walk gives up where graphql-java has errors to report.
 */
@IntegrationTest
class RowCompletionTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	RowCompletion rows;

	@Test
	void everyContractOperationIsCompletedInOneWalkWithGraphQlJavasAnswer() throws Exception {
		Document contract = Parser.parse(Files.readString(Path.of("src/main/resources/static/contract.graphql")));
		Map<String, Map<String, Object>> variables = Map.of(
				"ActionsByOwner", Map.of("owner", "Regional Probation Director Wales", "first", 5),
				"Owners", Map.of("search", "wales"), "Owner", Map.of("name", "Regional Probation Director Wales"),
				"Recommendation", Map.of("inspection", "electronic-monitoring-2022", "number", "1"),
				"Recommendations", Map.of("first", 3), "Programme", Map.of("name", "EM Expansion"),
				"Related", Map.of("id", "electronic-monitoring-2022"), "Search", Map.of("text", "electronic monitoring"),
				"DueActions", Map.of("dueBefore", "2023-01-01", "first", 5));
		List<String> names = new ArrayList<>();
		for (OperationDefinition operation : contract.getDefinitionsOfType(OperationDefinition.class)) {
			names.add(operation.getName());
			long walked = this.rows.walked();
			long compared = this.rows.compared();
			var request = this.graphQl.mutate()
				.documentSource(new ResourceDocumentSource(List.of(new ClassPathResource("static/")), List.of(".graphql")))
				.build()
				.documentName("contract")
				.operationName(operation.getName());
			for (Map.Entry<String, Object> v : variables.getOrDefault(operation.getName(), Map.of()).entrySet()) {
				request = request.variable(v.getKey(), v.getValue());
			}
			request.execute().errors().verify();
			assertThat(this.rows.walked()).as(operation.getName() + " walked").isGreaterThan(walked);
			assertThat(this.rows.compared()).as(operation.getName() + " compared").isGreaterThan(compared);
		}
		assertThat(names).contains("Dashboard", "Search", "ActionsByOwner", "Stats");
		assertThat(this.rows.differed()).isZero();
	}

	@Test
	void aliasesFragmentsDirectivesTypeNamesUnionsAndCursorsAreCompletedAsGraphQlJavaDoes() {
		String query = """
				query($yes: Boolean!, $no: Boolean!) {
				  a: actions(first: 3) {
				    __typename total: totalCount
				    pageInfo { hasNextPage endCursor startCursor }
				    edges { c: cursor cursor node { ...act id @include(if: $yes) text @skip(if: $yes) } }
				  }
				  search(text: "monitoring", first: 4) {
				    score node { __typename ... on Recommendation { n: number number } ... on Action { id } ... on Finding { id } }
				  }
				  inspections { id ... @include(if: $no) { title } later: actionPlan { id } }
				}
				fragment act on Action { __typename recommendation { number inspection { id } } id }
				""";
		long compared = this.rows.compared();
		var response = this.graphQl.document(query).variable("yes", true).variable("no", false).execute();
		response.errors().verify();
		response.path("a.edges[0].node.text").pathDoesNotExist();
		response.path("a.edges[0].c").entity(String.class).satisfies(c -> assertThat(c).isNotBlank());
		response.path("search[0].node.__typename").entity(String.class).satisfies(t -> assertThat(t).isIn("Recommendation", "Action", "Finding"));
		response.path("inspections[0].title").pathDoesNotExist();
		assertThat(this.rows.compared()).isGreaterThan(compared);
		assertThat(this.rows.differed()).isZero();
	}

	private static final String SCHEMA = """
			type Query { rows: [Row] }
			type Row { id: ID!, name: String, size: Int, tags: [String!] }
			""";

	private static ExecutionResult run(RowCompletion.Mode mode, RowCompletion[] strategy, String query, Object rows) {
		GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA),
				RuntimeWiring.newRuntimeWiring().type("Query", t -> t.dataFetcher("rows", env -> rows)).build());
		GraphQL.Builder builder = GraphQL.newGraphQL(schema);
		strategy[0] = new RowCompletion(mode).handling(builder);
		return builder.queryExecutionStrategy(strategy[0]).build().execute(query);
	}

	private static Map<String, Object> row(String id, String name, Object size, List<String> tags) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", id);
		row.put("name", name);
		row.put("size", size);
		row.put("tags", tags);
		return row;
	}

	@Test
	void aNullInANonNullFieldOrAValueAScalarRefusesIsLeftToGraphQlJavaWithItsErrorAndPath() {
		List<Object> data = List.of(row("1", "first", 3L, List.of("a")), row(null, "no id", 4L, List.of()),
				row("3", "big", "not a number", null), row("4", "null tag", 1L, java.util.Arrays.asList("x", null)));
		String query = "{ rows { id name size tags } }";
		RowCompletion[] walking = new RowCompletion[1];
		RowCompletion[] fields = new RowCompletion[1];
		ExecutionResult walked = run(RowCompletion.Mode.ROW, walking, query, data);
		ExecutionResult standard = run(RowCompletion.Mode.FIELDS, fields, query, data);
		assertThat(walked.getErrors()).hasSize(3);
		assertThat(walked.getErrors().toString()).isEqualTo(standard.getErrors().toString());
		assertThat(RowCompletion.same(walked.getData(), standard.getData())).isTrue();
		assertThat(walked.getErrors().get(0).getPath()).containsExactly("rows", 1, "id");
		// only the first row is clean: the three others were completed by graphql-java
		assertThat(walking[0].walked()).isEqualTo(1);
		assertThat(fields[0].walked()).isZero();
	}

	@Test
	void bothModeMarksADifferenceAsAnErrorOnTheAnswer() {
		assertThat(RowCompletion.same(new LinkedHashMap<>(Map.of("a", 1)), new LinkedHashMap<>(Map.of("a", 1L)))).isFalse();
		Map<String, Object> ab = new LinkedHashMap<>();
		ab.put("a", 1);
		ab.put("b", 2);
		Map<String, Object> ba = new LinkedHashMap<>();
		ba.put("b", 2);
		ba.put("a", 1);
		assertThat(ab).isEqualTo(ba);
		assertThat(RowCompletion.same(ab, ba)).as("order counts").isFalse();
		RowCompletion[] both = new RowCompletion[1];
		ExecutionResult result = run(RowCompletion.Mode.BOTH, both, "{ rows { id name } }", List.of(row("1", "one", 1L, null)));
		assertThat(result.getErrors()).isEmpty();
		assertThat(both[0].compared()).isEqualTo(1);
		assertThat(both[0].differed()).isZero();
	}

}

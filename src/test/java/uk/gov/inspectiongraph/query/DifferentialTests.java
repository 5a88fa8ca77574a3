package uk.gov.inspectiongraph.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionResult;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import uk.gov.inspectiongraph.IntegrationTest;
import uk.gov.inspectiongraph.graph.Graph;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded random requests over the whole schema, each answered by the service (one translated query per root)
 * and by {@link ReferenceResolver} (one simple query per field): the answers must be equal. The requests use
 * aliases, one field twice with different sub-selections or arguments, inline and named fragments,
 * {@code @include}/{@code @skip} with variables, {@code __typename}, the union, and nesting several levels
 * deep. A failure prints the request and its seed; {@code -Ddifferential.seed=N} replays one.
 */
@IntegrationTest
class DifferentialTests {

	private static final int REQUESTS = 300;

	private static final int MAX_DEPTH = 4;

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	GraphQlSource source;

	@Autowired
	Graph graph;

	private GraphQLSchema schema;

	private ReferenceResolver reference;

	private List<String> inspections;

	private List<String[]> recommendations;

	private List<String> owners;

	private List<String> programmes;

	@BeforeEach
	void setUp() {
		this.schema = this.source.schema();
		// a random request may nest lists of lists (every owner's actions' owners' actions...): answers of a few MB
		this.graphQl = this.graphQl.mutate()
			.webTestClient(client -> client.codecs(c -> c.defaultCodecs().maxInMemorySize(64 * 1024 * 1024)))
			.build();
		this.reference = new ReferenceResolver(this.graph);
		this.inspections = this.graph.read("MATCH (i:Inspection) RETURN i.id ORDER BY i.id", Map.of(), r -> r.get(0).asString());
		this.recommendations = this.graph.read("MATCH (r:Recommendation) RETURN r.inspectionId, r.number ORDER BY r.id", Map.of(),
				r -> new String[] { r.get(0).asString(), r.get(1).asString() });
		this.owners = this.graph.read("MATCH (o:Owner) RETURN o.name ORDER BY o.name", Map.of(), r -> r.get(0).asString());
		this.programmes = this.graph.read("MATCH (p:Programme) RETURN p.name ORDER BY p.name", Map.of(), r -> r.get(0).asString());
	}

	@Test
	void randomRequestsAnswerAsTheNaiveReferenceResolverDoes() throws Exception {
		long only = Long.getLong("differential.seed", -1);
		int compared = 0;
		for (long seed = only >= 0 ? only : 1; seed <= (only >= 0 ? only : REQUESTS); seed++) {
			Request request = new Request(new Random(seed));
			String document = request.document();
			Map<String, Object> variables = Map.of("yes", true, "no", false);
			var response = this.graphQl.document(document).variable("yes", true).variable("no", false).execute();
			response.errors().verify();
			JsonNode actual = JSON.readTree(JSON.writeValueAsString(response.returnResponse().getData()));
			ExecutionResult expected = this.reference.execute(document, variables);
			assertThat(expected.getErrors()).as("reference errors for seed %d:%n%s", seed, document).isEmpty();
			JsonNode wanted = JSON.readTree(JSON.writeValueAsString(expected.getData()));
			assertThat(actual).as("seed %d:%n%s", seed, document).isEqualTo(wanted);
			compared++;
		}
		assertThat(compared).isEqualTo(only >= 0 ? 1 : REQUESTS);
	}

	/** One random request: one or two root fields with random selections beneath. */
	private final class Request {

		private final Random random;

		private final List<String> fragments = new ArrayList<>();

		private int aliases;

		Request(Random random) {
			this.random = random;
		}

		String document() {
			StringBuilder out = new StringBuilder("query Q($yes: Boolean!, $no: Boolean!) {\n");
			int roots = 1 + this.random.nextInt(2);
			for (int i = 0; i < roots; i++) {
				out.append("  r").append(i).append(": ").append(root()).append('\n');
			}
			out.append("  always: __typename @include(if: $yes)\n  never: __typename @skip(if: $yes) @include(if: $no)\n}\n");
			this.fragments.forEach(f -> out.append(f).append('\n'));
			return out.toString();
		}

		private String pick(List<String> values) {
			return values.get(this.random.nextInt(values.size()));
		}

		private String quoted(String s) {
			return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
		}

		private String root() {
			switch (this.random.nextInt(9)) {
				case 0:
					return "inspections " + selection("Inspection", 1);
				case 1:
					return "inspection(id: " + quoted(pick(DifferentialTests.this.inspections)) + ") " + selection("Inspection", 1);
				case 2: {
					String[] r = DifferentialTests.this.recommendations
						.get(this.random.nextInt(DifferentialTests.this.recommendations.size()));
					return "recommendation(inspection: " + quoted(r[0]) + ", number: " + quoted(r[1]) + ") "
							+ selection("Recommendation", 1);
				}
				case 3:
					return "owner(name: " + quoted(pick(DifferentialTests.this.owners)) + ") " + selection("Owner", 1);
				case 4:
					return "programme(name: " + quoted(pick(DifferentialTests.this.programmes)) + ") " + selection("Programme", 1);
				case 5:
					return "programmes " + selection("Programme", 1);
				case 6:
					return connection("actions", "Action");
				case 7:
					return connection("recommendations", "Recommendation");
				default:
					return "search(text: " + quoted(pick(List.of("domestic abuse", "electronic monitoring", "risk", "recall", "training")))
							+ ", first: " + (1 + this.random.nextInt(6)) + ") { score node " + union((GraphQLUnionType) DifferentialTests.this.schema.getType("SearchResult"), 2) + " }";
			}
		}

		private String connection(String field, String node) {
			StringBuilder out = new StringBuilder(field).append("(where: {inspection: ").append(quoted(pick(DifferentialTests.this.inspections)))
				.append("}, first: ").append(1 + this.random.nextInt(8)).append(") { totalCount ");
			if (this.random.nextBoolean()) {
				out.append("pageInfo { hasNextPage endCursor startCursor hasPreviousPage } ");
			}
			int edges = 1 + this.random.nextInt(2);
			for (int i = 0; i < edges; i++) {
				out.append(i == 0 ? "" : "e" + i + ": ").append("edges { cursor node ").append(selection(node, 2)).append(" } ");
			}
			return out.append('}').toString();
		}

		private String union(GraphQLUnionType union, int depth) {
			StringBuilder out = new StringBuilder("{ __typename ");
			for (GraphQLNamedType member : union.getTypes()) {
				if (this.random.nextInt(3) > 0) {
					out.append("... on ").append(member.getName()).append(' ').append(selection(member.getName(), depth + 1)).append(' ');
				}
			}
			return out.append('}').toString();
		}

		/** A selection set of an object type: a few fields, some aliased, twice, in fragments or under directives. */
		private String selection(String typeName, int depth) {
			GraphQLObjectType type = (GraphQLObjectType) DifferentialTests.this.schema.getType(typeName);
			List<GraphQLFieldDefinition> fields = type.getFieldDefinitions().stream()
				.filter(f -> !f.getName().equals("related"))
				.filter(f -> depth < MAX_DEPTH || isLeaf(f.getType()))
				.toList();
			List<String> parts = new ArrayList<>();
			parts.add(type.getFieldDefinition("id") != null ? "id" : leaf(fields));
			int n = 1 + this.random.nextInt(4);
			for (int i = 0; i < n; i++) {
				GraphQLFieldDefinition field = fields.get(this.random.nextInt(fields.size()));
				String args = arguments(field);
				// a field with arguments gets a key of its own: the same key with other arguments would not merge
				String key = this.random.nextInt(10) < 3 || !args.isEmpty() ? "a" + this.aliases++ : null;
				String prefix = key == null ? "" : key + ": ";
				String directive = switch (this.random.nextInt(12)) {
					case 0 -> " @include(if: $yes)";
					case 1 -> " @skip(if: $no)";
					case 2 -> " @skip(if: $yes)";
					default -> "";
				};
				String sub = isLeaf(field.getType()) ? "" : " " + child(field, depth);
				parts.add(prefix + field.getName() + args + directive + sub);
				if (!sub.isEmpty() && this.random.nextInt(5) == 0) {
					// the same response key again, same arguments, another sub-selection: merged
					parts.add(prefix + field.getName() + args + " " + child(field, depth));
				}
			}
			String body = String.join(" ", parts);
			switch (this.random.nextInt(8)) {
				case 0:
					return "{ ... on " + typeName + " { " + body + " } }";
				case 1:
					return "{ ... { " + body + " } __typename }";
				case 2: {
					String name = "F" + this.fragments.size() + "_" + typeName;
					this.fragments.add("fragment " + name + " on " + typeName + " { " + body + " }");
					return "{ ..." + name + " }";
				}
				default:
					return "{ " + body + " }";
			}
		}

		private String child(GraphQLFieldDefinition field, int depth) {
			GraphQLType named = GraphQLTypeUtil.unwrapAll(field.getType());
			return named instanceof GraphQLUnionType union ? union(union, depth)
					: selection(((GraphQLNamedType) named).getName(), depth + 1);
		}

		private String leaf(List<GraphQLFieldDefinition> fields) {
			return fields.stream().filter(f -> isLeaf(f.getType())).findFirst().map(GraphQLFieldDefinition::getName).orElse("__typename");
		}

		private String arguments(GraphQLFieldDefinition field) {
			if (field.getArguments().isEmpty() || this.random.nextBoolean()) {
				return "";
			}
			List<String> args = new ArrayList<>();
			field.getArguments().forEach(a -> {
				if (GraphQLTypeUtil.unwrapAll(a.getType()).getName().equals("Boolean")) {
					args.add(a.getName() + ": " + this.random.nextBoolean());
				}
			});
			return args.isEmpty() ? "" : "(" + String.join(", ", args) + ")";
		}

		private boolean isLeaf(GraphQLType type) {
			return GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(type));
		}

	}

}

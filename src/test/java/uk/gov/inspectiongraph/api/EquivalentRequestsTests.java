package uk.gov.inspectiongraph.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import graphql.language.AstPrinter;
import graphql.language.BooleanValue;
import graphql.language.Definition;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.TypeName;
import graphql.parser.Parser;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import uk.gov.inspectiongraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rewrite of the contract operations that the GraphQL spec calls equivalent answers exactly as the plain
 * operation: every field asked twice (merged), every selection wrapped in an inline fragment, every object's
 * selection moved into a named fragment, {@code @include(if: true)} and {@code @skip(if: false)} on every
 * field with a skipped extra field beside it, and every field aliased to its own name. The rewrites are made on
 * graphql-java's syntax tree of the contract file, so they cover every operation as the contract writes it.
 */
@IntegrationTest
class EquivalentRequestsTests {

	private static final Map<String, Map<String, Object>> VARIABLES = Map.of(
			"ActionsByOwner", Map.of("owner", "Regional Probation Director Wales"),
			"Owners", Map.of("search", "public protection"),
			"Owner", Map.of("name", "regional probation director, wales"),
			"Recommendation", Map.of("inspection", "electronic-monitoring-2022", "number", "4(d)"),
			"Recommendations", Map.of("where", Map.of("agreement", "PARTLY_AGREED")),
			"Programme", Map.of("name", "OMiC"),
			"Related", Map.of("id", "electronic-monitoring-2022"),
			"Search", Map.of("text", "domestic abuse", "first", 10),
			"DueActions", Map.of("dueBefore", "2022-06-30", "status", List.of("SCHEDULED")));

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	GraphQlSource source;

	@TestFactory
	Stream<DynamicTest> everyEquivalentRewriteOfEveryContractOperationAnswersTheSame() throws Exception {
		Document contract = Parser.parse(Files.readString(Path.of("src/main/resources/static/contract.graphql")));
		GraphQLSchema schema = this.source.schema();
		Map<String, UnaryOperator<Document>> rewrites = Map.of(
				"every field twice", d -> selections(d, s -> twice(s)),
				"inline fragments", d -> selections(d, s -> SelectionSet.newSelectionSet()
					.selection(InlineFragment.newInlineFragment().selectionSet(s).build()).build()),
				"include and skip", d -> selections(d, EquivalentRequestsTests::directives),
				"aliased to own name", d -> selections(d, EquivalentRequestsTests::selfAliased),
				"named fragments", d -> named(d, schema));
		List<DynamicTest> tests = new ArrayList<>();
		for (Definition<?> definition : contract.getDefinitions()) {
			OperationDefinition operation = (OperationDefinition) definition;
			Document alone = Document.newDocument().definition(operation).build();
			Map<String, Object> variables = VARIABLES.getOrDefault(operation.getName(), Map.of());
			for (var rewrite : rewrites.entrySet()) {
				tests.add(DynamicTest.dynamicTest(operation.getName() + ": " + rewrite.getKey(), () -> {
					Object plain = answer(AstPrinter.printAst(alone), variables);
					Object rewritten = answer(AstPrinter.printAst(rewrite.getValue().apply(alone)), variables);
					assertThat(rewritten).isEqualTo(plain);
				}));
			}
		}
		return tests.stream();
	}

	private Object answer(String document, Map<String, Object> variables) {
		var request = this.graphQl.document(document);
		variables.forEach(request::variable);
		var response = request.execute();
		response.errors().verify();
		return response.returnResponse().getData();
	}

	/** Applies {@code rewrite} to every selection set of the document, innermost first. */
	private static Document selections(Document document, UnaryOperator<SelectionSet> rewrite) {
		List<Definition> definitions = new ArrayList<>();
		for (Definition<?> d : document.getDefinitions()) {
			OperationDefinition op = (OperationDefinition) d;
			definitions.add(op.transform(b -> b.selectionSet(deep(op.getSelectionSet(), rewrite))));
		}
		return document.transform(b -> b.definitions(definitions));
	}

	private static SelectionSet deep(SelectionSet set, UnaryOperator<SelectionSet> rewrite) {
		List<Selection> inner = new ArrayList<>();
		for (Selection<?> s : set.getSelections()) {
			inner.add(s instanceof Field f && f.getSelectionSet() != null
					? f.transform(b -> b.selectionSet(deep(f.getSelectionSet(), rewrite)))
					: s instanceof InlineFragment i ? i.transform(b -> b.selectionSet(deep(i.getSelectionSet(), rewrite))) : s);
		}
		return rewrite.apply(set.transform(b -> b.selections(inner)));
	}

	private static SelectionSet twice(SelectionSet set) {
		List<Selection> doubled = new ArrayList<>(set.getSelections());
		doubled.addAll(set.getSelections());
		return set.transform(b -> b.selections(doubled));
	}

	private static SelectionSet directives(SelectionSet set) {
		List<Selection> out = new ArrayList<>();
		for (Selection<?> s : set.getSelections()) {
			if (s instanceof Field f) {
				out.add(f.transform(b -> b.directives(List.of(directive("include", true)))));
				if (f.getSelectionSet() == null && !f.getName().startsWith("__")) {
					out.add(f.transform(b -> b.alias("skipped_" + f.getName()).directives(List.of(directive("skip", true)))));
				}
			}
			else {
				out.add(s);
			}
		}
		return set.transform(b -> b.selections(out));
	}

	private static Directive directive(String name, boolean value) {
		return Directive.newDirective()
			.name(name)
			.argument(graphql.language.Argument.newArgument("if", BooleanValue.of(value)).build())
			.build();
	}

	private static SelectionSet selfAliased(SelectionSet set) {
		List<Selection> out = new ArrayList<>();
		for (Selection<?> s : set.getSelections()) {
			out.add(s instanceof Field f && f.getAlias() == null && !f.getName().startsWith("__")
					? f.transform(b -> b.alias(f.getName())) : s);
		}
		return set.transform(b -> b.selections(out));
	}

	/** Moves the selection of every object field into a named fragment on its type, spread in its place. */
	private static Document named(Document document, GraphQLSchema schema) {
		List<Definition> fragments = new ArrayList<>();
		List<Definition> definitions = new ArrayList<>();
		for (Definition<?> d : document.getDefinitions()) {
			OperationDefinition op = (OperationDefinition) d;
			definitions.add(op.transform(b -> b.selectionSet(
					fragmented(op.getSelectionSet(), schema.getQueryType(), fragments))));
		}
		definitions.addAll(fragments);
		return document.transform(b -> b.definitions(definitions));
	}

	private static SelectionSet fragmented(SelectionSet set, GraphQLCompositeType type, List<Definition> fragments) {
		List<Selection> out = new ArrayList<>();
		for (Selection<?> s : set.getSelections()) {
			if (s instanceof Field f && f.getSelectionSet() != null && type instanceof GraphQLFieldsContainer container) {
				GraphQLFieldDefinition def = container.getFieldDefinition(f.getName());
				GraphQLCompositeType child = (GraphQLCompositeType) GraphQLTypeUtil.unwrapAll(def.getType());
				SelectionSet inner = fragmented(f.getSelectionSet(), child, fragments);
				if (child instanceof GraphQLFieldsContainer) {
					String name = "F" + fragments.size();
					fragments.add(FragmentDefinition.newFragmentDefinition()
						.name(name)
						.typeCondition(TypeName.newTypeName(child.getName()).build())
						.selectionSet(inner)
						.build());
					out.add(f.transform(b -> b.selectionSet(SelectionSet.newSelectionSet()
						.selection(FragmentSpread.newFragmentSpread(name).build())
						.build())));
				}
				else {
					out.add(f.transform(b -> b.selectionSet(inner)));
				}
			}
			else {
				out.add(s);
			}
		}
		return set.transform(b -> b.selections(out));
	}

}

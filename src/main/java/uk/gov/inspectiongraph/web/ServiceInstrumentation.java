package uk.gov.inspectiongraph.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.VariableReference;
import graphql.schema.DataFetcher;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.validation.ValidationError;

import uk.gov.inspectiongraph.query.RowFetcher;

/**
 * The one instrumentation of the service: query depth and complexity limits (graphql-java's own checks) and
 * object fields read from their translated rows by response key ({@link RowFetcher}). With a single instrumentation
 * graphql-java calls no chain of no-op hooks for every field it resolves (measured: the chain and Spring's
 * per-field observations cost more than the database work of a page).
 * <p>
 * graphql-java's checks walk the whole operation on every request (a tenth of the CPU of a small answer, measured
 * by bench/profile.sh). Their outcome depends only on the document, the operation and the values of the variables
 * that {@code @include}, {@code @skip} or any other directive reads, so an operation that passed is remembered by
 * that key against its parsed document (which the document cache hands out again) and not walked again; one that
 * failed is walked every time, for graphql-java's own error.
 */
public class ServiceInstrumentation extends SimplePerformantInstrumentation {

	private final MaxQueryDepthInstrumentation depth;

	private final MaxQueryComplexityInstrumentation complexity;

	/** Documents by identity (the document cache's), each with the keys of its operations that passed. */
	private final Cache<Document, Passed> passed = Caffeine.newBuilder().weakKeys().maximumSize(2000).build();

	public ServiceInstrumentation(int maxDepth, int maxComplexity) {
		this.depth = new MaxQueryDepthInstrumentation(maxDepth);
		this.complexity = new MaxQueryComplexityInstrumentation(maxComplexity);
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		// every object below a root is a translated row: property fetchers read it by response key where the
		// request aliases a field, without building an environment otherwise
		return parameters.isTrivialDataFetcher() ? new RowFetcher(dataFetcher) : dataFetcher;
	}

	@Override
	public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
		return this.complexity.createStateAsync(parameters);
	}

	@Override
	public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
			InstrumentationState state) {
		return this.complexity.beginValidation(parameters, state);
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		Passed document = this.passed.get(context.getDocument(), Passed::of);
		List<Object> key = document.key(context.getExecutionInput().getOperationName(),
				context.getCoercedVariables().toMap());
		if (!document.passed(key)) {
			this.depth.beginExecuteOperation(parameters, null);
			this.complexity.beginExecuteOperation(parameters, state);
			document.add(key);
		}
		// the operation that runs, named or not in the request, for the request's metrics and log line
		String name = parameters.getExecutionContext().getOperationDefinition().getName();
		if (name != null) {
			parameters.getExecutionContext().getGraphQLContext().put(RequestMetrics.OPERATION, name);
		}
		return SimpleInstrumentationContext.noOp();
	}

	/**
	 * The operations of one document that passed the checks: each key is the operation's name and the values of
	 * the variables its directives read (kept to a few hundred keys a document).
	 */
	private static final class Passed {

		private static final int MAX_KEYS = 256;

		private final List<String> variables;

		private final Set<List<Object>> keys = ConcurrentHashMap.newKeySet();

		private Passed(List<String> variables) {
			this.variables = variables;
		}

		static Passed of(Document document) {
			Set<String> names = new TreeSet<>();
			new NodeTraverser().depthFirst(new NodeVisitorStub() {
				@Override
				public TraversalControl visitVariableReference(VariableReference node, TraverserContext<Node> context) {
					if (context.getParentNodes().stream().anyMatch(Directive.class::isInstance)) {
						names.add(node.getName());
					}
					return TraversalControl.CONTINUE;
				}
			}, document);
			return new Passed(List.copyOf(names));
		}

		List<Object> key(String operationName, Map<String, Object> variables) {
			List<Object> key = new ArrayList<>(this.variables.size() + 1);
			key.add(operationName);
			for (String name : this.variables) {
				key.add(variables.containsKey(name) ? Collections.singletonList(variables.get(name)) : List.of());
			}
			return key;
		}

		boolean passed(List<Object> key) {
			return this.keys.contains(key);
		}

		void add(List<Object> key) {
			if (this.keys.size() < MAX_KEYS) {
				this.keys.add(key);
			}
		}

	}

}

package uk.gov.inspectiongraph.web;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.schema.DataFetcher;
import graphql.validation.ValidationError;

import uk.gov.inspectiongraph.query.RowFetcher;

/**
 * The one instrumentation of the service: query depth and complexity limits (graphql-java's own checks) and
 * object fields read from their translated rows by response key ({@link RowFetcher}). With a single instrumentation
 * graphql-java calls no chain of no-op hooks for every field it resolves (measured: the chain and Spring's
 * per-field observations cost more than the database work of a page).
 */
public class ServiceInstrumentation extends SimplePerformantInstrumentation {

	private final MaxQueryDepthInstrumentation depth;

	private final MaxQueryComplexityInstrumentation complexity;

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
		this.depth.beginExecuteOperation(parameters, null);
		this.complexity.beginExecuteOperation(parameters, state);
		// the operation that runs, named or not in the request, for the request's metrics and log line
		String name = parameters.getExecutionContext().getOperationDefinition().getName();
		if (name != null) {
			parameters.getExecutionContext().getGraphQLContext().put(RequestMetrics.OPERATION, name);
		}
		return SimpleInstrumentationContext.noOp();
	}

}

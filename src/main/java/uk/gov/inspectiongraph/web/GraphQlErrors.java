package uk.gov.inspectiongraph.web;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

import uk.gov.inspectiongraph.query.BadRequestException;
import uk.gov.inspectiongraph.query.NotFoundException;

/** Turns exceptions into classified GraphQL errors with clear messages and never a stack trace. */
@ControllerAdvice
class GraphQlErrors {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

	@GraphQlExceptionHandler
	GraphQLError badRequest(BadRequestException ex, DataFetchingEnvironment env) {
		return error(env, ErrorType.BAD_REQUEST, ex.getMessage());
	}

	@GraphQlExceptionHandler
	GraphQLError notFound(NotFoundException ex, DataFetchingEnvironment env) {
		return error(env, ErrorType.NOT_FOUND, ex.getMessage());
	}

	@GraphQlExceptionHandler
	GraphQLError database(ClientException ex, DataFetchingEnvironment env) {
		if (ex.code() != null && ex.code().contains("TransactionTimedOut")) {
			return error(env, ErrorType.INTERNAL_ERROR, "the query took longer than the request timeout allows");
		}
		log.warn("Database refused a query for {}: {}", env.getExecutionStepInfo().getPath(), ex.getMessage());
		return error(env, ErrorType.INTERNAL_ERROR, "the database could not answer this field");
	}

	@GraphQlExceptionHandler
	GraphQLError transientError(TransientException ex, DataFetchingEnvironment env) {
		String message = ex.code() != null && ex.code().contains("Timed")
				? "the query took longer than the request timeout allows" : "the database is busy; try again";
		return error(env, ErrorType.INTERNAL_ERROR, message);
	}

	/** The classification of an answer the database could not give because it is unreachable (HTTP 503). */
	static final ErrorClassification UNAVAILABLE = ErrorClassification.errorClassification("UNAVAILABLE");

	/** The database cannot be reached, or the connection to it was lost. */
	@GraphQlExceptionHandler({ ServiceUnavailableException.class, SessionExpiredException.class })
	GraphQLError unavailable(Neo4jException ex, DataFetchingEnvironment env) {
		log.warn("Database unreachable for {}: {}", env.getExecutionStepInfo().getPath(), ex.getMessage());
		return error(env, UNAVAILABLE, "the database is unavailable; try again shortly");
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorClassification type, String message) {
		return GraphQLError.newError()
			.errorType(type)
			.message(message)
			.path(env.getExecutionStepInfo().getPath())
			.location(env.getField().getSourceLocation())
			.build();
	}

}

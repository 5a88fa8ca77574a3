package uk.gov.inspectiongraph.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * {@code GET /graphql} as GraphQL over HTTP allows it: {@code query}, {@code operationName}, and
 * {@code variables} and {@code extensions} as JSON, in the query string. The request is handed to the same
 * handler as a POST (interceptors, errors, status codes), so a GET answers exactly as the POST would. A mutation
 * or subscription is never run over GET: 405 with {@code Allow: POST}. Ordered before Spring Boot's route, which
 * answers every GET with 405.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class GetRequests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Bean
	@Order(0)
	RouterFunction<ServerResponse> graphQlGet(GraphQlHttpHandler handler, GraphQlProperties graphQl) {
		return RouterFunctions.route().GET(graphQl.getHttp().getPath(), request -> handle(handler, request)).build();
	}

	private static ServerResponse handle(GraphQlHttpHandler handler, ServerRequest request) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		String query = request.param("query").orElse(null);
		String operationName = request.param("operationName").filter(s -> !s.isBlank()).orElse(null);
		try {
			body.put("query", query);
			body.put("operationName", operationName);
			body.put("variables", json(request, "variables"));
			body.put("extensions", json(request, "extensions"));
		}
		catch (IllegalArgumentException ex) {
			return error(ServerResponse.badRequest(), ex.getMessage());
		}
		if (query == null && body.get("extensions") == null) {
			return error(ServerResponse.badRequest(), "a GET needs a 'query' parameter (or a persisted document's hash in 'extensions')");
		}
		if (query != null && !readsOnly(query, operationName)) {
			return error(ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, "POST"),
					"mutations and subscriptions are not allowed over GET; use POST");
		}
		ServerRequest post = ServerRequest.from(request)
			.method(HttpMethod.POST)
			.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
			.body(JSON.writeValueAsString(body))
			.build();
		return handler.handleRequest(post);
	}

	/** Whether the operation a GET would run is a query (a document that does not parse is left to the handler). */
	private static boolean readsOnly(String query, String operationName) {
		Document document;
		try {
			document = Parser.parse(query);
		}
		catch (InvalidSyntaxException ex) {
			return true;
		}
		return document.getDefinitionsOfType(OperationDefinition.class)
			.stream()
			.filter(op -> operationName == null || operationName.equals(op.getName()))
			.allMatch(op -> op.getOperation() == OperationDefinition.Operation.QUERY);
	}

	private static Object json(ServerRequest request, String name) {
		String value = request.param(name).filter(s -> !s.isBlank()).orElse(null);
		if (value == null) {
			return null;
		}
		try {
			Object parsed = JSON.readValue(value, Object.class);
			if (!(parsed instanceof Map)) {
				throw new IllegalArgumentException("'" + name + "' must be a JSON object");
			}
			return parsed;
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("'" + name + "' is not valid JSON: " + ex.getOriginalMessage());
		}
	}

	/** A GraphQL-shaped error answer, not run: {@code {"errors": [{"message": ...}]}}. */
	private static ServerResponse error(ServerResponse.BodyBuilder response, String message) {
		return response.contentType(MediaType.APPLICATION_JSON).body(Map.of("errors", List.of(Map.of("message", message))));
	}

}

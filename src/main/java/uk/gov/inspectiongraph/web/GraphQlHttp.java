package uk.gov.inspectiongraph.web;

import java.util.concurrent.CompletableFuture;

import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.AsyncServerResponse;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The {@code /graphql} HTTP handler, Spring for GraphQL's own with two changes:
 * <ul>
 * <li>An answer that failed because the database is unreachable is HTTP 503 for clients that accept
 * {@code application/graphql-response+json} (GraphQL over HTTP lets such a client rely on the status), so
 * load balancers and retrying clients see the outage; plain {@code application/json} clients keep the 200
 * that format requires.</li>
 * <li>An answer already complete when the handler returns (every query here runs on the request thread) is
 * written at once, instead of through Spring MVC's asynchronous dispatch: that second dispatch hands the
 * request to another container thread and runs the filter chain again (docs/benchmarks.md).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlHttp {

	@Bean
	GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler) {
		return new GraphQlHttpHandler(handler) {

			@Override
			protected ServerResponse prepareResponse(ServerRequest request, Mono<WebGraphQlResponse> responseMono) {
				CompletableFuture<WebGraphQlResponse> answer = responseMono.toFuture();
				if (answer.isDone() && !answer.isCompletedExceptionally()) {
					ServerResponse response = super.prepareResponse(request, Mono.just(answer.join()));
					return response instanceof AsyncServerResponse async ? async.block() : response;
				}
				return super.prepareResponse(request, Mono.fromFuture(answer));
			}

			@Override
			protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType mediaType) {
				if (MediaType.APPLICATION_GRAPHQL_RESPONSE.isCompatibleWith(mediaType) && response.getErrors()
					.stream()
					.anyMatch(e -> GraphQlErrors.UNAVAILABLE.equals(e.getErrorType()))) {
					return HttpStatus.SERVICE_UNAVAILABLE;
				}
				return super.selectResponseStatus(response, mediaType);
			}

		};
	}

}

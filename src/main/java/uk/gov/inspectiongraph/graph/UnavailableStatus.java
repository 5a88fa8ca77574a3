package uk.gov.inspectiongraph.graph;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * An answer that failed because the database is unreachable is HTTP 503 for clients that accept
 * {@code application/graphql-response+json} (GraphQL over HTTP lets such a client rely on the status), so load
 * balancers and retrying clients see the outage; plain {@code application/json} clients keep the 200 that
 * format requires.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class UnavailableStatus {

	@Bean
	GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler) {
		return new GraphQlHttpHandler(handler) {

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

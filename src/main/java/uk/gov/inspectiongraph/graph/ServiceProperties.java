package uk.gov.inspectiongraph.graph;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's own settings ({@code inspection-graph.*} in {@code application.yml}).
 *
 * @param queryTimeout per-request timeout carried into every read transaction
 * @param exportTimeout timeout of the one read transaction an export streams from
 * @param documentCacheSize parsed and validated GraphQL documents kept, by their text
 * @param maxQueryDepth deepest selection a request may make
 * @param maxQueryComplexity most fields (list fields counted by their page size) a request may select
 * @param http HTTP caching of GET requests
 */
@ConfigurationProperties("inspection-graph")
public record ServiceProperties(@DefaultValue("10s") Duration queryTimeout, @DefaultValue("10m") Duration exportTimeout,
		@DefaultValue("500") int documentCacheSize, @DefaultValue("12") int maxQueryDepth,
		@DefaultValue("5000") int maxQueryComplexity, @DefaultValue Http http) {

	/** @param cacheControl Cache-Control of every GET of /graphql and /export/** */
	public record Http(@DefaultValue("no-cache") String cacheControl) {
	}

}

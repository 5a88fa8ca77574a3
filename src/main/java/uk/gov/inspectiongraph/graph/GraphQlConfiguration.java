package uk.gov.inspectiongraph.graph;

import graphql.scalars.ExtendedScalars;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** GraphQL wiring: the Date scalar, a cache of parsed documents, and limits on query depth and complexity. */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	@Bean
	RuntimeWiringConfigurer scalars() {
		return wiring -> wiring.scalar(ExtendedScalars.Date);
	}

	@Bean
	GraphQlSourceBuilderCustomizer documentCache(@Value("${inspection-graph.document-cache-size:500}") int size) {
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(new DocumentCache(size)));
	}

	@Bean
	ServiceInstrumentation instrumentation(@Value("${inspection-graph.max-query-depth:12}") int depth,
			@Value("${inspection-graph.max-query-complexity:5000}") int complexity, PrefetchedFields prefetched) {
		return new ServiceInstrumentation(depth, complexity, prefetched);
	}

}

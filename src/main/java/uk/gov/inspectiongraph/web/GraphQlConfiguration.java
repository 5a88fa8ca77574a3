package uk.gov.inspectiongraph.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import graphql.scalars.ExtendedScalars;
import graphql.schema.DataFetcher;
import graphql.schema.TypeResolver;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.UnionWiringEnvironment;
import graphql.schema.idl.WiringFactory;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

import uk.gov.inspectiongraph.graph.ServiceProperties;
import uk.gov.inspectiongraph.query.Page;
import uk.gov.inspectiongraph.query.RowCompletion;
import uk.gov.inspectiongraph.query.Translator;

/**
 * GraphQL wiring: the Date scalar, the reading of translated rows (cursors encoded, union members typed by
 * the {@link Translator#TYPE_KEY} entry), persisted documents and a cache of parsed ones, and limits on query
 * depth and complexity.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	@Bean
	RuntimeWiringConfigurer wiring() {
		return new RuntimeWiringConfigurer() {

			@Override
			public void configure(RuntimeWiring.Builder wiring) {
				wiring.scalar(ExtendedScalars.Date);
			}

			@Override
			public void configure(RuntimeWiring.Builder wiring, List<WiringFactory> factories) {
				factories.add(new TranslatedRows());
			}

		};
	}

	/**
	 * Boot adapts every {@code *Connection} field to Spring Data's {@code Window} and {@code Slice} once Spring
	 * Data is on the classpath (a customizer it registers without a condition). Connections here are translated
	 * whole, as rows; the adaptation would reject them. Its customizer is removed before it is created.
	 */
	@Bean
	static BeanFactoryPostProcessor noSpringDataConnectionAdaptation() {
		return beanFactory -> {
			if (beanFactory instanceof BeanDefinitionRegistry registry && registry.containsBeanDefinition(CONNECTION_ADAPTATION)) {
				registry.removeBeanDefinition(CONNECTION_ADAPTATION);
			}
		};
	}

	/** The name of Boot's bean that adds Spring Data's connection adaptation. */
	static final String CONNECTION_ADAPTATION = "cursorStrategyCustomizer";

	/** The contract's operations, registered by hash at start; other documents cached by their text. */
	@Bean
	PersistedDocuments persistedDocuments(ServiceProperties properties, MeterRegistry registry,
			@Value("classpath:static/contract.graphql") Resource contract) throws IOException {
		return PersistedDocuments.of(contract.getContentAsString(StandardCharsets.UTF_8),
				new DocumentCache(properties.documentCacheSize(), registry));
	}

	@Bean
	GraphQlSourceBuilderCustomizer documents(PersistedDocuments documents, RowCompletion rows) {
		// translated rows completed in one walk (RowCompletion), graphql-java's completion where the walk gives up
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(documents)
			.queryExecutionStrategy(rows.handling(graphQl)));
	}

	/** How translated rows become the answer ({@code inspection-graph.row-completion}: row, fields or both). */
	@Bean
	RowCompletion rowCompletion(@Value("${inspection-graph.row-completion:row}") String mode) {
		return new RowCompletion(RowCompletion.Mode.of(mode));
	}

	@Bean
	ServiceInstrumentation instrumentation(ServiceProperties properties) {
		return new ServiceInstrumentation(properties.maxQueryDepth(), properties.maxQueryComplexity());
	}

	/** Cursor fields encode the position the translated row carries; union members name their type (the schema has no interfaces). */
	private static final class TranslatedRows implements WiringFactory {

		@Override
		public boolean providesDataFetcher(FieldWiringEnvironment env) {
			return Page.isCursor(env.getParentType().getName(), env.getFieldDefinition().getName());
		}

		@Override
		public DataFetcher<?> getDataFetcher(FieldWiringEnvironment env) {
			return Page.CURSOR;
		}

		@Override
		public boolean providesTypeResolver(UnionWiringEnvironment env) {
			return true;
		}

		@Override
		public TypeResolver getTypeResolver(UnionWiringEnvironment env) {
			return Translator.BY_TYPE_KEY;
		}

	}

}

package uk.gov.inspectiongraph.graph;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.boot.neo4j.autoconfigure.Neo4jAutoConfiguration;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Starts Neo4j in-process and points the driver at it, unless {@code spring.neo4j.uri} is set or another
 * {@link Neo4jConnectionDetails} (a Testcontainers {@code @ServiceConnection}) exists.
 */
@AutoConfiguration(before = Neo4jAutoConfiguration.class)
@ConditionalOnProperty(prefix = "spring.neo4j", name = "uri", matchIfMissing = true, havingValue = "embedded")
@ConditionalOnMissingBean(Neo4jConnectionDetails.class)
@EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
public class EmbeddedNeo4jAutoConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties, Environment environment) {
		return EmbeddedNeo4jEarlyStart.take(properties, EmbeddedNeo4jEarlyStart.seed(properties, environment));
	}

	/**
	 * The in-process database cannot be away while this process runs, so the driver never fails fast on it: a
	 * busy machine (start-up, migrations and imports while the CPU is saturated) is waited for, up to these
	 * timeouts, instead of the external server's seconds (application.yml's {@code spring.neo4j.*}).
	 */
	@Bean
	ConfigBuilderCustomizer embeddedNeo4jPatience() {
		return builder -> builder.withConnectionAcquisitionTimeout(2, TimeUnit.MINUTES)
			.withConnectionTimeout(1, TimeUnit.MINUTES)
			.withMaxTransactionRetryTime(30, TimeUnit.SECONDS);
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j neo4j) {
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return neo4j.boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return AuthTokens.none();
			}
		};
	}

}

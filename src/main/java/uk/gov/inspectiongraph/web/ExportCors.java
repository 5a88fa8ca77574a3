package uk.gov.inspectiongraph.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The exports answer cross-origin requests exactly as {@code /graphql} does: one configuration,
 * {@code spring.graphql.cors.*} (off until {@code allowed-origins} or {@code allowed-origin-patterns} is set).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ExportCors implements WebMvcConfigurer {

	private final GraphQlCorsProperties cors;

	ExportCors(GraphQlCorsProperties cors) {
		this.cors = cors;
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		CorsConfiguration configuration = this.cors.toCorsConfiguration();
		if (configuration == null) {
			return;
		}
		registry.addMapping("/export/**")
			.combine(configuration)
			.allowedMethods("GET", "HEAD")
			.exposedHeaders("ETag", "Content-Disposition");
	}

}

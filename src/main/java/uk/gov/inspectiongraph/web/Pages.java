package uk.gov.inspectiongraph.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The pages' addresses: the explorer is {@code /} (static/index.html), the dashboard {@code /dashboard}
 * (static/dashboard/index.html). Their scripts and styles are static resources and WebJars in the jar.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class Pages implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/dashboard").setViewName("forward:/dashboard/index.html");
		registry.addRedirectViewController("/dashboard/", "/dashboard");
	}

}

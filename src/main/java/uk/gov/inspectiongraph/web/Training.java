package uk.gov.inspectiongraph.web;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * A training run ({@code --inspection-graph.training-requests=N}): once ready, the service sends itself every
 * contract operation N times over HTTP ({@link SelfRequests}), then exits. {@code ./run} starts it once
 * under JDK 25's {@code -XX:AOTCacheOutput}, so that the AOT cache holds the classes, their linking and the
 * method profiles of real requests, and a later start runs at full speed within seconds.
 */
@Component
@ConditionalOnProperty(name = "inspection-graph.training-requests")
class Training {

	private static final Logger log = LoggerFactory.getLogger(Training.class);

	private final int requests;

	private final Resource contract;

	Training(@Value("${inspection-graph.training-requests}") int requests,
			@Value("classpath:static/contract.graphql") Resource contract) {
		this.requests = requests;
		this.contract = contract;
	}

	@EventListener
	void train(ApplicationReadyEvent ready) throws IOException, InterruptedException {
		ConfigurableApplicationContext context = ready.getApplicationContext();
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		SelfRequests self = new SelfRequests(port, this.contract);
		int failed = 0;
		for (int i = 0; i < this.requests; i++) {
			failed += self.sendEach();
		}
		int sent = this.requests * self.operations();
		// some example variables name nothing (an owner called "OMiC"): a NOT_FOUND answer trains all the same
		log.info("Training: {} requests sent, {} answered with an error", sent, failed);
		System.exit(SpringApplication.exit(context, () -> 0));
	}

}

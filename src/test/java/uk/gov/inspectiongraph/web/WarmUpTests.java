package uk.gov.inspectiongraph.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import uk.gov.inspectiongraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class WarmUpTests {

	@Autowired
	WarmUp warmUp;

	@Autowired
	MeterRegistry registry;

	@Test
	void aWarmUpSendsEveryContractOperationFromEachThreadThroughHttp() throws Exception {
		long operations = Pattern.compile("(?m)^query \\w+").matcher(contract()).results().count();
		long before = graphQlRequests();
		WarmUp.Sent sent = this.warmUp.warm(Duration.ZERO, 2);
		// one round from each of two threads, each request answered by the service's own /graphql
		assertThat(sent.requests()).isEqualTo(2 * operations).isGreaterThan(10);
		assertThat(graphQlRequests() - before).isEqualTo(sent.requests());
		// GraphiQL's example variables find what most operations ask for
		assertThat(sent.errors()).isLessThan(sent.requests() / 2);
	}

	private long graphQlRequests() {
		return this.registry.find("http.server.requests").tag("uri", "/graphql").timers().stream().mapToLong(Timer::count).sum();
	}

	private static String contract() throws IOException {
		return new ClassPathResource("static/contract.graphql").getContentAsString(StandardCharsets.UTF_8);
	}

}

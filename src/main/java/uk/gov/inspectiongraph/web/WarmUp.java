package uk.gov.inspectiongraph.web;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Warm before ready ({@code inspection-graph.warm-up}, a duration; 0 turns it off): once the web server listens
 * and before the service reports itself ready (the readiness probe says OUT_OF_SERVICE meanwhile), it sends
 * itself every contract operation over HTTP ({@link SelfRequests}) from one thread per core, until the time is up.
 * The JIT compiles the request's whole way and Neo4j plans every contract query while no user waits; a
 * restarted or scaled-out replica then takes traffic at close to its steady speed (docs/benchmarks.md, "CPU per
 * request and warm-up"). A failed warm-up request is logged and never stops the start. The import command has
 * no web server, and no warm-up.
 */
@Component
@ConditionalOnWebApplication
class WarmUp implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

	private final Duration duration;

	private final Resource contract;

	private final WebServerApplicationContext context;

	WarmUp(@Value("${inspection-graph.warm-up}") Duration duration,
			@Value("classpath:static/contract.graphql") Resource contract, WebServerApplicationContext context) {
		this.duration = duration;
		this.contract = contract;
		this.context = context;
	}

	/** Requests sent and answered with an error. */
	record Sent(int requests, int errors) {
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (this.duration.isZero() || this.duration.isNegative()) {
			return;
		}
		long started = System.nanoTime();
		try {
			Sent sent = warm(this.duration, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
			log.info("Warm-up: {} requests in {} ms before readiness ({} answered with an error, as some example "
					+ "variables name nothing)", sent.requests(), (System.nanoTime() - started) / 1_000_000, sent.errors());
		}
		catch (IOException | ExecutionException | RuntimeException ex) {
			log.warn("Warm-up stopped: {}", ex.toString());
		}
	}

	/** Rounds of every contract operation from {@code threads} threads until {@code duration} has passed (one round at least). */
	Sent warm(Duration duration, int threads) throws IOException, InterruptedException, ExecutionException {
		SelfRequests self = new SelfRequests(this.context.getWebServer().getPort(), this.contract);
		long deadline = System.nanoTime() + duration.toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<Sent>> workers = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				workers.add(pool.submit(() -> {
					int rounds = 0;
					int errors = 0;
					do {
						errors += self.sendEach();
						rounds++;
					}
					while (System.nanoTime() < deadline);
					return new Sent(rounds * self.operations(), errors);
				}));
			}
			int requests = 0;
			int errors = 0;
			for (Future<Sent> worker : workers) {
				Sent one = worker.get();
				requests += one.requests();
				errors += one.errors();
			}
			return new Sent(requests, errors);
		}
		finally {
			pool.shutdownNow();
		}
	}

}

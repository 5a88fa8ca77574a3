package uk.gov.inspectiongraph.web;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Keeps parsed and validated GraphQL documents by their text, so that dashboards polling the same operations
 * skip parsing and validation (measured: the contract document holds twelve operations, all validated on
 * every request). Bounded (Caffeine, by size); its hits, misses and evictions are the metrics
 * {@code cache.*{cache="graphql.documents"}}. A document with errors is never kept.
 */
final class DocumentCache implements PreparsedDocumentProvider {

	private final Cache<String, PreparsedDocumentEntry> entries;

	DocumentCache(int size, MeterRegistry registry) {
		this.entries = Caffeine.newBuilder().maximumSize(size).recordStats().build();
		CaffeineCacheMetrics.monitor(registry, this.entries, "graphql.documents");
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		PreparsedDocumentEntry entry = this.entries.getIfPresent(input.getQuery());
		if (entry == null) {
			entry = parseAndValidate.apply(input);
			if (!entry.hasErrors()) {
				this.entries.put(input.getQuery(), entry);
			}
		}
		return CompletableFuture.completedFuture(entry);
	}

}

package uk.gov.inspectiongraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.GraphQLContext;
import org.neo4j.driver.Value;

import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

/**
 * Loads a nested field for a whole batch of parents: from the rows the request's translated query already
 * returned ({@link Prefetched}), else with one Cypher query for the parents that lack it. The query receives
 * {@code $ids} and returns rows with {@code key} (a parent's key) and {@code items} (a list of map projections)
 * or {@code item} (one value).
 */
@Component
public class Batches {

	private final Graph graph;

	public Batches(Graph graph) {
		this.graph = graph;
	}

	public <P extends Node, T> Map<P, List<T>> lists(GraphQLContext context, String field, Collection<P> parents,
			Function<P, String> keyOf, String cypher, Function<Value, T> mapper) {
		Map<P, List<T>> result = new LinkedHashMap<>();
		List<P> missing = new ArrayList<>();
		for (P parent : parents) {
			Value prefetched = Prefetched.field(context, parent, field);
			if (prefetched != null) {
				result.put(parent, Prefetched.readAll(context, prefetched, mapper));
			}
			else {
				missing.add(parent);
			}
		}
		if (!missing.isEmpty()) {
			Map<String, List<T>> byKey = new HashMap<>();
			this.graph.read(cypher, Map.of("ids", missing.stream().map(keyOf).distinct().toList()), r -> {
				byKey.put(r.get("key").asString(), r.get("items").asList(mapper::apply));
				return null;
			});
			for (P parent : missing) {
				result.put(parent, byKey.getOrDefault(keyOf.apply(parent), List.of()));
			}
		}
		return result;
	}

	/**
	 * Registers a named batch loader of a list field, for resolvers that take arguments (and so cannot be a
	 * {@code @BatchMapping}): same prefetch-or-query behaviour as {@link #lists}.
	 */
	public <P extends Node, T> void registerLists(BatchLoaderRegistry registry, String name, String field,
			Function<P, String> keyOf, String cypher, Function<Value, T> mapper) {
		registry.<P, List<T>>forName(name)
			.registerMappedBatchLoader((parents, env) -> Mono.fromCallable(
					() -> lists((GraphQLContext) env.getContext(), field, parents, keyOf, cypher, mapper)));
	}

	/** One value per parent (absent when null). */
	public <P extends Node, T> Map<P, T> singles(GraphQLContext context, String field, Collection<P> parents,
			Function<P, String> keyOf, String cypher, Function<Value, T> mapper) {
		Map<P, T> result = new LinkedHashMap<>();
		List<P> missing = new ArrayList<>();
		for (P parent : parents) {
			Value prefetched = Prefetched.field(context, parent, field);
			if (prefetched != null) {
				if (!prefetched.isNull()) {
					result.put(parent, Prefetched.read(context, prefetched, mapper));
				}
			}
			else {
				missing.add(parent);
			}
		}
		if (!missing.isEmpty()) {
			Map<String, T> byKey = new HashMap<>();
			this.graph.read(cypher, Map.of("ids", missing.stream().map(keyOf).distinct().toList()), r -> {
				if (!r.get("item").isNull()) {
					byKey.put(r.get("key").asString(), mapper.apply(r.get("item")));
				}
				return null;
			});
			for (P parent : missing) {
				T value = byKey.get(keyOf.apply(parent));
				if (value != null) {
					result.put(parent, value);
				}
			}
		}
		return result;
	}

}

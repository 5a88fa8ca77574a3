package uk.gov.inspectiongraph.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * One Cypher query for a whole batch of parents: the query receives {@code $ids} and returns rows with
 * {@code key} (a parent id) and {@code items} (a list of map projections), in the parents' order.
 */
@Component
public class Batches {

	private final Graph graph;

	public Batches(Graph graph) {
		this.graph = graph;
	}

	public <P, T> Map<P, List<T>> lists(Collection<P> parents, Function<P, String> idOf, String cypher,
			Function<Value, T> mapper) {
		return lists(parents, idOf, cypher, Map.of(), mapper);
	}

	public <P, T> Map<P, List<T>> lists(Collection<P> parents, Function<P, String> idOf, String cypher,
			Map<String, Object> extra, Function<Value, T> mapper) {
		Map<String, Object> params = new HashMap<>(extra);
		params.put("ids", parents.stream().map(idOf).distinct().toList());
		Map<String, List<T>> byId = new HashMap<>();
		this.graph.read(cypher, params, r -> {
			byId.put(r.get("key").asString(), r.get("items").asList(mapper::apply));
			return null;
		});
		Map<P, List<T>> result = new LinkedHashMap<>();
		for (P parent : parents) {
			result.put(parent, byId.getOrDefault(idOf.apply(parent), List.of()));
		}
		return result;
	}

	/** One value per parent: rows with {@code key} and {@code item} (null when absent). */
	public <P, T> Map<P, T> singles(Collection<P> parents, Function<P, String> idOf, String cypher,
			Function<Value, T> mapper) {
		Map<String, T> byId = new HashMap<>();
		this.graph.read(cypher, Map.of("ids", parents.stream().map(idOf).distinct().toList()), r -> {
			if (!r.get("item").isNull()) {
				byId.put(r.get("key").asString(), mapper.apply(r.get("item")));
			}
			return null;
		});
		Map<P, T> result = new LinkedHashMap<>();
		for (P parent : parents) {
			T value = byId.get(idOf.apply(parent));
			if (value != null) {
				result.put(parent, value);
			}
		}
		return result;
	}

}

package uk.gov.inspectiongraph.graph;

import java.util.HashMap;
import java.util.Map;

import graphql.GraphQLContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/**
 * The nested rows one translated query returned for a request, by node id and field, kept in the request's
 * GraphQL context so that the batch resolvers of nested fields answer from them instead of querying again.
 */
public final class Prefetched {

	private static final String KEY = Prefetched.class.getName();

	private static final Value CONFLICT = org.neo4j.driver.Values.value("conflicting prefetched rows");

	private final Map<String, Map<String, Value>> fieldsById = new HashMap<>();

	private Prefetched() {
	}

	/** Registers every node map (one with an {@code id}) in a returned value, at any depth. */
	public static void register(GraphQLContext context, Value value) {
		Prefetched store = context.computeIfAbsent(KEY, k -> new Prefetched());
		synchronized (store) {
			store.walk(value);
		}
	}

	/** The prefetched value of a node's field, or null when it was not part of the translated query. */
	public static Value field(GraphQLContext context, String id, String field) {
		Prefetched store = context == null ? null : context.get(KEY);
		if (store == null) {
			return null;
		}
		synchronized (store) {
			Map<String, Value> fields = store.fieldsById.get(id);
			Value value = fields == null ? null : fields.get(field);
			return value == CONFLICT ? null : value;
		}
	}

	private void walk(Value value) {
		if (value == null || value.isNull()) {
			return;
		}
		String type = value.type().name();
		if (type.startsWith("LIST")) {
			value.values().forEach(this::walk);
		}
		else if (type.equals("MAP") || type.equals("NODE")) {
			MapAccessor map = value;
			if (map.containsKey("id") && !map.get("id").isNull()) {
				Map<String, Value> fields = this.fieldsById.computeIfAbsent(map.get("id").asString(), k -> new HashMap<>());
				for (String key : map.keys()) {
					Value row = map.get(key);
					Value earlier = fields.putIfAbsent(key, row);
					if (earlier != null && earlier != CONFLICT && !earlier.equals(row)) {
						// two root fields selected different things under the same node's field: neither row
						// answers both, so the field falls back to batch loading with full projections
						fields.put(key, CONFLICT);
					}
				}
			}
			for (String key : map.keys()) {
				walk(map.get(key));
			}
		}
	}

}

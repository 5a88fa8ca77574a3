package uk.gov.inspectiongraph.graph;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.GraphQLContext;
import org.neo4j.driver.Value;

/**
 * The rows one translated query returned for a request: each object read from a row remembers it (by
 * identity, in the request's GraphQL context), so the resolvers of its nested fields answer from the row
 * instead of querying again. An object reached along two paths of a request is two objects, each with the
 * row its own path selected.
 */
public final class Prefetched {

	private static final String KEY = Prefetched.class.getName();

	private final Map<Object, Value> rows = Collections.synchronizedMap(new IdentityHashMap<>());

	private Prefetched() {
	}

	/** Reads a row with {@code mapper} and remembers the row of the object it made. */
	public static <T> T read(GraphQLContext context, Value row, Function<Value, T> mapper) {
		T object = mapper.apply(row);
		if (object != null && context != null) {
			context.computeIfAbsent(KEY, k -> new Prefetched()).rows.put(object, row);
		}
		return object;
	}

	/** Reads a list of rows with {@link #read}. */
	public static <T> List<T> readAll(GraphQLContext context, Value rows, Function<Value, T> mapper) {
		return rows.asList(row -> read(context, row, mapper));
	}

	/** The prefetched value of an object's field, or null when its row does not carry the field. */
	public static Value field(GraphQLContext context, Object object, String field) {
		Prefetched store = context == null ? null : context.get(KEY);
		Value row = store == null ? null : store.rows.get(object);
		return row == null || !row.containsKey(field) ? null : row.get(field);
	}

}

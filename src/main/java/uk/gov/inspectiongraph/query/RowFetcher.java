package uk.gov.inspectiongraph.query;

import java.util.Map;
import java.util.function.Supplier;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;

/**
 * Reads an object field from its translated row by response key. A row of a request without aliases is keyed
 * by field name, and graphql-java's own property fetcher (the delegate) reads it without building an
 * environment; an {@link AliasedRow} is read by the response key of the field being resolved.
 */
public final class RowFetcher implements LightDataFetcher<Object> {

	private final DataFetcher<?> delegate;

	public RowFetcher(DataFetcher<?> delegate) {
		this.delegate = delegate;
	}

	@Override
	public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> env)
			throws Exception {
		if (source instanceof AliasedRow row && !definition.getName().startsWith("__")) {
			return row.get(env.get().getField().getResultKey());
		}
		if (this.delegate instanceof LightDataFetcher<?> light) {
			return light.get(definition, source, env);
		}
		return this.delegate.get(env.get());
	}

	@Override
	public Object get(DataFetchingEnvironment env) throws Exception {
		return get(env.getFieldDefinition(), env.getSource(), () -> env);
	}

	/** The value of the field being resolved in a row (by response key), or null. */
	public static Object value(DataFetchingEnvironment env) {
		Object source = env.getSource();
		return source instanceof Map<?, ?> map ? map.get(env.getField().getResultKey()) : null;
	}

}

package uk.gov.inspectiongraph.graph;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLTypeUtil;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Answers a relationship field straight from the row the request's translated query returned
 * ({@link Prefetched}), without a DataLoader round: measured on the query benchmark, the batch machinery cost
 * more per page than the database did. The controllers' resolvers stay the one definition of each field and
 * answer whatever was not prefetched (aliased fields, non-default arguments).
 */
@Component
public class PrefetchedFields {

	private final Map<String, Function<Value, ?>> mappers = new ConcurrentHashMap<>(Map.of("Int", Value::asInt));

	/** How a row of the GraphQL type {@code type} becomes the object its resolvers expect. */
	public void register(String type, Function<Value, ?> mapper) {
		this.mappers.put(type, mapper);
	}

	/** The fetcher of a field: the original, or one that first looks for the prefetched value. */
	DataFetcher<?> wrap(DataFetcher<?> fetcher, DataFetchingEnvironment env) {
		if (!(env.getParentType() instanceof GraphQLObjectType parent)
				|| !Prefetch.translates(parent.getName(), env.getField().getName())) {
			return fetcher;
		}
		Function<Value, ?> mapper = this.mappers.get(((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(env.getFieldType())).getName());
		if (mapper == null) {
			return fetcher;
		}
		boolean list = GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(env.getFieldType()));
		return e -> {
			if (e.getSource() instanceof Node node && e.getField().getAlias() == null && defaults(e.getArguments())) {
				Value value = Prefetched.field(e.getGraphQlContext(), node, e.getField().getName());
				if (value != null) {
					return value.isNull() ? null
							: (list ? Prefetched.readAll(e.getGraphQlContext(), value, mapper)
									: Prefetched.read(e.getGraphQlContext(), value, mapper));
				}
			}
			return fetcher.get(e);
		};
	}

	/** Arguments at their defaults (the filters, like topLevelOnly, are off): the prefetched list is the answer. */
	private static boolean defaults(Map<String, Object> arguments) {
		for (Object value : arguments.values()) {
			if (value != null && !Boolean.FALSE.equals(value)) {
				return false;
			}
		}
		return true;
	}

}

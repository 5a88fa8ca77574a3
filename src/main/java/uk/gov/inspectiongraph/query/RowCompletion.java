package uk.gov.inspectiongraph.query;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.execution.DataLoaderDispatchStrategy;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategy;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.introspection.Introspection;
import graphql.schema.CoercingSerializeException;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.SingletonPropertyDataFetcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Completes a translated row in one walk instead of graphql-java resolving its fields one by one. A row already
 * has the answer's shape (keyed by response key, {@link Translator}); what graphql-java adds is the field
 * collection (fragments, {@code @include}/{@code @skip}, merged fields, order), {@code __typename}, the
 * serialization of scalars and enums, and null checks. This walk does those with graphql-java's own field
 * collector, coercings and response maps, and gives up on the whole object, to graphql-java's normal completion,
 * wherever anything else could happen: a field with a resolver of its own, a null in a non-null field (null
 * propagation and its error with the path), a value a scalar refuses, a union member it cannot name, data loaders
 * or incremental delivery. An object it completes therefore has no errors and the same value graphql-java gives.
 * <p>
 * {@link Mode#BOTH} (the test profile) completes every row both ways, answers graphql-java's, and adds an error to
 * the answer where the two differ in any key, order, value or value's class: the whole suite is the differential
 * test.
 */
public class RowCompletion extends AsyncExecutionStrategy {

	private static final Logger log = LoggerFactory.getLogger(RowCompletion.class);

	/** How rows are completed ({@code inspection-graph.row-completion}). */
	public enum Mode {

		/** In one walk, graphql-java's completion where the walk gives up. */
		ROW,
		/** Always graphql-java's field-by-field completion. */
		FIELDS,
		/** Both, compared; graphql-java's answer. */
		BOTH;

		/** The mode a setting names, in any case. */
		public static Mode of(String setting) {
			for (Mode mode : values()) {
				if (mode.name().equalsIgnoreCase(setting.strip())) {
					return mode;
				}
			}
			throw new IllegalArgumentException("inspection-graph.row-completion is '" + setting
					+ "'; it takes row, fields or both");
		}

	}

	/** What the walk returns where it gives up. */
	private static final Object GIVE_UP = new Object();

	private final Mode mode;

	private final AtomicLong walked = new AtomicLong();

	private final AtomicLong compared = new AtomicLong();

	private final AtomicLong differed = new AtomicLong();

	/** Where fetching fails: the handler graphql-java would give its default strategy, once {@link #handling} read it. */
	private final Deferred exceptions;

	public RowCompletion(Mode mode) {
		this(mode, new Deferred());
	}

	private RowCompletion(Mode mode, Deferred exceptions) {
		super(exceptions);
		this.mode = mode;
		this.exceptions = exceptions;
	}

	/**
	 * This strategy for a GraphQL about to be built, with the exception handler graphql-java would give its default
	 * strategy (Spring's resolvers, set on the builder as its default handler and not readable from it).
	 */
	public RowCompletion handling(GraphQL.Builder builder) {
		ExecutionStrategy standard = builder.build().getQueryStrategy();
		try {
			Field handler = ExecutionStrategy.class.getDeclaredField("dataFetcherExceptionHandler");
			handler.setAccessible(true);
			this.exceptions.target = (DataFetcherExceptionHandler) handler.get(standard);
			return this;
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			throw new IllegalStateException("graphql-java's ExecutionStrategy no longer has the exception handler field "
					+ "RowCompletion reads (set inspection-graph.row-completion=fields to do without it)", ex);
		}
	}

	/** An exception handler known only once the GraphQL builder is configured. */
	private static final class Deferred implements DataFetcherExceptionHandler {

		private volatile DataFetcherExceptionHandler target;

		@Override
		public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
				DataFetcherExceptionHandlerParameters parameters) {
			return this.target.handleException(parameters);
		}

	}

	/** Rows completed in one walk (in {@link Mode#BOTH}, also by graphql-java and compared). */
	public long walked() {
		return this.walked.get();
	}

	/** Rows completed both ways and compared ({@link Mode#BOTH}). */
	public long compared() {
		return this.compared.get();
	}

	/** Rows whose two completions differed ({@link Mode#BOTH}): none, or a bug. */
	public long differed() {
		return this.differed.get();
	}

	@Override
	protected Object completeValueForObject(ExecutionContext context, ExecutionStrategyParameters parameters,
			GraphQLObjectType type, Object result) {
		if (this.mode == Mode.FIELDS || !(result instanceof Map<?, ?> row) || context.hasIncrementalSupport()
				|| context.getDataLoaderDispatcherStrategy() != DataLoaderDispatchStrategy.NO_OP) {
			return super.completeValueForObject(context, parameters, type, result);
		}
		Object walk = new Walk(context).object(type, parameters.getField(), row);
		if (walk == GIVE_UP) {
			return super.completeValueForObject(context, parameters, type, result);
		}
		this.walked.incrementAndGet();
		if (this.mode == Mode.ROW) {
			return walk;
		}
		Object standard = super.completeValueForObject(context, parameters, type, result);
		Object value = standard instanceof CompletableFuture<?> future && future.isDone()
				&& !future.isCompletedExceptionally() ? future.join() : standard;
		if (!(value instanceof CompletableFuture)) {
			this.compared.incrementAndGet();
			if (!same(walk, value)) {
				this.differed.incrementAndGet();
				log.error("Row completion differs from graphql-java's at {}: {} against {}", parameters.getPath(), walk, value);
				context.addError(GraphQLError.newError()
					.message("row completion differs from graphql-java's completion here")
					.path(parameters.getPath())
					.build());
			}
		}
		return standard;
	}

	/** How a field's value is found in a row. */
	private enum Source {

		/** {@code __typename}: the object's type. */
		TYPE_NAME,
		/** The row's entry (by response key in an aliased row, else by name), as RowFetcher reads it. */
		ENTRY,
		/** A cursor: the row's position under the response key, encoded, as {@link Page#CURSOR} reads it. */
		CURSOR

	}

	/**
	 * How the objects of one type are read for one field's selection (collected once per request, not per row): the
	 * response keys in order, and each key's field, definition and source.
	 */
	private record Plan(List<String> keys, MergedField[] fields, GraphQLFieldDefinition[] definitions, Source[] sources) {
	}

	/** A plan for a selection the walk cannot complete. */
	private static final Plan NONE = new Plan(List.of(), null, null, null);

	/** Where a request keeps the plans of its selections, in its GraphQL context. */
	private static final String PLANS = RowCompletion.class.getName() + ".plans";

	/** One walk of a row and everything beneath it. */
	private final class Walk {

		private final ExecutionContext context;

		/**
		 * The plans of the request's selections by object type and field (by identity: graphql-java's merged fields
		 * compare by content), shared by every walk of the request, so that the rows of a list are planned once.
		 */
		private final Map<GraphQLObjectType, Map<MergedField, Plan>> plans;

		Walk(ExecutionContext context) {
			this.context = context;
			this.plans = context.getGraphQLContext()
				.computeIfAbsent(PLANS, key -> Collections.synchronizedMap(new IdentityHashMap<>()));
		}

		private Plan plan(GraphQLObjectType type, MergedField field) {
			return this.plans.computeIfAbsent(type, t -> Collections.synchronizedMap(new IdentityHashMap<>()))
				.computeIfAbsent(field, f -> collect(type, f));
		}

		private Plan collect(GraphQLObjectType type, MergedField field) {
			MergedSelectionSet selection = fieldCollector.collectFields(FieldCollectorParameters.newParameters()
				.schema(this.context.getGraphQLSchema())
				.objectType(type)
				.fragments(this.context.getFragmentsByName())
				.variables(this.context.getCoercedVariables().toMap())
				.graphQLContext(this.context.getGraphQLContext())
				.build(), field, false);
			List<String> keys = selection.getKeys();
			Plan plan = new Plan(keys, new MergedField[keys.size()], new GraphQLFieldDefinition[keys.size()],
					new Source[keys.size()]);
			for (int i = 0; i < keys.size(); i++) {
				MergedField sub = selection.getSubField(keys.get(i));
				String name = sub.getName();
				plan.fields()[i] = sub;
				if (name.equals(Introspection.TypeNameMetaFieldDef.getName())) {
					plan.sources()[i] = Source.TYPE_NAME;
					continue;
				}
				GraphQLFieldDefinition definition = type.getField(name);
				if (definition == null) {
					return NONE;
				}
				plan.definitions()[i] = definition;
				DataFetcher<?> fetcher = this.context.getGraphQLSchema().getCodeRegistry().getDataFetcher(type, definition);
				if (fetcher == SingletonPropertyDataFetcher.singleton()
						|| fetcher instanceof PropertyDataFetcher<?> property && property.getPropertyName().equals(name)) {
					plan.sources()[i] = Source.ENTRY;
				}
				else if (Page.isCursor(type.getName(), name)) {
					plan.sources()[i] = Source.CURSOR;
				}
				else {
					// a resolver of its own
					return NONE;
				}
			}
			return plan;
		}

		/** An object's fields in the order of the request, or {@link #GIVE_UP}. */
		Object object(GraphQLObjectType type, MergedField field, Map<?, ?> row) {
			Plan plan = plan(type, field);
			if (plan == NONE) {
				return GIVE_UP;
			}
			List<String> keys = plan.keys();
			List<Object> values = new ArrayList<>(keys.size());
			boolean aliased = row instanceof AliasedRow;
			for (int i = 0; i < keys.size(); i++) {
				String key = keys.get(i);
				Object raw;
				switch (plan.sources()[i]) {
					case TYPE_NAME -> {
						values.add(type.getName());
						continue;
					}
					case ENTRY -> raw = row.get(aliased ? key : plan.definitions()[i].getName());
					default -> raw = Page.cursor(row.get(key));
				}
				Object value = value(plan.definitions()[i].getType(), plan.fields()[i],
						this.context.getValueUnboxer().unbox(raw));
				if (value == GIVE_UP) {
					return GIVE_UP;
				}
				values.add(value);
			}
			return this.context.getResponseMapFactory().createInsertionOrdered(keys, values);
		}

		/** A value completed for its type, or {@link #GIVE_UP}. */
		private Object value(GraphQLOutputType type, MergedField field, Object value) {
			ExecutionContext context = this.context;
			if (value == null) {
				return GraphQLTypeUtil.isNonNull(type) ? GIVE_UP : null;
			}
			GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
			if (unwrapped instanceof GraphQLList list) {
				if (!(value instanceof Iterable<?> items)) {
					return GIVE_UP;
				}
				List<Object> out = new ArrayList<>();
				for (Object item : items) {
					Object completed = value((GraphQLOutputType) list.getWrappedType(), field,
							context.getValueUnboxer().unbox(item));
					if (completed == GIVE_UP) {
						return GIVE_UP;
					}
					out.add(completed);
				}
				return out;
			}
			try {
				if (unwrapped instanceof GraphQLScalarType scalar) {
					Object out = scalar.getCoercing().serialize(value, context.getGraphQLContext(), context.getLocale());
					return out == null && GraphQLTypeUtil.isNonNull(type) ? GIVE_UP : out;
				}
				if (unwrapped instanceof GraphQLEnumType enumType) {
					Object out = enumType.serialize(value, context.getGraphQLContext(), context.getLocale());
					return out == null && GraphQLTypeUtil.isNonNull(type) ? GIVE_UP : out;
				}
			}
			catch (CoercingSerializeException ex) {
				return GIVE_UP;
			}
			if (!(value instanceof Map<?, ?> map)) {
				return GIVE_UP;
			}
			if (unwrapped instanceof GraphQLObjectType object) {
				return object(object, field, map);
			}
			if (unwrapped instanceof GraphQLUnionType union
					&& context.getGraphQLSchema().getCodeRegistry().getTypeResolver(union) == Translator.BY_TYPE_KEY
					&& map.get(Translator.TYPE_KEY) instanceof String name
					&& context.getGraphQLSchema().getType(name) instanceof GraphQLObjectType member
					&& union.isPossibleType(member)) {
				return object(member, field, map);
			}
			return GIVE_UP;
		}

	}

	/** The same answer: the same keys in the same order, the same values of the same classes. */
	static boolean same(Object a, Object b) {
		if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
			if (x.size() != y.size()) {
				return false;
			}
			Iterator<? extends Map.Entry<?, ?>> i = x.entrySet().iterator();
			Iterator<? extends Map.Entry<?, ?>> j = y.entrySet().iterator();
			while (i.hasNext()) {
				Map.Entry<?, ?> p = i.next();
				Map.Entry<?, ?> q = j.next();
				if (!p.getKey().equals(q.getKey()) || !same(p.getValue(), q.getValue())) {
					return false;
				}
			}
			return true;
		}
		if (a instanceof List<?> x && b instanceof List<?> y) {
			if (x.size() != y.size()) {
				return false;
			}
			for (int k = 0; k < x.size(); k++) {
				if (!same(x.get(k), y.get(k))) {
					return false;
				}
			}
			return true;
		}
		return Objects.equals(a, b) && (a == null || a.getClass() == b.getClass());
	}

}

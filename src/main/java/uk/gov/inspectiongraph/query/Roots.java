package uk.gov.inspectiongraph.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import org.neo4j.cypherdsl.core.Cypher;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Component;

import uk.gov.inspectiongraph.graph.Graph;
import uk.gov.inspectiongraph.graph.JavaValues;

/**
 * Root fields: each runs one query, its hand-written anchor (the match, filters, order and page of the root
 * field) followed by the translated projection of the whole selection beneath it ({@link Translator}).
 */
@Component
public class Roots {

	private final Graph graph;

	private final Translator translator;

	private final Today today;

	/** How many shapes of selection are kept translated (a bound on memory; the least used go first). */
	private static final int MAX_TRANSLATIONS = 2000;

	/**
	 * Translated selections by shape ({@link #signature}): Caffeine, bounded, its hits, misses and evictions the
	 * metrics {@code cache.*{cache="graphql.translations"}}. Argument values stay parameters of the translation.
	 */
	private final Cache<String, Translated> translations = Caffeine.newBuilder()
		.maximumSize(MAX_TRANSLATIONS)
		.recordStats()
		.build();

	public Roots(Graph graph, Translator translator, Today today, MeterRegistry registry) {
		this.graph = graph;
		this.translator = translator;
		this.today = today;
		CaffeineCacheMetrics.monitor(registry, this.translations, "graphql.translations");
	}

	/** The one query of a root field: its text, its parameters, and whether its rows are read by response key. */
	public record Query(String cypher, Map<String, Object> parameters, boolean aliased) {
	}

	/**
	 * The query of a root field of {@code type}: {@code anchor} binds {@code var} (one row per object, in order;
	 * for a connection, {@code total} and {@code page}).
	 */
	public Query query(DataFetchingEnvironment env, String type, String var, String anchor, Map<String, Object> parameters) {
		String key = type + ' ' + var + ' ' + signature(env.getSelectionSet().getImmediateFields(), new StringBuilder());
		Translated translated = this.translations.getIfPresent(key);
		if (translated == null) {
			Translation t = new Translation();
			Translator.Projection projection = this.translator.project(t, type, Cypher.name(var), env.getSelectionSet());
			translated = new Translated(projection.clauses(Cypher.name(var), true), Map.copyOf(t.parameters()), t.aliased());
			this.translations.put(key, translated);
		}
		Map<String, Object> all = new HashMap<>(parameters);
		all.putAll(translated.parameters());
		all.put(Today.PARAMETER, this.today.get());
		return new Query(anchor.strip() + "\n" + translated.clauses(), all, translated.aliased());
	}

	/** A translated selection: the clauses after the anchor, the values of the parameters they bind. */
	private record Translated(String clauses, Map<String, Object> parameters, boolean aliased) {
	}

	/**
	 * Everything the translation of a selection depends on: each field's type condition, response key, name,
	 * argument values and sub-selection. Requests of the same shape (a dashboard polling one operation, an
	 * operation run for one owner after another) share one translation.
	 */
	private static StringBuilder signature(List<SelectedField> fields, StringBuilder out) {
		for (SelectedField field : fields) {
			out.append(field.getObjectTypeNames()).append(field.getResultKey()).append('=').append(field.getName());
			if (!field.getArguments().isEmpty()) {
				out.append(field.getArguments());
			}
			List<SelectedField> children = field.getSelectionSet().getImmediateFields();
			if (!children.isEmpty()) {
				signature(children, out.append('{')).append('}');
			}
			out.append(' ');
		}
		return out;
	}

	/** Every object the anchor binds, in order. */
	public List<Object> list(DataFetchingEnvironment env, String type, String var, String anchor,
			Map<String, Object> parameters) {
		Query q = query(env, type, var, anchor, parameters);
		QueryLog.ran(env.getGraphQlContext(), q.cypher(), q.parameters());
		// keyed by response key: AliasedRow where the request aliases a field, so that RowFetcher reads by it
		return this.graph.column(q.cypher(), q.parameters(), "result",
				q.aliased() ? AliasedRow::new : JavaValues::hashMap);
	}

	/**
	 * One read of a root field, recorded for explain and counted for the request's metrics: a hand-written read
	 * that is not a projection (a root's first step); {@link #list} records and runs the translated query itself.
	 */
	public <T> List<T> read(DataFetchingEnvironment env, String cypher, Map<String, Object> parameters,
			Function<Record, T> mapper) {
		QueryLog.ran(env.getGraphQlContext(), cypher, parameters);
		return this.graph.read(cypher, parameters, mapper);
	}

	/** The first object the anchor binds, or a NOT_FOUND error with the message. */
	public Object one(DataFetchingEnvironment env, String type, String var, String anchor, Map<String, Object> parameters,
			String notFound) {
		List<Object> rows = list(env, type, var, anchor, parameters);
		if (rows.isEmpty()) {
			throw new NotFoundException(notFound);
		}
		return rows.get(0);
	}

	/** A page of a connection of {@code nodeType}: the anchor binds {@code total} and {@code page} for the window. */
	public Object connection(DataFetchingEnvironment env, String nodeType, String anchor, Map<String, Object> parameters,
			Page.Window window) {
		Map<String, Object> all = new HashMap<>(parameters);
		all.put("skip", window.skip());
		all.put("limit", window.limit());
		return list(env, nodeType + "Connection", "page", anchor, all).get(0);
	}

}

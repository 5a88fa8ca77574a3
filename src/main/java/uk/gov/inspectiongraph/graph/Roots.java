package uk.gov.inspectiongraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.neo4j.cypherdsl.core.Cypher;

import org.springframework.stereotype.Component;

/**
 * Root fields: each runs one query, its hand-written anchor (the match, filters, order and page of the root
 * field) followed by the translated projection of the whole selection beneath it ({@link Translator}).
 */
@Component
public class Roots {

	private final Graph graph;

	private final Translator translator;

	public Roots(Graph graph, Translator translator) {
		this.graph = graph;
		this.translator = translator;
	}

	/** The one query of a root field: its text, its parameters, and whether its rows are read by response key. */
	public record Query(String cypher, Map<String, Object> parameters, boolean aliased) {
	}

	/**
	 * The query of a root field of {@code type}: {@code anchor} binds {@code var} (one row per object, in order;
	 * for a connection, {@code total} and {@code page}).
	 */
	public Query query(DataFetchingEnvironment env, String type, String var, String anchor, Map<String, Object> parameters) {
		Translation t = new Translation();
		Translator.Projection projection = this.translator.project(t, type, Cypher.name(var), env.getSelectionSet());
		Map<String, Object> all = new HashMap<>(parameters);
		all.putAll(t.parameters());
		return new Query(anchor.strip() + "\n" + projection.clauses(Cypher.name(var), true), all, t.aliased());
	}

	/** Every object the anchor binds, in order. */
	public List<Object> list(DataFetchingEnvironment env, String type, String var, String anchor,
			Map<String, Object> parameters) {
		Query q = query(env, type, var, anchor, parameters);
		return this.graph.read(q.cypher(), q.parameters(), r -> Rows.toJava(r.get("result"), q.aliased()));
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

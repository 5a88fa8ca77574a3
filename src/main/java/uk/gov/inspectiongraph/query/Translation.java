package uk.gov.inspectiongraph.query;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Parameter;
import org.neo4j.cypherdsl.core.SymbolicName;

/**
 * The state of translating one request: fresh variable names ({@code this0}, {@code this1}, ...), the values
 * of the parameters it binds ({@code $f0}, ...), and whether any field is aliased.
 */
public final class Translation {

	private final Map<String, Object> parameters = new HashMap<>();

	private final Deque<List<Hoisted>> levels = new ArrayDeque<>();

	private int variables;

	/** A value computed before the map of the query part it belongs to: {@code CALL (var) { RETURN value AS name }}. */
	public record Hoisted(SymbolicName name, org.neo4j.cypherdsl.core.Expression value) {
	}

	/** Starts a query part (a root, a subquery) whose map may read hoisted values. */
	void enter() {
		this.levels.push(new ArrayList<>());
	}

	/** Starts a list built by an expression, where nothing can be hoisted. */
	void enterExpression() {
		this.levels.push(List.of());
	}

	/** Ends the current part, with what it hoisted. */
	List<Hoisted> exit() {
		return this.levels.pop();
	}

	/** Hoists a value into the current query part and returns the variable that holds it. */
	SymbolicName hoist(org.neo4j.cypherdsl.core.Expression value) {
		List<Hoisted> level = this.levels.peek();
		if (level == null || !(level instanceof ArrayList)) {
			throw new BadRequestException("Inspection.related cannot be asked inside a list of counts (stats.byInspection, "
					+ "stats.topOwners): ask it of the inspection directly, e.g. inspection(id:) { related { ... } }");
		}
		SymbolicName name = variable();
		level.add(new Hoisted(name, value));
		return name;
	}

	private boolean aliased;

	/** A variable no other part of the query uses. */
	public SymbolicName variable() {
		return Cypher.name("this" + this.variables++);
	}

	/** Binds a value to a fresh parameter: user values never enter the query text. */
	public Parameter<Object> parameter(Object value) {
		String name = "f" + this.parameters.size();
		this.parameters.put(name, value);
		return Cypher.parameter(name);
	}

	public Map<String, Object> parameters() {
		return this.parameters;
	}

	void aliasSeen() {
		this.aliased = true;
	}

	/** Whether some field of the request is aliased (its rows are then read by response key). */
	public boolean aliased() {
		return this.aliased;
	}

}

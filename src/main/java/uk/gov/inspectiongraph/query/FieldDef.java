package uk.gov.inspectiongraph.query;

import java.util.Map;

import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.ExposesReturning;
import org.neo4j.cypherdsl.core.SymbolicName;

/**
 * The one definition of a GraphQL object field: how its value is read from the graph, as a Cypher expression
 * over the variable of the object it belongs to. {@link Translator} composes these into one query per request;
 * nothing else resolves the field.
 */
public sealed interface FieldDef {

	/** A Cypher expression over the parent variable and the field's arguments. */
	@FunctionalInterface
	interface ValueOf {

		Expression of(Translation t, SymbolicName parent, Map<String, Object> arguments);

	}

	/**
	 * The reading part of a subquery that binds {@code child} for each object of the field, in the field's
	 * order; the translator adds the RETURN of the child's projection.
	 */
	@FunctionalInterface
	interface Match {

		ExposesReturning of(Translation t, SymbolicName parent, SymbolicName child,
				Map<String, Object> arguments);

	}

	/** A scalar, enum or list of them, or an object built by an expression whose fields are its keys. */
	record Value(ValueOf value) implements FieldDef {
	}

	/**
	 * Objects reached by a subquery: a list, or the first one (null when none). A subquery that aggregates
	 * (sum, collect) is computed in a {@code CALL} before the map of its parent and the map reads its variable:
	 * Neo4j 5 refuses an aggregating subquery inside a map next to other entries ("implicit grouping
	 * expressions") or inside a list comprehension.
	 */
	record Related(String type, boolean single, Match match, boolean aggregating) implements FieldDef {

		public Related(String type, boolean single, Match match) {
			this(type, single, match, false);
		}

	}

	/** An object whose fields are read from the same variable (an action's target). */
	record Embedded(String type) implements FieldDef {
	}

	/** A list of objects built by an expression (a list of maps); the child's fields read its keys. */
	record Mapped(String type, ValueOf list) implements FieldDef {
	}

	/** A connection's edges over the variables {@code page} (nodes in order) and {@code $skip}. */
	record Edges(String nodeType) implements FieldDef {
	}

}

package uk.gov.inspectiongraph.query;

import java.util.LinkedHashMap;
import java.util.Map;

import org.neo4j.cypherdsl.core.Cypher;

/**
 * The fields of one GraphQL object type, as declared by its feature package. A field not declared here is the
 * property (or map key) of the same name.
 */
public record TypeDef(String name, Map<String, FieldDef> fields) {

	public static TypeDef of(String name) {
		return new TypeDef(name, new LinkedHashMap<>());
	}

	/** Declares a field. */
	public TypeDef field(String field, FieldDef def) {
		if (this.fields.put(field, def) != null) {
			throw new IllegalStateException(this.name + "." + field + " is declared twice");
		}
		return this;
	}

	/** A field computed by an expression. */
	public TypeDef value(String field, FieldDef.ValueOf value) {
		return field(field, new FieldDef.Value(value));
	}

	/** A field read from a property of another name. */
	public TypeDef property(String field, String property) {
		return value(field, (t, v, a) -> Cypher.property(v, property));
	}

	/** A list property of the same name, empty where the node has none. */
	public TypeDef list(String field) {
		return value(field, (t, v, a) -> Cypher.coalesce(Cypher.property(v, field), Cypher.listOf()));
	}

	/** A list of objects reached by a subquery. */
	public TypeDef many(String field, String type, FieldDef.Match match) {
		return field(field, new FieldDef.Related(type, false, match));
	}

	/** One object reached by a subquery (null when none). */
	public TypeDef one(String field, String type, FieldDef.Match match) {
		return field(field, new FieldDef.Related(type, true, match));
	}

	/** The definition of a field: the declared one, or the property of its name. */
	FieldDef get(String field) {
		FieldDef def = this.fields.get(field);
		return def != null ? def : new FieldDef.Value((t, v, a) -> Cypher.property(v, field));
	}

}

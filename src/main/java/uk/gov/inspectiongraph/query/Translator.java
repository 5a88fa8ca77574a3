package uk.gov.inspectiongraph.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.GraphQLNamedOutputType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import graphql.schema.SelectedField;
import graphql.schema.TypeResolver;
import org.neo4j.cypherdsl.core.Case;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.cypherdsl.core.renderer.Configuration;
import org.neo4j.cypherdsl.core.renderer.Dialect;
import org.neo4j.cypherdsl.core.renderer.Renderer;

import org.springframework.stereotype.Component;

/**
 * Translates a GraphQL selection into one Cypher expression, as @neo4j/graphql does: every selected field
 * becomes an entry of a map keyed by its response key (alias or name), built from the field's one definition
 * ({@link FieldDef}, declared by the feature packages). The selection is graphql-java's own field collection
 * (fragments, {@code @include}/{@code @skip} and merged duplicate fields already applied), so a field asked twice
 * under two aliases, with different arguments or sub-selections, answers each independently. Every argument
 * value is a parameter.
 */
@Component
public class Translator {

	/** The key that names the object type of a member of a union. */
	public static final String TYPE_KEY = "__type";

	/** The type resolver of every union: the member named under {@link #TYPE_KEY}. */
	public static final TypeResolver BY_TYPE_KEY = env -> env.getSchema()
		.getObjectType((String) ((Map<?, ?>) env.getObject()).get(TYPE_KEY));

	private static final Renderer COMPACT = Renderer
		.getRenderer(Configuration.newConfig().withDialect(Dialect.NEO4J_5_23).build());

	private static final Renderer PRETTY = Renderer
		.getRenderer(Configuration.newConfig().withDialect(Dialect.NEO4J_5_23).withPrettyPrint(true).build());

	private final Map<String, TypeDef> types = new HashMap<>();

	public Translator(List<Declarations> declarations) {
		for (Declarations d : declarations) {
			for (TypeDef type : d.types()) {
				if (this.types.put(type.name(), type) != null) {
					throw new IllegalStateException("type " + type.name() + " is declared twice");
				}
			}
		}
	}

	/**
	 * The map of {@code type}'s selected fields on the variable {@code var}, with what must be computed before
	 * it in the same query part.
	 */
	public Projection project(Translation t, String type, SymbolicName var, DataFetchingFieldSelectionSet selection) {
		t.enter();
		Expression map = project(t, type, var, selection == null ? List.of() : selection.getImmediateFields());
		return new Projection(map, t.exit());
	}

	/** A root's projection: its map, and the values hoisted before it. */
	public record Projection(Expression map, List<Translation.Hoisted> hoisted) {

		/** The clauses after a root's anchor: the hoisted CALLs on {@code var}, and the RETURN. */
		public String clauses(SymbolicName var, boolean pretty) {
			if (this.hoisted.isEmpty()) {
				return returning(this.map, pretty);
			}
			var reading = Cypher.with(Cypher.asterisk()).call(call(var, this.hoisted.get(0)), var);
			for (Translation.Hoisted h : this.hoisted.subList(1, this.hoisted.size())) {
				reading = reading.call(call(var, h), var);
			}
			return render(reading.returning(this.map.as("result")).build(), pretty);
		}

	}

	private static Statement call(SymbolicName var, Translation.Hoisted hoisted) {
		return Cypher.returning(hoisted.value().as(hoisted.name())).build();
	}

	/** Adds the hoisted CALLs of a subquery's part before its RETURN. */
	private static org.neo4j.cypherdsl.core.ExposesReturning withHoisted(org.neo4j.cypherdsl.core.ExposesReturning reading,
			SymbolicName var, List<Translation.Hoisted> hoisted) {
		for (Translation.Hoisted h : hoisted) {
			reading = ((org.neo4j.cypherdsl.core.ExposesSubqueryCall) reading).call(call(var, h), var);
		}
		return reading;
	}

	/** {@code RETURN <expression> AS result}, rendered. */
	public static String returning(Expression expression, boolean pretty) {
		return render(Cypher.returning(expression.as("result")).build(), pretty);
	}

	/** A statement rendered as Cypher text. */
	public static String render(Statement statement, boolean pretty) {
		return (pretty ? PRETTY : COMPACT).render(statement);
	}

	private Expression project(Translation t, String type, SymbolicName var, List<SelectedField> fields) {
		return project(t, type, var, fields, false);
	}

	private Expression project(Translation t, String type, SymbolicName var, List<SelectedField> fields,
			boolean typed) {
		TypeDef def = this.types.getOrDefault(type, TypeDef.of(type));
		List<Object> entries = new ArrayList<>();
		if (typed) {
			entries.add(TYPE_KEY);
			entries.add(Cypher.literalOf(type));
		}
		Set<String> keys = new LinkedHashSet<>();
		for (SelectedField field : fields) {
			if (field.getName().startsWith("__") || !field.getObjectTypeNames().contains(type)
					|| !keys.add(field.getResultKey())) {
				continue;
			}
			if (field.getAlias() != null) {
				t.aliasSeen();
			}
			entries.add(field.getResultKey());
			entries.add(value(t, def.get(field.getName()), var, field));
		}
		return Cypher.mapOf(entries.toArray());
	}

	private Expression value(Translation t, FieldDef def, SymbolicName var, SelectedField field) {
		Map<String, Object> args = field.getArguments();
		if (def instanceof FieldDef.Value v) {
			return v.value().of(t, var, args);
		}
		if (def instanceof FieldDef.Embedded e) {
			return object(t, e.type(), var, field);
		}
		if (def instanceof FieldDef.Related r) {
			SymbolicName child = t.variable();
			var reading = r.match().of(t, var, child, args);
			t.enter();
			Expression map = object(t, r.type(), child, field);
			List<Translation.Hoisted> inner = t.exit();
			Expression list = Cypher.collect(withHoisted(reading, child, inner).returning(map).build());
			// a subquery holding an aggregation anywhere inside is itself one, up to the root; Neo4j takes it only as
			// the whole of a column, so the [0] of a single object is read from the hoisted variable
			Expression value = r.aggregating() || !inner.isEmpty() ? t.hoist(list) : list;
			return r.single() ? Cypher.valueAt(value, 0) : value;
		}
		if (def instanceof FieldDef.Mapped m) {
			return mapped(t, m.type(), m.list().of(t, var, args), field);
		}
		return edges(t, ((FieldDef.Edges) def).nodeType(), field);
	}

	/** A list of objects built by an expression: {@code [x IN list | map of x]}. */
	private Expression mapped(Translation t, String type, Expression list, SelectedField field) {
		SymbolicName child = t.variable();
		t.enterExpression();
		Expression map = object(t, type, child, field);
		t.exit();
		return Cypher.listWith(child).in(list).returning(map);
	}

	/**
	 * The object of {@code type} for a field's sub-selection; for a union, a CASE on the node's label with each
	 * member's own fields and its type name under {@link #TYPE_KEY}.
	 */
	private Expression object(Translation t, String type, SymbolicName var, SelectedField field) {
		List<SelectedField> children = field.getSelectionSet().getImmediateFields();
		GraphQLType named = GraphQLTypeUtil.unwrapAll(field.getType());
		if (!(named instanceof GraphQLUnionType union)) {
			return project(t, type, var, children);
		}
		Case.CaseEnding cases = null;
		for (GraphQLNamedOutputType member : union.getTypes()) {
			String name = ((GraphQLObjectType) member).getName();
			Expression map = project(t, name, var, children, true);
			cases = cases == null ? Cypher.caseExpression().when(Cypher.hasLabelsOrType(var, name)).then(map)
					: cases.when(Cypher.hasLabelsOrType(var, name)).then(map);
		}
		return cases;
	}

	/**
	 * {@code edges} of a connection: one row per node of {@code page} (the page's nodes in order), its cursor the
	 * position {@code $skip + i}.
	 */
	private Expression edges(Translation t, String nodeType, SelectedField field) {
		SymbolicName i = t.variable();
		SymbolicName node = t.variable();
		List<Object> entries = new ArrayList<>();
		Set<String> keys = new LinkedHashSet<>();
		t.enter();
		for (SelectedField edgeField : field.getSelectionSet().getImmediateFields()) {
			if (edgeField.getName().startsWith("__") || !keys.add(edgeField.getResultKey())) {
				continue;
			}
			if (edgeField.getAlias() != null) {
				t.aliasSeen();
			}
			entries.add(edgeField.getResultKey());
			entries.add(edgeField.getName().equals("cursor") ? Cypher.parameter("skip").add(i)
					: project(t, nodeType, node, edgeField.getSelectionSet().getImmediateFields()));
		}
		List<Translation.Hoisted> hoisted = t.exit();
		SymbolicName page = Cypher.name("page");
		var reading = Cypher.unwind(Cypher.range(Cypher.literalOf(0), Cypher.size(page).subtract(Cypher.literalOf(1))))
			.as(i)
			.with(i, Cypher.valueAt(page, i).as(node))
			.orderBy(Cypher.sort(i).ascending());
		Expression edges = Cypher.collect(withHoisted(reading, node, hoisted).returning(Cypher.mapOf(entries.toArray())).build());
		return hoisted.isEmpty() ? edges : t.hoist(edges);
	}

}

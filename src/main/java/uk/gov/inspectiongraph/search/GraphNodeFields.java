package uk.gov.inspectiongraph.search;

import java.util.List;
import java.util.Map;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.ExposesReturning;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.SymbolicName;

import org.springframework.stereotype.Component;

import uk.gov.inspectiongraph.action.ActionFields;
import uk.gov.inspectiongraph.query.BadRequestException;
import uk.gov.inspectiongraph.query.Declarations;
import uk.gov.inspectiongraph.query.FieldDef;
import uk.gov.inspectiongraph.query.Page;
import uk.gov.inspectiongraph.query.Translation;
import uk.gov.inspectiongraph.query.TypeDef;

/**
 * The fields of GraphNode and Neighbour, the explorer's view of any node: each defined once, here. A node's kind
 * is the first of {@link #KINDS} among its labels (a programme is also an entity), its name the same as a path
 * step's ({@link #name}).
 */
@Component
class GraphNodeFields implements Declarations {

	/** The kinds a GraphNode can be, as labels, in the order of the {@code Node} union (most specific first). */
	static final List<String> KINDS = List.of("Inspection", "ActionPlan", "Revision", "Recommendation", "Action",
			"Owner", "Programme", "Entity", "Finding", "Statistic", "ExternalDocument");

	/** Cypher for the kind of the node {@code var}: the first of {@link #KINDS} among its labels. */
	static String kind(String var) {
		return "[k IN ['" + String.join("', '", KINDS) + "'] WHERE k IN labels(" + var + ")][0]";
	}

	/**
	 * Cypher binding {@code var} to the node of a kind whose id is the parameter {@code id}: one index seek per
	 * kind (a node with two kinds, a programme, is found once).
	 */
	static String byId(String var, String id) {
		return "CALL () {\n  " + String.join("\n  UNION\n  ", KINDS.stream()
			.filter(k -> !k.equals("Programme"))
			.map(k -> "MATCH (" + var + ":" + k + " {id: $" + id + "}) RETURN " + var)
			.toList()) + "\n}\nWITH * LIMIT 1";
	}

	/** Cypher: {@code var} has a kind (it is not a document record or a pending reference). */
	static String explorable(String var) {
		return String.join(" OR ", KINDS.stream().map(k -> var + ":" + k).toList());
	}

	/** Cypher for a readable name of the node {@code var}: a title, name, label, number or the start of its text. */
	static String name(String var) {
		return """
				coalesce(%1$s.title, %1$s.name, %1$s.label,
				         CASE WHEN %1$s.number IS NULL THEN null ELSE %1$s.inspectionId + ' ' + %1$s.number END,
				         left(%1$s.text, 80), %1$s.id)""".formatted(var);
	}

	@Override
	public List<TypeDef> types() {
		return List.of(TypeDef.of("GraphNode")
			.value("kind", (t, v, a) -> Cypher.raw(kind(v.getValue())))
			.value("name", (t, v, a) -> Cypher.raw(name(v.getValue())))
			.value("agreement", (t, v, a) -> Cypher.raw("CASE WHEN $E:Recommendation THEN $E.agreement END", v, v))
			.value("status", (t, v, a) -> Cypher.raw("CASE WHEN $E:Action THEN $E.status END", v, v))
			.value("dueOn", (t, v, a) -> Cypher.raw("CASE WHEN $E:Action THEN $E.dueOn END", v, v))
			.value("overdue", (t, v, a) -> Cypher.raw("($E:Action AND $E)", v, ActionFields.overdue(t, v, a)))
			.field("object", new FieldDef.Embedded("Node"))
			.value("neighbourCount", (t, v, a) -> Cypher.raw("COUNT { MATCH ($E)--(m) WHERE " + explorable("m") + " }", v))
			.many("neighbours", "Neighbour", GraphNodeFields::neighbours),
				TypeDef.of("Neighbour")
					.one("node", "GraphNode", (t, n, child, a) -> Cypher.unwind(Cypher.listOf(Cypher.property(n, "node"))).as(child)));
	}

	/** Each neighbour once per relationship, as {via, outgoing, node}, by kind then name, at most {@code first}. */
	private static ExposesReturning neighbours(Translation t, SymbolicName v, SymbolicName child, Map<String, Object> args) {
		int first = args.get("first") == null ? 50 : ((Number) args.get("first")).intValue();
		if (first < 0) {
			throw new BadRequestException("first must be zero or more, was " + first);
		}
		Node m = Cypher.anyNode(t.variable());
		Relationship r = Cypher.anyNode(v).relationshipBetween(m).named(t.variable());
		SymbolicName kind = t.variable();
		SymbolicName name = t.variable();
		String mv = m.getRequiredSymbolicName().getValue();
		return Cypher.match(r)
			.where(Cypher.raw(explorable(mv)).asCondition())
			.with(r.getRequiredSymbolicName(), m.getRequiredSymbolicName(), Cypher.raw(kind(mv)).as(kind),
					Cypher.raw(name(mv)).as(name))
			.orderBy(Cypher.sort(kind).ascending(), Cypher.sort(name).ascending(), m.property("id").ascending())
			.limit(t.parameter(Math.min(first, Page.MAX_SIZE)))
			.with(Cypher.mapOf("via", Cypher.type(r), "outgoing", Cypher.startNode(r).isEqualTo(v), "node",
					m.getRequiredSymbolicName()).as(child));
	}

}

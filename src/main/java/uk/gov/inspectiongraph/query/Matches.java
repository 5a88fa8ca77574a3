package uk.gov.inspectiongraph.query;

import java.util.function.Function;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.RelationshipPattern;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.SymbolicName;

/** The common shapes of {@link FieldDef.Match}: a pattern from the parent, in an order. */
public final class Matches {

	private Matches() {
	}

	/** The children of label {@code label} on a pattern from the parent, in no particular order. */
	public static FieldDef.Match pattern(String label, Pattern pattern) {
		return (t, parent, child, args) -> Cypher.match(pattern.of(Cypher.anyNode(parent), Cypher.node(label).named(child)));
	}

	/** The children on a pattern, ordered by properties of the child. */
	public static FieldDef.Match ordered(String label, Pattern pattern, Function<Node, SortItem[]> order) {
		return (t, parent, child, args) -> {
			Node node = Cypher.node(label).named(child);
			return Cypher.match(pattern.of(Cypher.anyNode(parent), node)).with(node).orderBy(order.apply(node));
		};
	}

	/** The distinct children on a pattern, ordered. */
	public static FieldDef.Match distinct(String label, Pattern pattern, Function<Node, SortItem[]> order) {
		return (t, parent, child, args) -> {
			Node node = Cypher.node(label).named(child);
			return Cypher.match(pattern.of(Cypher.anyNode(parent), node)).withDistinct(node).orderBy(order.apply(node));
		};
	}

	/** The node of label {@code label} whose id is the parent's property (or map key) {@code key}. */
	public static FieldDef.Match byId(String label, Function<SymbolicName, Expression> key) {
		return (t, parent, child, args) -> Cypher
			.match(Cypher.node(label).named(child).withProperties("id", key.apply(parent)));
	}

	/** A node the parent map holds under {@code key} (none when it is null), read as it is: no match again. */
	public static FieldDef.Match held(String key) {
		return (t, parent, child, args) -> Cypher.unwind(Cypher.raw("CASE WHEN $E IS NULL THEN [] ELSE [$E] END",
				Cypher.property(parent, key), Cypher.property(parent, key)))
			.as(child);
	}

	/** Ascending order on properties. */
	public static Function<Node, SortItem[]> by(String... properties) {
		return node -> {
			SortItem[] items = new SortItem[properties.length];
			for (int i = 0; i < properties.length; i++) {
				items[i] = node.property(properties[i]).ascending();
			}
			return items;
		};
	}

	/** A pattern between the parent node and the child node. */
	@FunctionalInterface
	public interface Pattern {

		RelationshipPattern of(Node parent, Node child);

	}

}

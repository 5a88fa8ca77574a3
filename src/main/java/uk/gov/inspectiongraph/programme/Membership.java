package uk.gov.inspectiongraph.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.ExposesRelationships;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.RelationshipPattern;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.StatementBuilder;
import org.neo4j.cypherdsl.core.SymbolicName;

import uk.gov.inspectiongraph.graph.FieldDef;
import uk.gov.inspectiongraph.graph.Translator;

/**
 * The one rule of programme membership, used by every field and filter that asks it: an action belongs to a
 * programme when its text names the programme or one of its owners works in it; a recommendation, when its
 * text names the programme or one of its actions belongs to it. The rule is the list of relationship paths
 * below, walked from whichever end is bound.
 */
public final class Membership {

	/** The paths from an action to its programmes, as relationship types in order. */
	private static final List<List<String>> ACTION = List.of(List.of("MENTIONS"), List.of("OWNED_BY", "WORKS_IN"));

	/** The paths from a recommendation: its own mention, or through one of its actions. */
	private static final List<List<String>> RECOMMENDATION = recommendationPaths();

	private Membership() {
	}

	private static List<List<String>> recommendationPaths() {
		List<List<String>> paths = new ArrayList<>();
		paths.add(List.of("MENTIONS"));
		for (List<String> path : ACTION) {
			List<String> through = new ArrayList<>();
			through.add("HAS_ACTION");
			through.addAll(path);
			paths.add(through);
		}
		return paths;
	}

	private static RelationshipPattern path(Node from, List<String> types, Node programme) {
		ExposesRelationships<?> at = from;
		RelationshipPattern pattern = null;
		for (int i = 0; i < types.size(); i++) {
			Node next = i == types.size() - 1 ? programme : Cypher.anyNode();
			pattern = at.relationshipTo(next, types.get(i));
			at = (ExposesRelationships<?>) pattern;
		}
		return pattern;
	}

	/** Any of the paths joins {@code member} to {@code programme}: a predicate over two variable names. */
	private static String any(List<List<String>> paths, String member, String programme) {
		List<String> patterns = new ArrayList<>();
		for (List<String> types : paths) {
			patterns.add("(" + member + ")-[:" + String.join("]->()-[:", types) + "]->(" + programme + ")");
		}
		return "(" + String.join(" OR ", patterns) + ")";
	}

	/**
	 * Every path walked from whichever end is bound, as one UNION returning {@code returned}: the member
	 * ({@code member}) and the programme ({@code programme}) are nodes, one of them bound before.
	 */
	private static Statement walk(List<List<String>> paths, Node member, Node programme, SymbolicName returned) {
		List<Statement> parts = new ArrayList<>();
		for (List<String> types : paths) {
			parts.add(Cypher.match(path(member, types, programme)).returning(returned).build());
		}
		return Cypher.union(parts);
	}

	/** The members of label {@code label} of the programme bound to {@code programme}, one row each of {@code member}. */
	private static Statement members(List<List<String>> paths, String label, SymbolicName member, SymbolicName programme) {
		return walk(paths, Cypher.node(label).named(member), Cypher.anyNode(programme), member);
	}

	/** {@code Recommendation.programmes}: the paths walked from the recommendation, distinct, by name. */
	public static FieldDef.Match programmesOfRecommendation() {
		return (t, parent, child, args) -> {
			Node programme = Cypher.node("Programme").named(child);
			return Cypher.with(parent)
				.call(walk(RECOMMENDATION, Cypher.anyNode(parent), programme, child), parent)
				.withDistinct(programme)
				.orderBy(programme.property("name").ascending());
		};
	}

	/** A programme's recommendations, walked from the programme, distinct and in {@code order}. */
	static FieldDef.Match recommendationsOfProgramme(Function<Node, SortItem[]> order) {
		return (t, parent, child, args) -> {
			Node recommendation = Cypher.node("Recommendation").named(child);
			return Cypher.with(parent)
				.call(members(RECOMMENDATION, "Recommendation", child, parent), parent)
				.withDistinct(recommendation)
				.orderBy(order.apply(recommendation));
		};
	}

	/** The rows of a programme's recommendations ({@code recommendation}), walked from the programme. */
	static StatementBuilder.OngoingReadingWithoutWhere recommendationRows(SymbolicName programme, SymbolicName recommendation) {
		return Cypher.with(programme).call(members(RECOMMENDATION, "Recommendation", recommendation, programme), programme);
	}

	/** The number of distinct actions of the programme bound to {@code programme}. */
	static org.neo4j.cypherdsl.core.Expression actionCount(SymbolicName programme, SymbolicName action) {
		return Cypher.size(Cypher.collect(members(ACTION, "Action", action, programme)));
	}

	/**
	 * The rule as a Cypher predicate text for the hand-written root filters: the action or recommendation
	 * {@code member} (a variable) belongs to the programme {@code programme} (a variable).
	 */
	public static String predicate(boolean recommendation, String member, String programme) {
		return any(recommendation ? RECOMMENDATION : ACTION, member, programme);
	}

	/** The rows of the distinct recommendations ({@code r}) of the programmes ({@code p}) bound before, as text. */
	public static String recommendationsText(String programme, String recommendation) {
		String rendered = Translator.render(members(RECOMMENDATION, "Recommendation", Cypher.name(recommendation),
				Cypher.name(programme)), false);
		return "CALL (" + programme + ") {\n  " + rendered + "\n}\nWITH DISTINCT " + recommendation;
	}

}

package uk.gov.inspectiongraph.programme;

import java.util.function.Function;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.StatementBuilder;
import org.neo4j.cypherdsl.core.SymbolicName;

import uk.gov.inspectiongraph.query.FieldDef;
import uk.gov.inspectiongraph.query.Matches;
import uk.gov.inspectiongraph.query.Translator;

/**
 * Programme membership, as every field and filter that asks it reads it: the IN_PROGRAMME relationships the
 * importer derives with the one statement of the rule (cypher/loader/22_programme_membership.cypher: an action
 * belongs to a programme when its text names the programme or one of its owners works in it; a recommendation,
 * when its text names the programme or one of its actions belongs to it), walked from whichever end is bound.
 */
public final class Membership {

	private static final String IN_PROGRAMME = "IN_PROGRAMME";

	private Membership() {
	}

	/** The members of label {@code label} of the programme bound to {@code programme}, one row each of {@code member}. */
	private static Statement members(String label, SymbolicName member, SymbolicName programme) {
		return Cypher.match(Cypher.node(label).named(member).relationshipTo(Cypher.anyNode(programme), IN_PROGRAMME))
			.returning(member)
			.build();
	}

	/** {@code Recommendation.programmes}: by name. */
	public static FieldDef.Match programmesOfRecommendation() {
		return Matches.ordered("Programme", (r, p) -> r.relationshipTo(p, IN_PROGRAMME), Matches.by("name"));
	}

	/** A programme's recommendations, in {@code order}. */
	static FieldDef.Match recommendationsOfProgramme(Function<Node, SortItem[]> order) {
		return Matches.ordered("Recommendation", (p, r) -> r.relationshipTo(p, IN_PROGRAMME), order);
	}

	/** The rows of a programme's recommendations ({@code recommendation}). */
	static StatementBuilder.OngoingReadingWithoutWhere recommendationRows(SymbolicName programme, SymbolicName recommendation) {
		return Cypher.with(programme).call(members("Recommendation", recommendation, programme), programme);
	}

	/** The number of actions of the programme bound to {@code programme}. */
	static org.neo4j.cypherdsl.core.Expression actionCount(SymbolicName programme, SymbolicName action) {
		return Cypher.size(Cypher.collect(members("Action", action, programme)));
	}

	/**
	 * Membership as a Cypher predicate text for the hand-written root filters: the action or recommendation
	 * {@code member} (a variable) belongs to the programme {@code programme} (a variable).
	 */
	public static String predicate(String member, String programme) {
		return "(" + member + ")-[:" + IN_PROGRAMME + "]->(" + programme + ")";
	}

	/** The rows of the distinct recommendations ({@code r}) of the programmes ({@code p}) bound before, as text. */
	public static String recommendationsText(String programme, String recommendation) {
		String rendered = Translator.render(members("Recommendation", Cypher.name(recommendation), Cypher.name(programme)),
				false);
		return "CALL (" + programme + ") {\n  " + rendered + "\n}\nWITH DISTINCT " + recommendation;
	}

}

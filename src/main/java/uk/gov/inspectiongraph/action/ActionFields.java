package uk.gov.inspectiongraph.action;

import java.util.List;
import java.util.Map;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.ExposesReturning;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.SymbolicName;

import org.springframework.stereotype.Component;

import uk.gov.inspectiongraph.query.Declarations;
import uk.gov.inspectiongraph.query.FieldDef;
import uk.gov.inspectiongraph.query.Matches;
import uk.gov.inspectiongraph.query.Sources;
import uk.gov.inspectiongraph.query.Today;
import uk.gov.inspectiongraph.query.Translation;
import uk.gov.inspectiongraph.query.TypeDef;

/** The fields of Action and Target: each defined once, here. */
@Component
public class ActionFields implements Declarations {

	@Override
	public List<TypeDef> types() {
		return List.of(TypeDef.of("Action")
			.many("owners", "Owner", ActionFields::owners)
			.field("target", new FieldDef.Embedded("Target"))
			.one("revision", "Revision", Matches.pattern("Revision", (a, v) -> a.relationshipTo(v, "IN_REVISION")))
			.one("recommendation", "Recommendation",
					Matches.pattern("Recommendation", (a, r) -> a.relationshipFrom(r, "HAS_ACTION")))
			.many("mentions", "Entity",
					Matches.ordered("Entity", (a, e) -> a.relationshipTo(e, "MENTIONS"), Matches.by("kind", "name")))
			.value("overdue", ActionFields::overdue)
			.field("sources", Sources.lines()),
				TypeDef.of("Target")
					.property("text", "targetText")
					.value("revised", (t, v, a) -> Cypher.coalesce(Cypher.property(v, "revised"), Cypher.literalFalse())));
	}

	/**
	 * An action's owners in the order its cell prints them (then by name, for a store written before the order
	 * was kept).
	 */
	private static ExposesReturning owners(Translation t, SymbolicName action, SymbolicName child, Map<String, Object> args) {
		Node owner = Cypher.node("Owner").named(child);
		Relationship owned = Cypher.anyNode(action).relationshipTo(owner, "OWNED_BY").named(t.variable());
		return Cypher.match(owned)
			.with(owned.getRequiredSymbolicName(), child)
			.orderBy(Cypher.coalesce(owned.property("position"), Cypher.literalOf(0)).ascending(),
					owner.property("name").ascending())
			.with(child);
	}

	/**
	 * The one rule of "overdue", as Cypher text: the action {@code action}'s due date is before {@code date} and
	 * its status is still SCHEDULED (a completed, ongoing or undated target is never overdue). Every filter,
	 * field and count of overdue actions says it with this.
	 */
	public static String overdue(String action, String date) {
		return "%1$s.status = 'SCHEDULED' AND %1$s.dueOn < %2$s".formatted(action, date);
	}

	/** {@code Action.overdue(asOf)}: {@link #overdue(String, String)} on {@code asOf} (default: {@link Today}). */
	public static Expression overdue(Translation t, SymbolicName action, Map<String, Object> arguments) {
		return Cypher.raw("coalesce(" + overdue(action.getValue(), "$E") + ", false)", asOf(t, arguments));
	}

	/** The {@code asOf} argument, or today. */
	public static Expression asOf(Translation t, Map<String, Object> arguments) {
		Object asOf = arguments.get("asOf");
		return asOf == null ? Cypher.parameter(Today.PARAMETER) : t.parameter(asOf);
	}

}

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
			.field("slippage", new FieldDef.Embedded("Slippage"))
			.one("delivery", "Delivery", (t, a, child, args) -> Cypher
				.unwind(Cypher.listOf(Cypher.raw("{status: " + delivery(a.getValue(), "$E")
						+ ", completedOn: $E.completedOn, basis: $E.completionBasis, measuredAgainst: $E.firstDueOn}",
						asOf(t, args), a, a, a)))
				.as(child))
			.field("sources", Sources.lines()),
				TypeDef.of("Slippage")
					.value("deferrals", (t, v, a) -> Cypher.coalesce(Cypher.property(v, "deferrals"), Cypher.literalOf(0)))
					.value("daysDeferred", (t, v, a) -> Cypher.coalesce(Cypher.property(v, "daysDeferred"), Cypher.literalOf(0)))
					.value("unexplainedDeferrals",
							(t, v, a) -> Cypher.coalesce(Cypher.property(v, "unexplainedDeferrals"), Cypher.literalOf(0)))
					.value("reasons", (t, v, a) -> Cypher.coalesce(Cypher.property(v, "reasons"), Cypher.listOf())),
				TypeDef.of("ActionCounts")
					.field("groups", new FieldDef.Mapped("ActionGroup", (t, v, a) -> Cypher.property(v, "groups"))),
				TypeDef.of("ActionGroup")
					.one("inspection", "Inspection", Matches.held("inspection"))
					.one("owner", "Owner", Matches.held("owner"))
					.one("programme", "Programme", Matches.held("programme")),
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

	/**
	 * The one rule of delivery, as Cypher text: the action {@code action} against the first date promised for its
	 * commitment ({@code firstDueOn}) on {@code date}. Never dated: UNDATED; completed by it: ON_TIME; completed
	 * after it: LATE; not completed and past it (even if a later date now stands): OVERDUE; else OPEN. Every
	 * field, filter and count of delivery says it with this.
	 */
	public static String delivery(String action, String date) {
		return """
				CASE WHEN %1$s.firstDueOn IS NULL THEN 'UNDATED' 				WHEN %1$s.completedOn IS NOT NULL THEN CASE WHEN %1$s.completedOn <= %1$s.firstDueOn THEN 'ON_TIME' ELSE 'LATE' END 				WHEN %1$s.firstDueOn < %2$s THEN 'OVERDUE' ELSE 'OPEN' END""".formatted(action, date);
	}

	/**
	 * Delivery counts, as Cypher text, of the actions that {@code match} binds to {@code a} (a pattern and WHERE)
	 * on {@code asOf}, as one map: each status, the total, the share on time, and what they are measured against.
	 */
	public static String deliveryCounts(String match, String asOf) {
		return """
				[s IN [COLLECT { %1$s RETURN %2$s AS status }] | {total: size(s),
				  onTime: size([x IN s WHERE x = 'ON_TIME']), late: size([x IN s WHERE x = 'LATE']),
				  open: size([x IN s WHERE x = 'OPEN']), overdue: size([x IN s WHERE x = 'OVERDUE']),
				  undated: size([x IN s WHERE x = 'UNDATED']),
				  onTimeShare: CASE WHEN size(s) = 0 THEN null ELSE toFloat(size([x IN s WHERE x = 'ON_TIME'])) / size(s) END,
				  measuredAgainst: 'FIRST_DUE_DATE', asOf: %3$s}][0]""".formatted(match, delivery("a", asOf), asOf);
	}

	/** {@link #deliveryCounts(String, String)} on {@code asOf}; {@code match} reads {@code parameters} as {@code $E}. */
	public static Expression deliveryCounts(String match, Expression asOf, Expression... parameters) {
		Expression[] all = java.util.Arrays.copyOf(parameters, parameters.length + 2);
		all[parameters.length] = asOf;
		all[parameters.length + 1] = asOf;
		return Cypher.raw(deliveryCounts(match, "$E"), (Object[]) all);
	}

	/**
	 * A {@code delivery(asOf)} field of counts: the actions that {@code match} binds to {@code a}, reading the
	 * parent as {@code $E} (the child is the counts' map, so that its fields answer by response key).
	 */
	public static FieldDef.Match deliveryCountsOf(String match) {
		return (t, parent, child, args) -> Cypher
			.unwind(Cypher.listOf(match.contains("$E") ? deliveryCounts(match, asOf(t, args), parent)
					: deliveryCounts(match, asOf(t, args))))
			.as(child);
	}

	/** The {@code delivery} counts held in a map's {@code delivery} key, as a field that answers by response key. */
	public static FieldDef.Match deliveryCountsIn() {
		return (t, parent, child, args) -> Cypher.unwind(Cypher.listOf(Cypher.property(parent, "delivery"))).as(child);
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

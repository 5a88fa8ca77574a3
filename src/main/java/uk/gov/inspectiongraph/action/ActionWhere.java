package uk.gov.inspectiongraph.action;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import uk.gov.inspectiongraph.model.Agreement;
import uk.gov.inspectiongraph.model.DeliveryStatus;
import uk.gov.inspectiongraph.model.Keys;
import uk.gov.inspectiongraph.model.TargetStatus;
import uk.gov.inspectiongraph.programme.Membership;
import uk.gov.inspectiongraph.query.Conditions;
import uk.gov.inspectiongraph.query.Tallies;
import uk.gov.inspectiongraph.query.Today;

/** The {@code ActionWhere} input: filters that compose with AND, OR and each other. */
public record ActionWhere(String owner, String ownerSearch, String inspection, String recommendation,
		String programme, List<TargetStatus> status, LocalDate dueBefore, LocalDate dueAfter, LocalDate overdueOn,
		List<Agreement> agreement, String revision, String text, Boolean deferred, Integer deferredByDays,
		List<DeliveryStatus> delivery, LocalDate deliveryOn, List<ActionWhere> AND, List<ActionWhere> OR) {

	/** The same filter without its owner: for a match already anchored on that owner. */
	public ActionWhere withoutOwner() {
		return new ActionWhere(null, this.ownerSearch, this.inspection, this.recommendation, this.programme, this.status,
				this.dueBefore, this.dueAfter, this.overdueOn, this.agreement, this.revision, this.text, this.deferred,
				this.deferredByDays, this.delivery, this.deliveryOn, this.AND, this.OR);
	}

	/**
	 * When this filter says nothing but statuses and due dates, the kept counts that give its total at once;
	 * empty otherwise (and with no filter at all, which the database counts from its own statistics).
	 */
	public Optional<Tallies.Due> tallied() {
		if (this.owner != null || this.ownerSearch != null || this.inspection != null || this.recommendation != null
				|| this.programme != null || this.agreement != null || this.revision != null || this.text != null
				|| this.deferred != null || this.deferredByDays != null || this.delivery != null
				|| this.AND != null || this.OR != null
				|| (this.status == null && this.dueBefore == null && this.dueAfter == null && this.overdueOn == null)) {
			return Optional.empty();
		}
		List<String> statuses = Arrays.stream(TargetStatus.values())
			.filter(s -> this.status == null || this.status.contains(s))
			.filter(s -> this.overdueOn == null || s == TargetStatus.SCHEDULED)
			.map(Enum::name)
			.toList();
		LocalDate to = this.dueBefore;
		if (this.overdueOn != null) {
			LocalDate dayBefore = this.overdueOn.minusDays(1);
			to = to == null || dayBefore.isBefore(to) ? dayBefore : to;
		}
		boolean dated = this.dueAfter != null || to != null;
		return Optional.of(new Tallies.Due(statuses, dated, this.dueAfter, to));
	}

	/**
	 * The one rule of {@code revision: LATEST}, as Cypher text: the action {@code action} is of its
	 * recommendation's latest revision.
	 */
	public static String inLatestRevision(String action) {
		// two MATCH clauses: in one pattern, relationship uniqueness would leave the action itself out of the max
		return ("%1$s.revisionOrdinal = COLLECT { MATCH (%1$s)<-[:HAS_ACTION]-(lr:Recommendation) MATCH (lr)-[:HAS_ACTION]->(s) "
				+ "RETURN max(s.revisionOrdinal) }[0]").formatted(action);
	}

	/** The Cypher condition on {@code a}, values bound as parameters. */
	public String toCypher(Conditions c) {
		List<String> parts = new ArrayList<>();
		if (this.owner != null) {
			parts.add("EXISTS { MATCH (a)-[:OWNED_BY]->(ow:Owner) WHERE " + c.bind(Keys.key(this.owner)) + " IN ow.keys }");
		}
		if (this.ownerSearch != null) {
			parts.add("EXISTS { MATCH (a)-[:OWNED_BY]->(ow:Owner) WHERE " + c.allWords("ow.name", this.ownerSearch) + " }");
		}
		if (this.inspection != null) {
			parts.add("a.inspectionId = " + c.bind(this.inspection));
		}
		if (this.recommendation != null) {
			parts.add("EXISTS { MATCH (:Recommendation {id: " + c.bind(this.recommendation) + "})-[:HAS_ACTION]->(a) }");
		}
		if (this.programme != null) {
			String key = c.bind(Keys.key(this.programme));
			parts.add("EXISTS { MATCH (p:Programme) WHERE " + key + " IN p.keys AND " + Membership.predicate("a", "p")
					+ " }");
		}
		if (this.status != null) {
			parts.add("a.status IN " + c.bind(this.status.stream().map(Enum::name).toList()));
		}
		if (this.dueBefore != null) {
			parts.add("a.dueOn <= " + c.bind(this.dueBefore));
		}
		if (this.dueAfter != null) {
			parts.add("a.dueOn >= " + c.bind(this.dueAfter));
		}
		if (this.overdueOn != null) {
			parts.add(ActionFields.overdue("a", c.bind(this.overdueOn)));
		}
		if (this.agreement != null) {
			parts.add("EXISTS { MATCH (ar:Recommendation)-[:HAS_ACTION]->(a) WHERE ar.agreement IN "
					+ c.bind(this.agreement.stream().map(Enum::name).toList()) + " }");
		}
		if (this.revision != null) {
			if (this.revision.equalsIgnoreCase("LATEST")) {
				parts.add(inLatestRevision("a"));
			}
			else {
				parts.add("EXISTS { MATCH (a)-[:IN_REVISION]->(v:Revision) WHERE "
						+ "v.key = " + c.bind(Keys.key(this.revision)) + " }");
			}
		}
		if (this.text != null) {
			parts.add(c.allWords("a.text", this.text));
		}
		if (this.deferred != null) {
			parts.add((this.deferred ? "" : "NOT ") + "coalesce(a.deferrals, 0) > 0");
		}
		if (this.deferredByDays != null) {
			parts.add("coalesce(a.daysDeferred, 0) >= " + c.bind(this.deferredByDays));
		}
		if (this.delivery != null) {
			String on = this.deliveryOn == null ? "$" + Today.PARAMETER : c.bind(this.deliveryOn);
			parts.add(ActionFields.delivery("a", on) + " IN " + c.bind(this.delivery.stream().map(Enum::name).toList()));
		}
		if (this.AND != null) {
			parts.add(Conditions.and(this.AND.stream().map(w -> w.toCypher(c)).toList()));
		}
		if (this.OR != null) {
			parts.add(Conditions.or(this.OR.stream().map(w -> w.toCypher(c)).toList()));
		}
		return Conditions.and(parts);
	}

}

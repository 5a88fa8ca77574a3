package uk.gov.inspectiongraph.query;

import java.time.LocalDate;
import java.util.List;

/**
 * Reads the counts the importer keeps ({@code cypher/loader/21_counts.cypher}): recommendations by agreement,
 * actions by status, and actions with a due date by status and month and by status and day. A total read here
 * costs the same however large the graph: a handful of keys, or at most the months of the range plus the days
 * of its two partial months.
 */
public final class Tallies {

	/** Far enough out that every stored due date is inside; both are whole months. */
	static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);

	static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

	private Tallies() {
	}

	/**
	 * The count kept for {@code kind} ({@code agreement} or {@code status}) and {@code value} (a Cypher
	 * expression), 0 when nothing has it.
	 */
	public static String of(String kind, String value) {
		return "coalesce(COLLECT { MATCH (t:Tally {key: '" + kind + " ' + " + value + "}) RETURN t.n }[0], 0)";
	}

	/**
	 * Actions whose status is one of {@code statuses} and, when {@code dated}, whose due date is in
	 * {@code [from, to]} ({@code null}: open).
	 */
	public record Due(List<String> statuses, boolean dated, LocalDate from, LocalDate to) {

		/** A subquery binding {@code total}, the number of such actions; values bound through {@code c}. */
		public String total(Conditions c) {
			String statuses = c.bind(this.statuses);
			if (!this.dated) {
				return """
						UNWIND %s AS s
						RETURN sum(%s) AS total""".formatted(statuses, of("status", "s"));
			}
			Ranges r = Ranges.of(this.from == null ? EARLIEST : this.from, this.to == null ? LATEST : this.to);
			return """
					UNWIND %s AS s
					CALL (s) {
					  %s
					  UNION ALL
					  %s
					  UNION ALL
					  %s
					}
					RETURN sum(n) AS total""".formatted(statuses, range(c, "dueDay", r.headFrom, r.headTo),
					range(c, "dueMonth", r.monthFrom, r.monthTo), range(c, "dueDay", r.tailFrom, r.tailTo));
		}

		/**
		 * The same filter as a condition on {@code a}, its statuses those of the list expression {@code statuses}
		 * (so that a query can narrow them), its dates bound through {@code c}.
		 */
		public String condition(Conditions c, String statuses) {
			StringBuilder condition = new StringBuilder("a.status IN ").append(statuses);
			if (this.from != null) {
				condition.append(" AND a.dueOn >= ").append(c.bind(this.from));
			}
			if (this.to != null) {
				condition.append(" AND a.dueOn <= ").append(c.bind(this.to));
			}
			return condition.toString();
		}

		private static String range(Conditions c, String kind, LocalDate from, LocalDate to) {
			return "MATCH (t:Tally) WHERE t.kind = '%s' AND t.value = s AND t.on >= %s AND t.on <= %s RETURN t.n AS n"
				.formatted(kind, c.bind(from), c.bind(to));
		}

	}

	/**
	 * A date range cut into the days before its first whole month, its whole months (by their first days) and
	 * the days after its last whole month. A part with nothing in it has its start after its end.
	 */
	record Ranges(LocalDate headFrom, LocalDate headTo, LocalDate monthFrom, LocalDate monthTo, LocalDate tailFrom,
			LocalDate tailTo) {

		static Ranges of(LocalDate from, LocalDate to) {
			if (from.isAfter(to)) {
				return new Ranges(LATEST, EARLIEST, LATEST, EARLIEST, LATEST, EARLIEST);
			}
			LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
			LocalDate lastWholeEnd = to.getDayOfMonth() == to.lengthOfMonth() ? to : to.withDayOfMonth(1).minusDays(1);
			if (firstWhole.isAfter(lastWholeEnd)) {
				return new Ranges(from, to, LATEST, EARLIEST, LATEST, EARLIEST);
			}
			return new Ranges(from, firstWhole.minusDays(1), firstWhole, lastWholeEnd.withDayOfMonth(1),
					lastWholeEnd.plusDays(1), to);
		}

	}

}

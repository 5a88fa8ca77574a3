package uk.gov.inspectiongraph.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Counts in groups, as one query: the rows a filter finds, grouped by one or two dimensions, each group's count
 * and measures, ordered, and a window of them. The anchor binds {@code counts}: {@code total} (the rows, each
 * once), {@code groupCount} (every group) and {@code groups} (the window), for a translated selection of a
 * {@code ...Counts} type.
 */
public final class Groups {

	/** The most dimensions one request may group by. */
	public static final int MAX_DIMENSIONS = 2;

	private Groups() {
	}

	/**
	 * One dimension: its response key in a group; a clause that binds what its key reads (or ""); the key's
	 * expression on a row; the label of the node whose id the key is (answered as that node, for
	 * {@link Matches#held}), or null; what its
	 * groups sort by, descending or not, then by the key: for a node, one of its properties (looked up once per
	 * group), else an expression with {@code #K} standing for the key.
	 */
	public record Dimension(String field, String clause, String key, String label, String sort, boolean descending) {

		/** A dimension of values (not nodes) whose groups sort by {@code sort} ascending. */
		public static Dimension ofValue(String field, String key, String sort) {
			return new Dimension(field, "", key, null, sort, false);
		}

		/** A dimension of the nodes {@code label} that {@code clause} binds and {@code key} gives the id of. */
		public static Dimension ofNode(String field, String clause, String key, String label, String sort, boolean descending) {
			return new Dimension(field, clause, key, label, sort, descending);
		}

		/** A dimension whose values are an enum's names, sorted in the enum's order. */
		public static Dimension ofEnum(String field, String key, Class<? extends Enum<?>> type) {
			List<String> names = new ArrayList<>();
			for (Enum<?> value : type.getEnumConstants()) {
				names.add("'" + value.name() + "'");
			}
			String list = "[" + String.join(", ", names) + "]";
			return ofValue(field, key, "[i IN range(0, size(" + list + ") - 1) WHERE " + list + "[i] = #K][0]");
		}

	}

	/** The {@code by} argument read against the known dimensions: one or two, each once, else a bad request. */
	public static List<Dimension> dimensions(List<String> by, Map<String, Dimension> known) {
		if (by == null || by.isEmpty()) {
			throw new BadRequestException("by needs at least one dimension: " + String.join(", ", known.keySet()));
		}
		if (new LinkedHashSet<>(by).size() != by.size()) {
			throw new BadRequestException("by names a dimension twice: " + by);
		}
		if (by.size() > MAX_DIMENSIONS) {
			throw new BadRequestException("by names " + by.size() + " dimensions; at most " + MAX_DIMENSIONS
					+ " can be grouped by at once");
		}
		return by.stream().map(known::get).toList();
	}

	/**
	 * The anchor: {@code rows} binds {@code var} once per counted row, and its properties as the map {@code p},
	 * which the dimensions' keys read: read from the node, a key that the filter also reads fails Neo4j 5.26's
	 * planner ("insertCachedProperties") as soon as the answer reads a group's node in a subquery. Each group
	 * counts its rows ({@code count}) and aggregates {@code measures} ("expression AS name"), then answers {@code returned} ("key: expression"
	 * over those names) beside its keys; ordered by count (most first) then by the dimensions' sorts, or by the
	 * dimensions' sorts alone; at most the parameter {@code limit} groups.
	 */
	public static String anchor(String rows, String var, List<Dimension> by, List<String> measures,
			List<String> returned, boolean byCount, String limit) {
		List<String> clauses = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		List<String> names = new ArrayList<>();
		List<String> sorts = new ArrayList<>();
		List<String> lookups = new ArrayList<>();
		List<String> answered = new ArrayList<>();
		for (int i = 0; i < by.size(); i++) {
			Dimension d = by.get(i);
			String k = "k" + i;
			if (!d.clause().isEmpty()) {
				clauses.add(d.clause());
			}
			keys.add(d.key() + " AS " + k);
			names.add(k);
			// a node is looked up once per group, for its sort property and as the group's answer
			lookups.add(d.label() == null ? "WITH *, " + d.sort().replace("#K", k) + " AS s" + i
					: "CALL (%1$s) { OPTIONAL MATCH (n:%2$s {id: %1$s}) RETURN n AS n%4$d, n.%3$s AS s%4$d }".formatted(k, d.label(), d.sort(), i));
			sorts.add("s" + i + (d.descending() ? " DESC" : "") + ", " + k);
			answered.add(d.field() + ": " + (d.label() != null ? "n" + i : k));
		}
		answered.add("count: count");
		answered.addAll(returned);
		List<String> aggregates = new ArrayList<>(names);
		aggregates.add("count(DISTINCT " + var + ") AS count");
		aggregates.addAll(measures);
		String order = byCount ? "count DESC, " + String.join(", ", sorts) : String.join(", ", sorts) + ", count DESC";
		return """
				CALL () {
				%1$s
				  RETURN count(DISTINCT %2$s) AS total
				}
				CALL () {
				%1$s
				  WITH %2$s, properties(%2$s) AS p
				%3$s
				  WITH %2$s, %4$s
				  WITH %5$s
				%9$s
				  ORDER BY %6$s
				  RETURN collect({%7$s}) AS groups
				}
				WITH {total: total, groupCount: size(groups), groups: groups[0..%8$s]} AS counts
				""".formatted(rows.indent(2).stripTrailing(), var, String.join("\n", clauses).indent(2).stripTrailing(),
				String.join(", ", keys), String.join(", ", aggregates), order, String.join(", ", answered), limit, String.join("\n", lookups).indent(2).stripTrailing());
	}

	/** The {@code first} argument: how many groups (default 100), at most a page's maximum. */
	public static int first(Integer first) {
		return Page.size("first", first, 100);
	}

}

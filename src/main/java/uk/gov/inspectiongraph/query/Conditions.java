package uk.gov.inspectiongraph.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a parameterised Cypher WHERE clause from composable filters: every value becomes a parameter,
 * never part of the query text.
 */
public final class Conditions {

	private final Map<String, Object> parameters = new HashMap<>();

	private int next;

	/** Binds a value to a fresh parameter and returns its name with the {@code $}. */
	public String bind(Object value) {
		String name = "p" + this.next++;
		this.parameters.put(name, value);
		return "$" + name;
	}

	public Map<String, Object> parameters() {
		return this.parameters;
	}

	public static String and(List<String> parts) {
		List<String> nonEmpty = parts.stream().filter(p -> p != null && !p.isBlank()).toList();
		return nonEmpty.isEmpty() ? "true" : "(" + String.join(" AND ", nonEmpty) + ")";
	}

	public static String or(List<String> parts) {
		List<String> nonEmpty = parts.stream().filter(p -> p != null && !p.isBlank()).toList();
		return nonEmpty.isEmpty() ? "true" : "(" + String.join(" OR ", nonEmpty) + ")";
	}

	/** Words that must all appear in a text property, case-insensitive. */
	public String allWords(String property, String text) {
		List<String> parts = new ArrayList<>();
		for (String word : text.toLowerCase().split("\\s+")) {
			if (!word.isBlank()) {
				parts.add("toLower(" + property + ") CONTAINS " + bind(word));
			}
		}
		return and(parts);
	}

}

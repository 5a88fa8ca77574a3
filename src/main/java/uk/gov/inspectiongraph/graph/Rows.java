package uk.gov.inspectiongraph.graph;

import java.time.LocalDate;
import java.util.List;

import org.neo4j.driver.Value;

/** Reading map projections returned by Cypher into Java values, null-safe. */
public final class Rows {

	private Rows() {
	}

	public static String string(Value map, String key) {
		Value v = map.get(key);
		return v == null || v.isNull() ? null : v.asString();
	}

	/** The enum constant named by a string property, or null when the row does not carry it. */
	public static <E extends Enum<E>> E enumValue(Value map, String key, Class<E> type) {
		String name = string(map, key);
		return name == null ? null : Enum.valueOf(type, name);
	}

	public static LocalDate date(Value map, String key) {
		Value v = map.get(key);
		return v == null || v.isNull() ? null : v.asLocalDate();
	}

	public static boolean bool(Value map, String key) {
		Value v = map.get(key);
		return v != null && !v.isNull() && v.asBoolean();
	}

	public static int integer(Value map, String key) {
		Value v = map.get(key);
		return v == null || v.isNull() ? 0 : v.asInt();
	}

	public static double number(Value map, String key) {
		Value v = map.get(key);
		return v == null || v.isNull() ? 0 : v.asDouble();
	}

	public static List<String> strings(Value map, String key) {
		Value v = map.get(key);
		return v == null || v.isNull() ? List.of() : v.asList(Value::asString);
	}

	public static List<Integer> ints(Value map, String key) {
		Value v = map.get(key);
		return v == null || v.isNull() ? List.of() : v.asList(Value::asInt);
	}

}

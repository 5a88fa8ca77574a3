package uk.gov.inspectiongraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.neo4j.driver.Value;

/**
 * A read's answer as plain Java values, the form a translated row is completed from: maps (made by the caller's
 * factory, given the number of entries), lists, and the driver's scalars ({@code Long}, {@code Double},
 * {@code String}, {@code Boolean}, {@code LocalDate}, ...), whichever path the read took.
 */
public final class JavaValues {

	private JavaValues() {
	}

	/** Hash maps sized for their entries: the maps of a row without aliases. */
	public static Map<String, Object> hashMap(int size) {
		return new HashMap<>(Math.max(4, size * 2));
	}

	/** A driver value as Java values. */
	public static Object of(Value value, IntFunction<Map<String, Object>> maps) {
		if (value == null || value.isNull()) {
			return null;
		}
		String type = value.type().name();
		if (type.equals("MAP")) {
			Map<String, Object> map = maps.apply(value.size());
			for (String key : value.keys()) {
				map.put(key, of(value.get(key), maps));
			}
			return map;
		}
		if (type.startsWith("LIST")) {
			List<Object> list = new ArrayList<>(value.size());
			for (Value item : value.values()) {
				list.add(of(item, maps));
			}
			return list;
		}
		return value.asObject();
	}

}

package uk.gov.inspectiongraph.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;

/** Translated answers read into Java values. */
public final class Rows {

	private Rows() {
	}

	/**
	 * A translated answer as Java values: maps (keyed by response key, {@link AliasedRow} when the request
	 * aliases a field), lists, and the driver's scalars.
	 */
	public static Object toJava(Value value, boolean aliased) {
		if (value == null || value.isNull()) {
			return null;
		}
		String type = value.type().name();
		if (type.equals("MAP")) {
			Map<String, Object> map = aliased ? new AliasedRow(value.size()) : new HashMap<>(Math.max(4, value.size() * 2));
			for (String key : value.keys()) {
				map.put(key, toJava(value.get(key), aliased));
			}
			return map;
		}
		if (type.startsWith("LIST")) {
			List<Object> list = new ArrayList<>(value.size());
			for (Value item : value.values()) {
				list.add(toJava(item, aliased));
			}
			return list;
		}
		return value.asObject();
	}

}

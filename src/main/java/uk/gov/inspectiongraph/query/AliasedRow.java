package uk.gov.inspectiongraph.query;

import java.util.HashMap;

/**
 * An object of a translated answer whose request aliases some field: its entries are keyed by response key,
 * so its fields are read by response key ({@link RowFetcher}) instead of by field name.
 */
final class AliasedRow extends HashMap<String, Object> {

	AliasedRow(int size) {
		super(Math.max(4, size * 2));
	}

}

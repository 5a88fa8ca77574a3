package uk.gov.inspectiongraph.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one rule for "ignoring case, punctuation and spacing": the importer stores names under it (owners,
 * programmes, organisations, revisions) and every filter looks them up with it.
 */
public final class Keys {

	private Keys() {
	}

	/** Lower case, letters and digits only ("Deputy Director, EPP" -> "deputydirectorepp"). */
	public static String key(String s) {
		if (s == null) {
			return "";
		}
		String folded = Normalizer.normalize(s, Normalizer.Form.NFKD).replace('&', ' ');
		return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

}

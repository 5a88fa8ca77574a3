package uk.gov.inspectiongraph.ingest.read;

import java.text.Normalizer;
import java.util.Locale;

/** Small text helpers shared by the parsers. */
public final class Text {

	private Text() {
	}

	/** A readable, stable id fragment: "Regional Probation Director Wales" -> "regional-probation-director-wales". */
	public static String slug(String s) {
		String folded = Normalizer.normalize(s, Normalizer.Form.NFKD).replace("&", " and ");
		String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
	}

	/** Removes HTML tags and entities left by the table extraction, folds white space. */
	public static String clean(String s) {
		if (s == null) {
			return "";
		}
		return s.replaceAll("<[^>]*>", " ")
			.replace("&amp;", "&")
			.replace("&nbsp;", " ")
			.replace('\u00a0', ' ')
			.replaceAll("\\s+", " ")
			.strip();
	}

}

package uk.gov.inspectiongraph.search;

/**
 * Makes any user text safe for the full-text index: every character the Lucene query parser gives a meaning
 * is escaped and the boolean operators are lower-cased, so the text is searched literally.
 */
final class LuceneText {

	private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

	private LuceneText() {
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder();
		for (String word : text.strip().split("\\s+")) {
			if (word.isEmpty()) {
				continue;
			}
			if (out.length() > 0) {
				out.append(' ');
			}
			String w = word.equals("AND") || word.equals("OR") || word.equals("NOT") ? word.toLowerCase() : word;
			for (char ch : w.toCharArray()) {
				if (SPECIAL.indexOf(ch) >= 0) {
					out.append('\\');
				}
				out.append(ch);
			}
		}
		return out.toString();
	}

}

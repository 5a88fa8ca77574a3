package uk.gov.inspectiongraph.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.gov.inspectiongraph.ingest.ParsedDocument.Recommendation;

/**
 * Finds references a recommendation's text or its actions make: "referred to in recommendation 12", "see
 * recommendation 5", "recommendation 6(iii)" (= 6(c)), "recommendation 6 in the Independent Review of ..." (a
 * document outside the corpus), "recommendation 11 of the electronic monitoring inspection" (another inspection).
 */
final class References {

	private static final Pattern REFERENCE = Pattern.compile(
			"\\brecommendation\\s+(\\d{1,2})(?:\\s*\\(\\s*([a-z]|[ivx]{1,4})\\s*\\))?(?:\\s+(?:in|of|from)\\s+(?:the\\s+)?([^.;()]{3,120}))?",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern OTHER_DOCUMENT = Pattern.compile("(?i)\\b(inspection|report|review|thematic|plan)\\b");

	private References() {
	}

	static void find(ParsedDocument doc, Recommendation rec, Vocabulary vocabulary) {
		StringBuilder all = new StringBuilder(rec.text());
		rec.actions.forEach(a -> all.append('\n').append(a.text()));
		Matcher m = REFERENCE.matcher(all);
		while (m.find()) {
			String number = m.group(1) + (m.group(2) == null ? "" : "(" + letter(doc, m.group(1), m.group(2)) + ")");
			String tail = m.group(3);
			ParsedDocument.Reference ref = null;
			if (tail != null) {
				List<Vocabulary.Entry> docs = vocabulary.hitsIn(tail)
					.stream()
					.filter(h -> h.value().kind() == Vocabulary.Kind.DOCUMENT && h.start() <= 5)
					.map(PhraseMatcher.Hit::value)
					.toList();
				if (!docs.isEmpty()) {
					ref = new ParsedDocument.Reference(number, null, docs.get(0));
				}
				else if (OTHER_DOCUMENT.matcher(tail).find()) {
					String phrase = tail.strip();
					boolean thisInspection = doc.inspection.keys().stream().anyMatch(k -> Text.key(phrase).contains(k));
					ref = thisInspection ? new ParsedDocument.Reference(number, null, null)
							: new ParsedDocument.Reference(number, phrase, null);
				}
			}
			if (ref == null) {
				ref = new ParsedDocument.Reference(number, null, null);
				String target = number;
				if (target.equals(rec.number)) {
					continue;
				}
				if (doc.recommendations.stream().noneMatch(r -> r.number.equals(target))) {
					doc.warn(rec.lines.get(0), Warning.Kind.UNRESOLVED_REFERENCE, "recommendation " + rec.number + " refers to recommendation " + target
							+ ", which the plan does not have");
					continue;
				}
			}
			if (!rec.references.contains(ref)) {
				rec.references.add(ref);
			}
		}
	}

	/** "iii" -> "c" unless the parent really has a sub-recommendation lettered like that. */
	private static String letter(ParsedDocument doc, String parent, String printed) {
		String p = printed.toLowerCase(Locale.ROOT);
		boolean exists = doc.recommendations.stream().anyMatch(r -> r.number.equals(parent + "(" + p + ")"));
		if (exists || !p.matches("[ivx]+")) {
			return p;
		}
		int value = 0;
		int prev = 0;
		for (int i = p.length() - 1; i >= 0; i--) {
			int v = switch (p.charAt(i)) {
				case 'i' -> 1;
				case 'v' -> 5;
				default -> 10;
			};
			value += v < prev ? -v : v;
			prev = Math.max(prev, v);
		}
		return String.valueOf((char) ('a' + value - 1));
	}

}

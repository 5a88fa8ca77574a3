package uk.gov.inspectiongraph.ingest.plan;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The distinctive words of a report's name, on both sides of a citation: the title (and subjects) of a report in
 * the corpus, and the words a plan cites it by. Words are lower case, stemmed to their first
 * {@value #STEM} letters ("recovering" and "recovery" are one word), without the words every report title or
 * citation shares ("thematic", "inspection", "probation", "report", ...). Years are kept apart.
 */
public final class CitationWords {

	/** Letters a word is cut to: enough to tell apart the words of the corpus titles, short enough to join word forms. */
	static final int STEM = 5;

	private static final Set<String> COMMON = Set.of("a", "an", "the", "of", "on", "for", "and", "in", "to", "by", "as",
			"from", "with", "its", "their", "our", "this", "that", "into", "due", "use", "work", "undertaken", "about",
			"thematic", "inspection", "inspections", "report", "reports", "review", "reviews", "response", "responses",
			"previous", "original", "updated", "published", "hmi", "hmip", "hmpps", "probation", "service", "services",
			"action", "plan", "recommendation", "recommendations");

	private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");

	private CitationWords() {
	}

	/** The distinctive word stems of a text, each once, in order. */
	public static List<String> of(String text) {
		Set<String> words = new LinkedHashSet<>();
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
		for (String w : folded.split("[^a-z0-9]+")) {
			if (w.isEmpty() || COMMON.contains(w) || w.chars().allMatch(Character::isDigit)) {
				continue;
			}
			words.add(w.length() > STEM ? w.substring(0, STEM) : w);
		}
		return List.copyOf(words);
	}

	/** The year a citation names ("the 2020 recall thematic"), or null. */
	public static Integer year(String text) {
		Matcher m = YEAR.matcher(text);
		return m.find() ? Integer.valueOf(m.group(1)) : null;
	}

}

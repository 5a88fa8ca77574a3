package uk.gov.inspectiongraph.ingest.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds named things in text by their names and aliases: whole words only, white space and punctuation
 * between words flexible, the longest phrase where two start at the same place, matches never overlapping.
 * All phrases are compiled into one pattern (two: one ignoring case, one keeping it), so a text is scanned once.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseMatcher<T> {

	/** One occurrence of a phrase in a text. */
	public record Hit<T>(T value, int start, int end) {
	}

	private static final String SEPARATOR = "[\\s,:;\\-–]*";

	private final Map<String, T> ignoringCase = new HashMap<>();

	private final Map<String, T> keepingCase = new HashMap<>();

	private final List<String> ignoringCasePhrases = new ArrayList<>();

	private final List<String> keepingCasePhrases = new ArrayList<>();

	private Pattern ignoringCasePattern;

	private Pattern keepingCasePattern;

	/** Adds a phrase; short or mixed-case phrases (EM, OMiC) match with their case as written. */
	public void add(String phrase, T value) {
		String p = phrase.strip();
		boolean caseSensitive = p.length() <= 3 || isMixedCaseAcronym(p);
		if (caseSensitive) {
			if (this.keepingCase.putIfAbsent(normal(p, false), value) == null) {
				this.keepingCasePhrases.add(p);
			}
		}
		else if (this.ignoringCase.putIfAbsent(normal(p, true), value) == null) {
			this.ignoringCasePhrases.add(p);
		}
		this.ignoringCasePattern = null;
		this.keepingCasePattern = null;
	}

	private static boolean isMixedCaseAcronym(String phrase) {
		return !phrase.contains(" ") && phrase.chars().filter(Character::isUpperCase).count() >= 2
				&& !phrase.equals(phrase.toUpperCase());
	}

	/** The lookup key of a phrase or of matched text: words joined by one space. */
	private static String normal(String text, boolean lower) {
		String s = text.strip().replaceAll(SEPARATOR.replace("*", "+"), " ").replaceAll("\\s+", " ");
		return lower ? s.toLowerCase() : s;
	}

	private static Pattern compile(List<String> phrases, int flags) {
		if (phrases.isEmpty()) {
			return null;
		}
		List<String> sorted = new ArrayList<>(phrases);
		sorted.sort(Comparator.comparingInt(String::length).reversed());
		StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
		for (int i = 0; i < sorted.size(); i++) {
			if (i > 0) {
				regex.append('|');
			}
			String[] words = sorted.get(i).split("[\\s,:;]+");
			for (int w = 0; w < words.length; w++) {
				if (w > 0) {
					regex.append(SEPARATOR);
				}
				regex.append(Pattern.quote(words[w]));
			}
		}
		regex.append(")(?![\\p{L}\\p{N}])");
		return Pattern.compile(regex.toString(), flags);
	}

	/** Every non-overlapping occurrence, in text order. */
	public List<Hit<T>> find(String text) {
		if (this.ignoringCasePattern == null && !this.ignoringCasePhrases.isEmpty()) {
			this.ignoringCasePattern = compile(this.ignoringCasePhrases, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		}
		if (this.keepingCasePattern == null && !this.keepingCasePhrases.isEmpty()) {
			this.keepingCasePattern = compile(this.keepingCasePhrases, 0);
		}
		List<Hit<T>> all = new ArrayList<>();
		collect(text, this.ignoringCasePattern, this.ignoringCase, true, all);
		collect(text, this.keepingCasePattern, this.keepingCase, false, all);
		all.sort(Comparator.<Hit<T>>comparingInt(h -> h.end() - h.start()).reversed());
		List<Hit<T>> chosen = new ArrayList<>();
		for (Hit<T> hit : all) {
			boolean overlaps = chosen.stream().anyMatch(c -> hit.start() < c.end() && c.start() < hit.end());
			if (!overlaps) {
				chosen.add(hit);
			}
		}
		chosen.sort(Comparator.comparingInt(Hit::start));
		return chosen;
	}

	private static <T> void collect(String text, Pattern pattern, Map<String, T> values, boolean lower, List<Hit<T>> into) {
		if (pattern == null) {
			return;
		}
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			T value = values.get(normal(m.group(), lower));
			if (value != null) {
				into.add(new Hit<>(value, m.start(), m.end()));
			}
		}
	}

}

package uk.gov.inspectiongraph.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds named things in text by their names and aliases: whole words only, white space and punctuation
 * between words flexible, longest match first, matches never overlapping.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseMatcher<T> {

	/** One occurrence of a phrase in a text. */
	public record Hit<T>(T value, int start, int end) {
	}

	private record Phrase<T>(T value, Pattern pattern, int length) {
	}

	private final List<Phrase<T>> phrases = new ArrayList<>();

	/** Adds a phrase; short or mixed-case phrases (EM, OMiC) match with their case as written. */
	public void add(String phrase, T value) {
		String[] words = phrase.strip().split("[\\s,:;]+");
		StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
		for (int i = 0; i < words.length; i++) {
			if (i > 0) {
				regex.append("[\\s,:;\\-–]*");
			}
			regex.append(Pattern.quote(words[i]));
		}
		regex.append("(?![\\p{L}\\p{N}])");
		boolean caseSensitive = phrase.strip().length() <= 3 || isMixedCaseAcronym(phrase);
		int flags = caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
		this.phrases.add(new Phrase<>(value, Pattern.compile(regex.toString(), flags), phrase.length()));
	}

	private static boolean isMixedCaseAcronym(String phrase) {
		return !phrase.contains(" ") && phrase.chars().filter(Character::isUpperCase).count() >= 2
				&& !phrase.equals(phrase.toUpperCase());
	}

	/** Every non-overlapping occurrence, preferring the longest phrase where two overlap, in text order. */
	public List<Hit<T>> find(String text) {
		List<Hit<T>> all = new ArrayList<>();
		for (Phrase<T> phrase : this.phrases) {
			Matcher m = phrase.pattern().matcher(text);
			while (m.find()) {
				all.add(new Hit<>(phrase.value(), m.start(), m.end()));
			}
		}
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

}

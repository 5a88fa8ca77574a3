package uk.gov.inspectiongraph.ingest.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The terms a recommendation is compared by, to find the recommendations of other inspections that ask for the
 * same thing: its words stemmed by Lucene's English analysis (the one the {@code recommendation_similar} full-text
 * index uses), without English stop words and without the words nearly every recommendation of a plan uses
 * ("ensure", "probation", "services", ...), each with the first word form the text prints.
 */
public final class SimilarityTerms {

	/** Words of any recommendation to the Probation Service: they say nothing of what one asks for. */
	private static final Set<String> GENERIC = Set.of("ensur", "improv", "develop", "provid", "review", "probat", "servic",
			"hmpp", "hmip", "practition", "staff", "work", "nation", "includ", "all", "must", "should", "make", "us",
			"effect", "prison", "hm", "ministri", "justic", "moj", "recommend", "appropri", "consid", "need", "level",
			"support", "wai", "within", "across", "how", "can", "where", "from", "which", "who", "when", "what", "whether",
			"also", "more", "ani", "each", "everi", "other", "those", "them", "befor", "after", "clear", "clearli");

	private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}'’-]*");

	private static final Analyzer ENGLISH = new EnglishAnalyzer();

	/** Stems, in the order first printed, with the word form of each. */
	public record Terms(List<String> stems, List<String> words) {
	}

	private SimilarityTerms() {
	}

	public static Terms of(String text) {
		Map<String, String> terms = new LinkedHashMap<>();
		Matcher m = WORD.matcher(text == null ? "" : text);
		while (m.find()) {
			String word = m.group().toLowerCase(java.util.Locale.ROOT);
			for (String stem : stems(word)) {
				if (stem.length() > 2 && !GENERIC.contains(stem)) {
					terms.putIfAbsent(stem, word.replaceAll("[^\\p{L}\\p{N}]", ""));
				}
			}
		}
		return new Terms(List.copyOf(terms.keySet()), List.copyOf(terms.values()));
	}

	private static List<String> stems(String word) {
		List<String> stems = new ArrayList<>();
		try (TokenStream tokens = ENGLISH.tokenStream("text", word)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				stems.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return stems;
	}

}

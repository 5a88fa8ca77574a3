package uk.gov.inspectiongraph.owner;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Closeness of an owner name to search text: the share of the search words found in the name (a word counts
 * when a name word starts with it), plus trigram similarity for typos. 0 means unrelated.
 */
final class FuzzyOwnerMatch {

	private FuzzyOwnerMatch() {
	}

	static double score(String search, String name, List<String> aliases) {
		double best = score(search, name);
		for (String alias : aliases) {
			best = Math.max(best, score(search, alias));
		}
		return best;
	}

	static double score(String search, String name) {
		List<String> query = words(search);
		List<String> target = words(name);
		if (query.isEmpty()) {
			return 0;
		}
		int found = 0;
		for (String q : query) {
			if (target.stream().anyMatch(t -> t.startsWith(q) || (q.length() > 4 && trigram(q, t) > 0.6))) {
				found++;
			}
		}
		double coverage = (double) found / query.size();
		if (coverage == 0) {
			return 0;
		}
		double similarity = trigram(String.join(" ", query), String.join(" ", target));
		return coverage + 0.5 * similarity;
	}

	private static List<String> words(String s) {
		return List.of(s.toLowerCase(Locale.ROOT).replace("&", " and ").split("[^a-z0-9]+"))
			.stream()
			.filter(w -> !w.isBlank() && !w.equals("and") && !w.equals("of") && !w.equals("the") && !w.equals("for"))
			.toList();
	}

	private static double trigram(String a, String b) {
		Set<String> x = grams(a);
		Set<String> y = grams(b);
		if (x.isEmpty() || y.isEmpty()) {
			return 0;
		}
		Set<String> both = new HashSet<>(x);
		both.retainAll(y);
		return 2.0 * both.size() / (x.size() + y.size());
	}

	private static Set<String> grams(String s) {
		String padded = "  " + s + " ";
		Set<String> grams = new HashSet<>();
		for (int i = 0; i + 3 <= padded.length(); i++) {
			grams.add(padded.substring(i, i + 3));
		}
		return grams;
	}

}

package uk.gov.inspectiongraph.ingest.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How well a report's name as a plan prints it ("the EM thematic", "the 2020 recall thematic") fits a report
 * of the corpus: the share of the citation's distinctive words ({@link CitationWords}) found among the report's
 * (its title's, and the names and aliases of the vocabulary subjects its title names), plus
 * {@value #YEAR_BONUS} when the citation's year is the year the report was published, and never a fit when the
 * year differs or no word matches. A citation with a distinctive word that no report of the corpus has ("the
 * widget supervision thematic" before any widget report is loaded) names none of them. Otherwise the best report
 * at or above {@value #THRESHOLD} is the one cited; two equally good are ambiguous, and neither is chosen.
 */
public final class CitationScore {

	/** At least half the distinctive words, or the year and the only word. */
	public static final double THRESHOLD = 0.5;

	/** A year agreeing counts like half the words: enough to choose between two reports on one subject. */
	static final double YEAR_BONUS = 0.5;

	private static final Set<Vocabulary.Kind> SUBJECTS = Set.of(Vocabulary.Kind.TOPIC, Vocabulary.Kind.PROGRAMME,
			Vocabulary.Kind.SYSTEM);

	private CitationScore() {
	}

	/** A report of the corpus, as a citation can name it. */
	public record Candidate(String id, String title, List<String> words, int year) {
	}

	/** What a citation was resolved to: a report, none, or two that fit equally (none chosen). */
	public record Outcome(Candidate chosen, List<Candidate> tied) {

		public boolean ambiguous() {
			return this.tied.size() > 1;
		}

	}

	/** The words a report can be cited by: its title's, and those of the subjects its title names. */
	public static List<String> reportWords(String title, Vocabulary vocabulary) {
		Set<String> words = new LinkedHashSet<>(CitationWords.of(title));
		for (Vocabulary.Entry e : vocabulary.mentionsIn(title, SUBJECTS)) {
			words.addAll(CitationWords.of(e.name()));
			e.aliases().forEach(a -> words.addAll(CitationWords.of(a)));
		}
		return List.copyOf(words);
	}

	/** The fit of a citation to one report; below {@link #THRESHOLD} it is not that report. */
	public static double of(String citation, List<String> reportWords, int reportYear) {
		List<String> words = CitationWords.of(citation);
		Integer year = CitationWords.year(citation);
		long matched = words.stream().filter(reportWords::contains).count();
		if ((!words.isEmpty() && matched == 0) || (words.isEmpty() && year == null)) {
			return 0;
		}
		double score = words.isEmpty() ? 0 : (double) matched / words.size();
		if (year != null) {
			score += year == reportYear ? YEAR_BONUS : -1;
		}
		return score;
	}

	/** The report a citation names among the candidates, or none, or the tie. */
	public static Outcome resolve(String citation, List<Candidate> candidates) {
		record Scored(Candidate candidate, double score) {
		}
		Set<String> known = new java.util.HashSet<>();
		candidates.forEach(c -> known.addAll(c.words()));
		if (!known.containsAll(CitationWords.of(citation))) {
			return new Outcome(null, List.of());
		}
		List<Scored> fits = new ArrayList<>();
		for (Candidate c : candidates) {
			double score = of(citation, c.words(), c.year());
			if (score >= THRESHOLD) {
				fits.add(new Scored(c, score));
			}
		}
		fits.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.candidate().id()));
		if (fits.isEmpty()) {
			return new Outcome(null, List.of());
		}
		double best = fits.get(0).score();
		List<Candidate> top = fits.stream().filter(s -> s.score() == best).map(Scored::candidate).toList();
		return top.size() > 1 ? new Outcome(null, top) : new Outcome(top.get(0), top);
	}

}

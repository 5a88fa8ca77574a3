package uk.gov.inspectiongraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;

/**
 * Recurring recommendations: each recommendation of a plan linked ({@code SIMILAR_TO}) to the recommendations of
 * other inspections that ask for the same thing, scored by the distinctive terms they share
 * ({@code ingest/plan/SimilarityTerms}, {@code cypher/loader/26_similar_recommendations.cypher}). Computed when a
 * plan is loaded, against the plans loaded before it, so that a pair is found once whichever comes first, and
 * each recommendation asks the full-text index for a bounded number of candidates whatever the corpus' size.
 */
final class SimilarRecommendations {

	/**
	 * The share of distinctive terms (Dice) from which two recommendations count as asking for the same thing:
	 * on the corpus the one pair that repeats (the EM plan's 11 and the recall plan's 7, both on home detention
	 * curfew address checks) scores 0.47 and the best unrelated pair 0.30 (docs/delivery.md, Recurring
	 * recommendations).
	 */
	static final double THRESHOLD = 0.35;

	/** Candidates asked of the index per recommendation. */
	static final int CANDIDATES = 50;

	/** Similar recommendations kept per recommendation. */
	static final int KEEP = 10;

	private SimilarRecommendations() {
	}

	/** Links the plan's recommendations {@code recs} (their rows as the loader wrote them). */
	static void link(TransactionContext tx, List<Map<String, Object>> recs) {
		List<Map<String, Object>> asked = new ArrayList<>();
		for (Map<String, Object> rec : recs) {
			@SuppressWarnings("unchecked")
			List<String> words = (List<String>) rec.get("similarWords");
			if (!words.isEmpty()) {
				asked.add(Map.of("id", rec.get("id"), "query", String.join(" ", words)));
			}
		}
		if (asked.isEmpty()) {
			return;
		}
		// the index is updated after commit: the plans loaded before this one must be in it
		tx.run("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()").consume();
		tx.run(LoaderCypher.SIMILAR_RECOMMENDATIONS, Map.of("recommendations", asked, "candidates", CANDIDATES,
				"threshold", THRESHOLD, "keep", KEEP)).consume();
	}

}

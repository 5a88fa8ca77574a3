package uk.gov.inspectiongraph.ingest.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Stable, readable inspection ids: the topic of the title and the year published ("electronic-monitoring-2022"). */
public final class InspectionIds {

	private static final Set<String> STOP = Set.of("a", "an", "the", "of", "on", "for", "and", "in", "to", "by", "as",
			"from", "with", "its", "their", "use", "work", "undertaken");

	private InspectionIds() {
	}

	/** The topic: the short "ACTION PLAN:" title where it is a name, else the title without its preamble. */
	public static String topic(String title, String planTitle) {
		String source = planTitle != null && planTitle.split("\\s+").length <= 4 ? planTitle : title;
		String t = source.replaceAll("(?i)^(an? )?(thematic )?(inspection|review|report)( on| of| into)?( the)?\\s+", "")
			.replaceAll("(?i)^(an? )?(thematic )?(inspection|review|report)( on| of| into)?( the)?\\s+", "")
			.replaceAll("(?i)^the use of\\s+", "");
		int colon = t.indexOf(':');
		return colon > 0 ? t.substring(0, colon) : t;
	}

	public static String slug(String title, String planTitle, LocalDate published) {
		List<String> words = new ArrayList<>();
		for (String w : topic(title, planTitle).toLowerCase(Locale.ROOT).split("[^a-z0-9-]+")) {
			if (!w.isEmpty() && !STOP.contains(w) && words.size() < 5) {
				words.add(w);
			}
		}
		return String.join("-", words) + "-" + published.getYear();
	}

}

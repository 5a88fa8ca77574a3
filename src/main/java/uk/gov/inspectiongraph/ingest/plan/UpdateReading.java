package uk.gov.inspectiongraph.ingest.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an update's text says about time, by stated reading rules (tested in {@code UpdateReadingTests}):
 * <ul>
 * <li>the reason it gives for a later date: the sentences that name one ("delay", "because", "due to the ...",
 * "paused", "rescheduled", ...);</li>
 * <li>the date it states the work was completed ("The strategy was published in October 2021").</li>
 * </ul>
 * Nothing else is guessed: an update with no such sentence gives no reason, and one with no such date leaves the
 * completion to the date of the revision that reports it.
 */
public final class UpdateReading {

	/**
	 * A sentence that says why a date moved. "due to" counts unless a verb follows it: "due to encouraging initial
	 * results" and "due to the impact of Covid-19" give a cause, "due to report in Autumn 2022" and "due to
	 * commence" give a schedule.
	 */
	private static final Pattern REASON = Pattern.compile("\\b(?:delay(?:s|ed|ing)?|because|paused|pause|"
			+ "rescheduled|re-scheduled|postponed|deferred|slipped|necessitated|owing to|as a result of|"
			+ "in (?:the )?light of|re-?prioriti[sz]ed|on hold|"
			+ "due to (?!(?:be|begin|commence|start|report|complete|conclude|finish|end|launch|go|take|run|open|close|"
			+ "publish|meet|return|deliver|happen|follow|receive|roll|move|come|expire|arrive|issue)\\b)\\w)");

	/**
	 * A sentence that reports completed work in the past: a completion verb not preceded by "to be", "will" or
	 * "being".
	 */
	private static final Pattern DONE = Pattern.compile("(?<!to be |will be |will |being |be )\\b(?:published|completed|"
			+ "finalised|finalized|concluded|launched|implemented|issued|released|delivered|introduced|rolled out|"
			+ "went live|signed off|carried out|agreed and finalised)\\b");

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?])\\s+|\\s*•\\s*");

	private UpdateReading() {
	}

	/** The sentences of {@code text} that give a reason for a change of date, in order (empty when none). */
	public static List<String> reasons(String text) {
		List<String> reasons = new ArrayList<>();
		for (String sentence : sentences(text)) {
			if (REASON.matcher(sentence.toLowerCase(Locale.ROOT)).find()) {
				reasons.add(sentence);
			}
		}
		return reasons;
	}

	/**
	 * The completion date {@code text} states: the latest date named in a sentence reporting completed work (the
	 * work is done when its last stated part was), as the last day of the period it names; null when none is
	 * stated, or when the stated date is after {@code madeOn} (a date still to come is a plan, not a report). A
	 * month that holds {@code madeOn} ends on it: the work was done by the day the update reports it.
	 */
	public static LocalDate statedCompletion(String text, LocalDate madeOn) {
		LocalDate stated = null;
		for (String sentence : sentences(text)) {
			if (!DONE.matcher(sentence.toLowerCase(Locale.ROOT)).find()) {
				continue;
			}
			LocalDate date = TargetParser.latestDate(sentence);
			if (date != null && (madeOn == null || !date.isAfter(madeOn.withDayOfMonth(madeOn.lengthOfMonth())))
					&& (stated == null || date.isAfter(stated))) {
				stated = date;
			}
		}
		return stated != null && madeOn != null && stated.isAfter(madeOn) ? madeOn : stated;
	}

	static List<String> sentences(String text) {
		List<String> sentences = new ArrayList<>();
		if (text == null) {
			return sentences;
		}
		for (String s : SENTENCE_END.split(text)) {
			String sentence = s.strip();
			if (!sentence.isEmpty()) {
				sentences.add(sentence);
			}
		}
		return sentences;
	}

}

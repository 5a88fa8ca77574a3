package uk.gov.inspectiongraph.ingest;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import uk.gov.inspectiongraph.ingest.plan.UpdateReading;
import uk.gov.inspectiongraph.model.TargetStatus;

/**
 * One commitment followed through time: the actions of its recommendation that carry it from revision to revision
 * of a plan, and from import to import of the plan's document, with what that history says about its dates.
 * <p>
 * Which later action continues which earlier one is decided by the rule that pairs the actions of two versions
 * in change sets ({@link ChangeSets#pairs}: word overlap, best pairs first, at least
 * {@link ChangeSets#SAME_ACTION}). Updates report on their commitments in other words than the commitments
 * themselves, so what that rule leaves over is read as the plans print it: the remaining rows of a revision report
 * together on the remaining open commitments of their recommendation (the recall plan's one "Update December 2021"
 * row per recommendation answers every original action of it). A commitment completed before is never continued
 * that way, and rows with no open commitment left are commitments of their own.
 * <p>
 * What the chain's dates say ({@link #slippage}, {@link #completion}): the commitment's due date at a step (one
 * revision, or one import) is the latest due date of its entries at that step. The first is the one first
 * promised; each later step whose due date is later is a deferral, explained when the entry that gives the later
 * date gives a reason ({@link UpdateReading#reasons}). The commitment is completed at the first step where every
 * entry is COMPLETED, on the date an update states ({@link UpdateReading#statedCompletion}; never the original
 * plan's text, which tells the background) or else the date of that step.
 */
public final class CommitmentChains {

	/** Where an entry of a timeline comes from. */
	public enum Kind {

		/** The plan's original commitments. */
		ORIGINAL,
		/** An update or revised target inside the document. */
		REVISION,
		/** A later import of a changed document. */
		REIMPORT

	}

	/** What a completion date rests on. */
	public enum Basis {

		/** A date the update states ("was published in October 2021"). */
		STATED,
		/** The date of the revision that first reports it completed. */
		REVISION_DATE,
		/** The date of the import that first held it completed. */
		IMPORT_DATE

	}

	/**
	 * One commitment or update as it was made.
	 *
	 * @param action the current action's id (null for an entry an import superseded)
	 * @param madeOn when it was made (the revision's date, or the import's)
	 * @param order its order among the entries made the same day (revision, then printed order)
	 * @param generation which import made it (its time in milliseconds; 0 for the document's own revisions), so
	 *     that two imports on one day are two steps
	 */
	public record Entry(String action, LocalDate madeOn, int order, Kind kind, String label, String text,
			String targetText, LocalDate dueOn, TargetStatus status, long generation) {

		boolean completed() {
			return this.status == TargetStatus.COMPLETED;
		}

	}

	/** What the chain's due dates did. */
	public record Slippage(LocalDate firstDueOn, LocalDate latestDueOn, int deferrals, int daysDeferred,
			int unexplainedDeferrals, List<String> reasons) {
	}

	/** When the chain's work was completed, and on what that date rests (null when not completed). */
	public record Completion(LocalDate completedOn, Basis basis) {
	}

	private static final Comparator<Entry> IN_ORDER = Comparator
		.comparing((Entry e) -> e.madeOn() == null ? LocalDate.MIN : e.madeOn())
		.thenComparing(e -> e.kind() == Kind.REIMPORT)
		.thenComparingLong(Entry::generation)
		.thenComparingInt(Entry::order);

	private CommitmentChains() {
	}

	/**
	 * A recommendation's chains inside one document, from its actions revision by revision (each list one
	 * revision's actions, in printed order). Returns each chain's entries in order.
	 */
	public static List<List<Entry>> ofRevisions(List<List<Entry>> revisions) {
		List<List<Entry>> chains = new ArrayList<>();
		for (List<Entry> revision : revisions) {
			if (revision.isEmpty()) {
				continue;
			}
			List<List<Entry>> open = new ArrayList<>(chains);
			// each chain's latest entries, as they stand before this revision (read once, not once per pair)
			List<List<Entry>> latest = open.stream().map(CommitmentChains::latest).toList();
			Map<Integer, Integer> paired = ChangeSets.pairs(open.size(), revision.size(),
					(c, u) -> latest.get(c).stream()
						.mapToDouble(e -> ChangeSets.similarity(e.text(), revision.get(u).text()))
						.max()
						.orElse(0));
			List<Entry> left = new ArrayList<>();
			for (int u = 0; u < revision.size(); u++) {
				Integer c = paired.get(u);
				if (c == null) {
					left.add(revision.get(u));
				}
				else {
					open.get(c).add(revision.get(u));
				}
			}
			List<List<Entry>> waiting = new ArrayList<>();
			for (int c = 0; c < open.size(); c++) {
				if (!paired.containsValue(c) && !latest.get(c).stream().allMatch(Entry::completed)) {
					waiting.add(open.get(c));
				}
			}
			if (!left.isEmpty() && !waiting.isEmpty()) {
				List<Entry> merged = waiting.get(0);
				for (List<Entry> other : waiting.subList(1, waiting.size())) {
					merged.addAll(other);
					chains.removeIf(chain -> chain == other);
				}
				merged.addAll(left);
				merged.sort(IN_ORDER);
			}
			else {
				left.forEach(e -> chains.add(new ArrayList<>(List.of(e))));
			}
		}
		return chains;
	}

	/** The entries of the chain's last step. */
	private static List<Entry> latest(List<Entry> chain) {
		List<List<Entry>> steps = steps(chain);
		return steps.isEmpty() ? List.of() : steps.get(steps.size() - 1);
	}

	/** The chain's entries in order, grouped by the step (day and kind) that made them. */
	static List<List<Entry>> steps(List<Entry> entries) {
		Map<List<Object>, List<Entry>> steps = new LinkedHashMap<>();
		entries.stream()
			.sorted(IN_ORDER)
			.forEach(e -> steps.computeIfAbsent(java.util.Arrays.asList(e.madeOn(), e.kind() == Kind.REIMPORT, e.generation()),
					k -> new ArrayList<>())
				.add(e));
		return new ArrayList<>(steps.values());
	}

	/** What the chain's due dates did, up to its completion. */
	public static Slippage slippage(List<Entry> entries) {
		LocalDate first = null;
		LocalDate current = null;
		int deferrals = 0;
		int unexplained = 0;
		List<String> reasons = new ArrayList<>();
		for (List<Entry> step : steps(entries)) {
			LocalDate due = step.stream().map(Entry::dueOn).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
			if (due != null) {
				if (first == null) {
					first = due;
				}
				else if (due.isAfter(current)) {
					deferrals++;
					LocalDate later = due;
					List<String> why = step.stream()
						.filter(e -> later.equals(e.dueOn()))
						.flatMap(e -> UpdateReading.reasons(e.text()).stream())
						.toList();
					if (why.isEmpty()) {
						unexplained++;
					}
					reasons.addAll(why);
				}
				current = due;
			}
			if (step.stream().allMatch(Entry::completed)) {
				break;
			}
		}
		int days = first != null && current.isAfter(first) ? (int) ChronoUnit.DAYS.between(first, current) : 0;
		return new Slippage(first, current, deferrals, days, unexplained, List.copyOf(reasons));
	}

	/** When the chain's work was completed (null when no step reports every entry completed on a known date). */
	public static Completion completion(List<Entry> entries) {
		for (List<Entry> step : steps(entries)) {
			if (!step.stream().allMatch(Entry::completed)) {
				continue;
			}
			LocalDate madeOn = step.get(0).madeOn();
			LocalDate stated = step.stream()
				.filter(e -> e.kind() != Kind.ORIGINAL)
				.map(e -> UpdateReading.statedCompletion(e.text(), madeOn))
				.filter(Objects::nonNull)
				.max(Comparator.naturalOrder())
				.orElse(null);
			if (stated != null) {
				return new Completion(stated, Basis.STATED);
			}
			if (madeOn == null) {
				return null;
			}
			return new Completion(madeOn, step.get(0).kind() == Kind.REIMPORT ? Basis.IMPORT_DATE : Basis.REVISION_DATE);
		}
		return null;
	}

}

package uk.gov.inspectiongraph.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What changed between two versions of a plan: actions added and removed, actions whose text, owners, target,
 * due date or status changed (old and new value), agreements that changed. Plans reword their commitments, so an
 * action of the new version is matched to one of the old under the same recommendation by the similarity of
 * their words, best pairs first, and only above {@link #SAME_ACTION}.
 */
public final class ChangeSets {

	/**
	 * Word overlap (Jaccard over lower-case words) from which two actions of one recommendation count as the same
	 * commitment reworded: below it they share less than half their words, and read as one removed and one added.
	 */
	static final double SAME_ACTION = 0.5;

	private ChangeSets() {
	}

	/** A recommendation as the graph holds it. */
	public record Rec(String number, String agreement, List<Act> actions) {
	}

	/** An action as the graph holds it. */
	public record Act(String text, List<String> owners, String target, String dueOn, String status) {

		Map<String, String> fields() {
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("text", this.text);
			fields.put("owners", String.join("; ", this.owners.stream().sorted().toList()));
			fields.put("target", this.target);
			fields.put("dueOn", this.dueOn);
			fields.put("status", this.status);
			return fields;
		}

	}

	/** One change: kind, the recommendation's number, the action's text, and the field with its old and new value. */
	public record Change(String kind, String recommendation, String action, String field, String oldValue, String newValue) {
	}

	public static List<Change> diff(List<Rec> before, List<Rec> after) {
		Map<String, Rec> old = before.stream().collect(Collectors.toMap(Rec::number, r -> r, (a, b) -> a, LinkedHashMap::new));
		Map<String, Rec> now = after.stream().collect(Collectors.toMap(Rec::number, r -> r, (a, b) -> a, LinkedHashMap::new));
		List<String> numbers = new ArrayList<>(now.keySet());
		old.keySet().stream().filter(n -> !now.containsKey(n)).forEach(numbers::add);
		List<Change> changes = new ArrayList<>();
		for (String number : numbers) {
			Rec was = old.get(number);
			Rec is = now.get(number);
			if (was != null && is != null && !Objects.equals(was.agreement(), is.agreement())) {
				changes.add(new Change("AGREEMENT_CHANGED", number, null, "agreement", was.agreement(), is.agreement()));
			}
			actions(number, was == null ? List.of() : was.actions(), is == null ? List.of() : is.actions(), changes);
		}
		return changes;
	}

	private static void actions(String number, List<Act> before, List<Act> after, List<Change> changes) {
		Map<Integer, Integer> matched = pairs(before.size(), after.size(),
				(i, j) -> similarity(before.get(i).text(), after.get(j).text()));
		Set<Integer> taken = new HashSet<>(matched.values());
		for (int j = 0; j < after.size(); j++) {
			Act is = after.get(j);
			Integer i = matched.get(j);
			if (i == null) {
				changes.add(new Change("ACTION_ADDED", number, is.text(), null, null, null));
				continue;
			}
			Map<String, String> was = before.get(i).fields();
			is.fields().forEach((field, value) -> {
				if (!Objects.equals(was.get(field), value)) {
					changes.add(new Change("ACTION_CHANGED", number, is.text(), field, was.get(field), value));
				}
			});
		}
		for (int i = 0; i < before.size(); i++) {
			if (!taken.contains(i)) {
				changes.add(new Change("ACTION_REMOVED", number, before.get(i).text(), null, null, null));
			}
		}
	}

	/** How alike two items are, from 0 to 1. */
	@FunctionalInterface
	interface Similarity {

		double of(int before, int after);

	}

	/**
	 * The one rule that pairs the items of two versions: every pair at least {@link #SAME_ACTION} alike, best
	 * first, each item in one pair at most. Returns the index before of each item after that has one.
	 */
	static Map<Integer, Integer> pairs(int before, int after, Similarity similarity) {
		record Pair(int old, int now, double similarity) {
		}
		List<Pair> pairs = new ArrayList<>();
		for (int i = 0; i < before; i++) {
			for (int j = 0; j < after; j++) {
				double s = similarity.of(i, j);
				if (s >= SAME_ACTION) {
					pairs.add(new Pair(i, j, s));
				}
			}
		}
		pairs.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
		Map<Integer, Integer> matched = new HashMap<>();
		Set<Integer> taken = new HashSet<>();
		for (Pair p : pairs) {
			if (!matched.containsKey(p.now()) && !taken.contains(p.old())) {
				matched.put(p.now(), p.old());
				taken.add(p.old());
			}
		}
		return matched;
	}

	/** Jaccard similarity of the two texts' lower-case words. */
	static double similarity(String a, String b) {
		Set<String> x = words(a);
		Set<String> y = words(b);
		if (x.isEmpty() && y.isEmpty()) {
			return 1;
		}
		Set<String> both = new HashSet<>(x);
		both.retainAll(y);
		return (double) both.size() / (x.size() + y.size() - both.size());
	}

	private static Set<String> words(String text) {
		return Arrays.stream((text == null ? "" : text).toLowerCase().split("[^\\p{L}\\p{N}]+"))
			.filter(w -> !w.isEmpty())
			.collect(Collectors.toSet());
	}

}

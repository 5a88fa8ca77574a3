package uk.gov.inspectiongraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import uk.gov.inspectiongraph.ingest.CommitmentChains.Entry;
import uk.gov.inspectiongraph.ingest.CommitmentChains.Kind;
import uk.gov.inspectiongraph.ingest.plan.ParsedDocument;
import uk.gov.inspectiongraph.ingest.plan.ParsedDocument.Action;
import uk.gov.inspectiongraph.ingest.plan.ParsedDocument.Recommendation;
import uk.gov.inspectiongraph.model.TargetStatus;

/**
 * A plan's commitments through time, as the loader writes them: each action's place in its commitment chain
 * ({@link CommitmentChains}) and what the chain's dates did, across the document's revisions and across imports
 * of changed versions. An action that a changed version replaces is kept as a {@code Promise} of its chain, so
 * the first promised date outlives the text that promised it.
 */
final class Timelines {

	/** An action of the version a changed document replaces, as its timeline entry. */
	record Prior(String number, String id, String chain, Kind kind, LocalDate madeOn, String label,
			LocalDate latestRevision, String text, String targetText, LocalDate dueOn, String status, int order,
			long generation) {

	}

	/** What to write: the chain properties of each new action by id, the promises to keep, the chains to join. */
	record Written(Map<String, Map<String, Object>> actions, List<Map<String, Object>> promises,
			List<Map<String, Object>> moves) {
	}

	private Timelines() {
	}

	/** The document's actions as stored, before a new version replaces them (empty for a new document). */
	static List<Prior> prior(TransactionContext tx, String file) {
		return tx.run(LoaderCypher.PRIOR_ACTIONS, Map.of("file", file))
			.list(r -> new Prior(r.get("number").asString(), r.get("id").asString(), r.get("chain").asString(),
					Kind.valueOf(r.get("kind").asString()), date(r.get("madeOn")), r.get("label").asString(null),
					date(r.get("latestRevision")), r.get("text").asString(null), r.get("targetText").asString(null),
					date(r.get("dueOn")), r.get("status").asString(null),
					r.get("revision").asInt() * 10_000 + r.get("position").asInt(), r.get("generation").asLong()));
	}

	/**
	 * The chains of {@code doc}'s commitments. {@code replaced} is true when the document's content changed since
	 * {@code prior} was imported (then the actions it changed or added are entries of this import, made on
	 * {@code today} or on the new version's latest revision date when that is later than the old one's).
	 */
	static Written of(TransactionContext tx, ParsedDocument doc, List<Prior> prior, boolean replaced, LocalDate today) {
		long generation = System.currentTimeMillis();
		LocalDate oldLatest = prior.stream().map(Prior::latestRevision).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
		LocalDate newLatest = doc.revisions.stream().map(ParsedDocument.Revision::date).filter(Objects::nonNull)
			.max(LocalDate::compareTo).orElse(null);
		LocalDate importedOn = newLatest != null && oldLatest != null && newLatest.isAfter(oldLatest) ? newLatest : today;
		String importLabel = "Imported " + importedOn;
		String suffix = "@" + doc.sha256.substring(0, 12);

		Map<String, Map<String, Object>> written = new HashMap<>();
		List<Map<String, Object>> promises = new ArrayList<>();
		Map<String, String> moved = new LinkedHashMap<>();
		List<ChainOf> chains = new ArrayList<>();
		for (Recommendation rec : doc.recommendations) {
			List<Prior> before = prior.stream().filter(p -> p.number().equals(rec.number)).toList();
			List<Action> actions = rec.actions;
			Map<Integer, Integer> paired = ChangeSets.pairs(before.size(), actions.size(),
					(i, j) -> ChangeSets.similarity(before.get(i).text(), actions.get(j).text()));
			Map<String, Set<String>> keysOf = new HashMap<>();
			List<List<Entry>> revisions = new ArrayList<>();
			int position = 0;
			for (Action action : actions) {
				Entry entry = entry(doc, action, position);
				Integer i = paired.get(position);
				if (i != null) {
					Prior was = before.get(i);
					keysOf.put(action.id, new TreeSet<>(Set.of(was.chain())));
					if (same(was, entry)) {
						entry = new Entry(action.id, was.madeOn(), entry.order(), was.kind(), was.label(), entry.text(),
								entry.targetText(), entry.dueOn(), entry.status(), was.generation());
					}
					else if (replaced) {
						entry = reimported(entry, importedOn, importLabel, generation);
						promises.add(promise(doc, rec, was, today));
					}
				}
				else if (replaced && !before.isEmpty()) {
					entry = reimported(entry, importedOn, importLabel, generation);
				}
				while (revisions.size() <= action.revision) {
					revisions.add(new ArrayList<>());
				}
				revisions.get(action.revision).add(entry);
				position++;
			}
			if (replaced) {
				for (int i = 0; i < before.size(); i++) {
					if (!paired.containsValue(i)) {
						promises.add(promise(doc, rec, before.get(i), today));
					}
				}
			}
			for (List<Entry> chain : CommitmentChains.ofRevisions(revisions)) {
				Set<String> keys = new TreeSet<>();
				chain.stream().map(e -> keysOf.get(e.action())).filter(Objects::nonNull).forEach(keys::addAll);
				String key = keys.isEmpty() ? chain.get(0).action() + suffix : keys.iterator().next();
				keys.forEach(k -> {
					if (!k.equals(key)) {
						moved.put(k, key);
					}
				});
				chains.add(new ChainOf(key, keys, chain));
			}
		}
		// The superseded entries of each chain: those kept before, and those this import keeps now.
		Set<String> keys = new LinkedHashSet<>();
		chains.forEach(c -> keys.addAll(c.joined()));
		Map<String, List<Entry>> superseded = new HashMap<>();
		tx.run(LoaderCypher.CHAIN_PROMISES, Map.of("chains", List.copyOf(keys))).list(r -> superseded
			.computeIfAbsent(r.get("chain").asString(), k -> new ArrayList<>())
			.add(new Entry(null, date(r.get("madeOn")), r.get("ordinal").asInt(0), Kind.valueOf(r.get("kind").asString()),
					r.get("label").asString(null), r.get("text").asString(null), r.get("targetText").asString(null),
					date(r.get("dueOn")), status(r.get("status").asString(null)), r.get("generation").asLong(0))));
		for (Map<String, Object> p : promises) {
			String chain = (String) p.get("chain");
			p.put("chain", moved.getOrDefault(chain, chain));
			superseded.computeIfAbsent(chain, k -> new ArrayList<>())
				.add(new Entry(null, (LocalDate) p.get("madeOn"), (Integer) p.get("ordinal"), Kind.valueOf((String) p.get("kind")),
						(String) p.get("label"), (String) p.get("text"), (String) p.get("targetText"),
						(LocalDate) p.get("dueOn"), status((String) p.get("status")), (Long) p.get("generation")));
		}
		for (ChainOf chain : chains) {
			List<Entry> all = new ArrayList<>(chain.entries());
			chain.joined().forEach(k -> all.addAll(superseded.getOrDefault(k, List.of())));
			CommitmentChains.Slippage slippage = CommitmentChains.slippage(all);
			CommitmentChains.Completion completion = CommitmentChains.completion(all);
			for (Entry e : chain.entries()) {
				Map<String, Object> row = new HashMap<>();
				row.put("chain", chain.key());
				row.put("entryKind", e.kind().name());
				row.put("madeOn", e.madeOn());
				row.put("generation", e.generation());
				row.put("entryLabel", e.label());
				row.put("firstDueOn", slippage.firstDueOn());
				row.put("latestDueOn", slippage.latestDueOn());
				row.put("deferrals", slippage.deferrals());
				row.put("daysDeferred", slippage.daysDeferred());
				row.put("unexplainedDeferrals", slippage.unexplainedDeferrals());
				row.put("reasons", slippage.reasons());
				row.put("completedOn", completion == null ? null : completion.completedOn());
				row.put("completionBasis", completion == null ? null : completion.basis().name());
				written.put(e.action(), row);
			}
		}
		List<Map<String, Object>> moves = new ArrayList<>();
		moved.forEach((from, to) -> moves.add(Map.of("from", from, "to", to)));
		return new Written(written, promises, moves);
	}

	private record ChainOf(String key, Set<String> joined, List<Entry> entries) {

		ChainOf {
			Set<String> all = new LinkedHashSet<>(joined);
			all.add(key);
			joined = all;
		}

	}

	private static Entry entry(ParsedDocument doc, Action action, int position) {
		ParsedDocument.Revision revision = doc.revisions.isEmpty() ? null : doc.revisions.get(action.revision);
		LocalDate madeOn = revision != null && revision.date() != null ? revision.date()
				: doc.plan == null ? null : doc.plan.submittedOn();
		return new Entry(action.id, madeOn, action.revision * 10_000 + position,
				action.revision == 0 ? Kind.ORIGINAL : Kind.REVISION, revision == null ? null : revision.label(),
				action.text(), action.target.text(), action.target.dueOn(), action.target.status(), 0);
	}

	private static Entry reimported(Entry e, LocalDate importedOn, String label, long generation) {
		return new Entry(e.action(), importedOn, e.order(), Kind.REIMPORT, label, e.text(), e.targetText(), e.dueOn(),
				e.status(), generation);
	}

	/** True when the stored action says what the new one says. */
	private static boolean same(Prior was, Entry now) {
		return Objects.equals(was.text(), now.text()) && Objects.equals(was.targetText(), now.targetText())
				&& Objects.equals(was.dueOn(), now.dueOn()) && Objects.equals(was.status(), now.status().name());
	}

	private static Map<String, Object> promise(ParsedDocument doc, Recommendation rec, Prior was, LocalDate today) {
		Map<String, Object> p = new HashMap<>();
		p.put("chain", was.chain());
		p.put("recommendation", rec.id);
		p.put("document", doc.file);
		p.put("kind", was.kind().name());
		p.put("madeOn", was.madeOn());
		p.put("ordinal", was.order());
		p.put("label", was.label());
		p.put("text", was.text());
		p.put("targetText", was.targetText());
		p.put("dueOn", was.dueOn());
		p.put("status", was.status());
		p.put("generation", was.generation());
		p.put("supersededOn", today);
		return p;
	}

	private static TargetStatus status(String status) {
		return status == null ? TargetStatus.UNSPECIFIED : TargetStatus.valueOf(status);
	}

	private static LocalDate date(Value value) {
		return value == null || value.isNull() ? null : value.asLocalDate();
	}

}

package uk.gov.inspectiongraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import uk.gov.inspectiongraph.ingest.plan.CitationScore;
import uk.gov.inspectiongraph.ingest.plan.ParsedDocument;
import uk.gov.inspectiongraph.ingest.plan.Warning;
import uk.gov.inspectiongraph.ingest.read.Text;

/**
 * Resolves the reports that plans cite by name, inside the importing document's transaction: the document's
 * own citations, and other documents' citations that the inspection just loaded may answer. Each one ends as a
 * link to the report (or its numbered recommendation), as an outside document (no corpus report fits), or
 * unlinked with a warning naming the reports that fit equally. Nothing is dropped: the citation stays stored,
 * so that a report imported later still resolves it.
 */
final class Citations {

	private Citations() {
	}

	private record Pending(String id, String report, List<String> words, Integer year, String number, int line,
			String inspection, String document) {
	}

	/** Resolves and stores; returns the warnings raised on the importing document. */
	static List<Warning> resolve(TransactionContext tx, ParsedDocument doc) {
		List<String> words = doc.inspection == null ? List.of() : doc.inspection.citationWords();
		List<Pending> pending = tx.run(LoaderCypher.PENDING_CITATIONS, Map.of("file", doc.file, "words", words))
			.list(r -> new Pending(r.get("id").asString(), r.get("report").asString(),
					r.get("words").asList(Value::asString), r.get("year").isNull() ? null : r.get("year").asInt(),
					r.get("number").asString(null), r.get("line").asInt(), r.get("inspection").asString(),
					r.get("document").asString()));
		List<Map<String, Object>> outcomes = new ArrayList<>();
		List<Warning> raised = new ArrayList<>();
		for (Pending p : pending) {
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("inspection", p.inspection());
			parameters.put("words", p.words());
			parameters.put("year", p.year());
			parameters.put("number", p.number());
			Map<String, String> recommendations = new HashMap<>();
			List<CitationScore.Candidate> candidates = tx.run(LoaderCypher.CITATION_CANDIDATES, parameters).list(r -> {
				if (!r.get("recommendation").isNull()) {
					recommendations.put(r.get("id").asString(), r.get("recommendation").asString());
				}
				return new CitationScore.Candidate(r.get("id").asString(), r.get("title").asString(),
						r.get("words").asList(Value::asString), r.get("year").asInt());
			});
			Map<String, Object> outcome = outcome(p, CitationScore.resolve(p.report(), candidates), recommendations);
			outcomes.add(outcome);
			@SuppressWarnings("unchecked")
			Map<String, Object> warning = (Map<String, Object>) outcome.get("warning");
			if (warning != null && p.document().equals(doc.file)) {
				raised.add(new Warning(doc.file, p.line(), Warning.Kind.valueOf((String) warning.get("kind")),
						(String) warning.get("text")));
			}
		}
		if (!outcomes.isEmpty()) {
			tx.run(LoaderCypher.APPLY_CITATIONS, Map.of("outcomes", outcomes)).consume();
		}
		return raised;
	}

	private static Map<String, Object> outcome(Pending p, CitationScore.Outcome outcome, Map<String, String> recommendations) {
		Map<String, Object> o = new HashMap<>();
		o.put("pending", p.id());
		String cited = "'" + p.report() + "'" + (p.number() == null ? "" : " (recommendation " + p.number() + ")");
		if (outcome.ambiguous()) {
			o.put("warning", warning(p, Warning.Kind.AMBIGUOUS_REFERENCE, cited + " fits "
					+ outcome.tied().stream().map(c -> "'" + c.title() + "'").collect(Collectors.joining(" and "))
					+ " equally: linked to neither"));
		}
		else if (outcome.chosen() == null) {
			o.put("external", Map.of("id", externalId(p.report()), "title", p.report()));
			o.put("warning", warning(p, Warning.Kind.UNRESOLVED_REFERENCE,
					cited + " matches no report of the corpus: kept as an outside document"));
		}
		else if (p.number() != null && recommendations.containsKey(outcome.chosen().id())) {
			o.put("recommendation", recommendations.get(outcome.chosen().id()));
		}
		else {
			o.put("inspection", outcome.chosen().id());
			if (p.number() != null) {
				o.put("warning", warning(p, Warning.Kind.UNRESOLVED_REFERENCE, cited + " names '"
						+ outcome.chosen().title() + "', which has no recommendation " + p.number() + ": linked to the report"));
			}
		}
		return o;
	}

	private static Map<String, Object> warning(Pending p, Warning.Kind kind, String text) {
		return Map.of("line", p.line(), "kind", kind.name(), "text", text);
	}

	/**
	 * A stable id for a document outside the corpus, from its name as printed: the same name in another case,
	 * spacing, hyphenation or punctuation gives the same id.
	 */
	static String externalId(String printed) {
		String name = printed.replaceAll("(?i)^(the|our|a|an)\\s+", "").replaceAll("[-'’]", "");
		return "doc-" + Text.slug(name);
	}

}

package uk.gov.inspectiongraph.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import uk.gov.inspectiongraph.ingest.plan.OwnerDirectory;
import uk.gov.inspectiongraph.ingest.plan.ParsedDocument;
import uk.gov.inspectiongraph.ingest.plan.ParsedDocument.Action;
import uk.gov.inspectiongraph.ingest.plan.ParsedDocument.Recommendation;
import uk.gov.inspectiongraph.ingest.plan.Target;
import uk.gov.inspectiongraph.ingest.plan.Vocabulary;

/**
 * A parsed document as text to read beside the source: one block per recommendation (number, agreement,
 * lines, text), one per action (revision, lines, owners, target), then references, mentions and warnings.
 * The expected-output files under {@code src/test/resources/expected} are in this form.
 */
public final class ParsedText {

	private ParsedText() {
	}

	public static String of(ParsedDocument doc) {
		StringBuilder out = new StringBuilder();
		out.append("document ").append(doc.file).append(" (").append(doc.kind).append(")\n");
		if (doc.inspection != null) {
			out.append("inspection ").append(doc.inspection.id()).append(" published ")
				.append(doc.inspection.publishedOn()).append(" [line ").append(doc.inspection.line()).append("]\n");
			out.append("  title: ").append(doc.inspection.title()).append('\n');
		}
		if (doc.plan != null) {
			out.append("plan ").append(doc.plan.title()).append(" submitted ").append(doc.plan.submittedOn()).append('\n');
		}
		for (ParsedDocument.Revision r : doc.revisions) {
			out.append("revision ").append(r.ordinal()).append(' ').append(r.date()).append(" '").append(r.label())
				.append("' [line ").append(r.line()).append("]\n");
		}
		if (doc.printedTotals != null) {
			ParsedDocument.Totals t = doc.printedTotals;
			out.append("printed totals: agreed ").append(t.agreed()).append(", partly ").append(t.partlyAgreed())
				.append(", not ").append(t.notAgreed()).append(" [line ").append(t.line()).append("]\n");
		}
		for (Recommendation rec : doc.recommendations) {
			recommendation(out, rec);
		}
		for (ParsedDocument.Finding f : doc.findings) {
			out.append("\nfinding [line ").append(f.line()).append("] ").append(f.category()).append(": ")
				.append(f.text()).append('\n');
		}
		for (ParsedDocument.Statistic s : doc.statistics) {
			out.append("statistic [line ").append(s.line()).append("] ").append(s.value()).append(' ')
				.append(s.unit()).append(": ").append(s.label()).append('\n');
		}
		out.append("\nwarnings:\n");
		doc.warnings.forEach(w -> out.append("  line ").append(w.line()).append(' ').append(w.kind()).append(": ")
			.append(w.text()).append('\n'));
		return out.toString();
	}

	private static void recommendation(StringBuilder out, Recommendation rec) {
		out.append("\nrecommendation ").append(rec.number);
		if (rec.parentNumber != null) {
			out.append(" (under ").append(rec.parentNumber).append(')');
		}
		out.append(' ').append(rec.agreement);
		if (rec.printedAgreement == null) {
			out.append(" (not printed)");
		}
		out.append(" [lines ").append(lines(rec.lines)).append("]\n");
		out.append("  text: ").append(rec.text()).append('\n');
		if (!rec.addressees.isEmpty()) {
			out.append("  addressed to: ").append(names(rec.addressees)).append('\n');
		}
		if (rec.rationale != null) {
			out.append("  rationale: ").append(rec.rationale).append('\n');
		}
		for (Action a : rec.actions) {
			out.append("  action ").append(a.id.substring(a.id.lastIndexOf('/') + 1)).append(" revision ")
				.append(a.revision).append(" [lines ").append(lines(a.lines)).append("]\n");
			out.append("    text: ").append(a.text().replace("\n", "\n          ")).append('\n');
			out.append("    owners: ").append(a.owners.stream().map(OwnerDirectory.Role::name)
				.collect(Collectors.joining(" | "))).append('\n');
			Target t = a.target;
			out.append("    target: ").append(t.text() == null ? "-" : "'" + t.text() + "'").append(" -> ")
				.append(t.status()).append(t.dueOn() == null ? "" : " due " + t.dueOn())
				.append(t.revised() ? " revised" : "").append('\n');
			if (!a.mentions.isEmpty()) {
				out.append("    mentions: ").append(names(a.mentions)).append('\n');
			}
		}
		for (ParsedDocument.Reference ref : rec.references) {
			out.append("  refers to ").append(ref).append('\n');
		}
		if (!rec.mentions.isEmpty()) {
			out.append("  mentions: ").append(names(rec.mentions)).append('\n');
		}
	}

	private static String names(List<Vocabulary.Entry> entries) {
		return entries.stream().map(Vocabulary.Entry::name).collect(Collectors.joining(" | "));
	}

	private static String lines(List<Integer> lines) {
		return lines.stream().map(String::valueOf).collect(Collectors.joining(", "));
	}


	/**
	 * What a reading from positions (a PDF without tags) must keep: the document's heading lines, and per
	 * recommendation its number, agreement and text, the letters of all its actions' texts in order, the owners named
	 * and the words of the targets.
	 */
	public static String skeleton(ParsedDocument doc) {
		String text = of(doc);
		String heading = text.substring(text.indexOf('\n') + 1, text.indexOf("\nrecommendation"));
		StringBuilder out = new StringBuilder(heading.replaceAll(" ?\\[lines? [^\\]]*\\]", ""));
		for (Recommendation r : doc.recommendations) {
			out.append("\n").append(r.number).append(' ').append(r.agreement).append(": ").append(letters(r.text()));
			out.append("\n  actions: ")
				.append(letters(String.join(" ", r.actions.stream().map(Action::text).toList())));
			out.append("\n  owners: ")
				.append(new TreeSet<>(r.actions.stream().flatMap(a -> a.owners.stream()).map(OwnerDirectory.Role::name).toList()));
			out.append("\n  targets: ")
				.append(new TreeSet<>(r.actions.stream()
					.flatMap(a -> Arrays.stream(a.targetText.toString().split("\\s+")))
					.filter(w -> !w.isBlank())
					.toList()));
		}
		return out.toString();
	}

	/** Letters and digits only: where a line or a page broke a word or a paragraph is not kept. */
	private static String letters(String text) {
		return text.replaceAll("[^\\p{L}\\p{N}]", "");
	}

}

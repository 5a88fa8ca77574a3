package uk.gov.inspectiongraph.ingest.plan;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.gov.inspectiongraph.ingest.plan.ParsedDocument.Action;
import uk.gov.inspectiongraph.ingest.plan.ParsedDocument.Recommendation;
import uk.gov.inspectiongraph.ingest.read.DocumentException;
import uk.gov.inspectiongraph.ingest.read.Text;
import uk.gov.inspectiongraph.model.Agreement;
import uk.gov.inspectiongraph.model.TargetStatus;

/**
 * The last stage of reading a plan: commitments become actions. Each gets its id, its owners (canonical roles),
 * its target (date, status), what it mentions; each recommendation its agreement (a parent printed without one
 * takes its children's), its rationale, its references; and the printed totals are checked against the table.
 */
final class PlanActions {

	private static final Pattern RATIONALE = Pattern
		.compile("[^.]*\\b(?:partly|partially|not)\\s+(?:agreed|accepted)\\b[^.]*\\.", Pattern.CASE_INSENSITIVE);

	private static final Set<Vocabulary.Kind> MENTIONABLE = EnumSet.of(Vocabulary.Kind.PROGRAMME,
			Vocabulary.Kind.POLICY, Vocabulary.Kind.SYSTEM, Vocabulary.Kind.ORGANISATION, Vocabulary.Kind.TOPIC);

	private PlanActions() {
	}

	static void read(ParsedDocument doc, Vocabulary vocabulary, OwnerDirectory owners) {
		if (doc.recommendations.isEmpty()) {
			throw new DocumentException(doc.file, 1, "the action plan table has no recommendations");
		}
		for (Recommendation rec : doc.recommendations) {
			int n = 1;
			for (Action action : rec.actions) {
				action.id = rec.id + "/a" + n++;
				OwnerDirectory.Resolution resolution = owners.resolve(action.ownerText.toString());
				action.owners = resolution.roles();
				resolution.warnings().forEach(w -> doc.warn(action.lines.get(0), w.kind(), w.text()));
				action.target = TargetParser.parse(Text.clean(action.targetText.toString()));
				if (action.target.text() != null && action.target.status() == TargetStatus.UNSPECIFIED) {
					doc.warn(action.lines.get(0), Warning.Kind.UNREADABLE, "cannot read target '" + action.target.text() + "'");
				}
				action.mentions.addAll(vocabulary.mentionsIn(action.text(), MENTIONABLE));
			}
			rec.mentions.addAll(vocabulary.mentionsIn(rec.text(), MENTIONABLE));
		}
		for (Recommendation rec : doc.recommendations) {
			rec.agreement = agreement(doc, rec);
			if (rec.agreement != Agreement.AGREED && rec.printedAgreement != null) {
				Matcher m = RATIONALE.matcher(rec.response);
				rec.rationale = m.find() ? m.group().strip() : null;
			}
			References.find(doc, rec, vocabulary);
		}
		checkTotals(doc);
	}

	/** As printed; for a parent printed without one, from its children (contract rule); else AGREED, warned. */
	private static Agreement agreement(ParsedDocument doc, Recommendation rec) {
		if (rec.printedAgreement != null) {
			return rec.printedAgreement;
		}
		List<Agreement> children = doc.recommendations.stream()
			.filter(c -> rec.number.equals(c.parentNumber))
			.map(c -> c.printedAgreement)
			.toList();
		if (!children.isEmpty() && children.stream().allMatch(Objects::nonNull)) {
			return Agreement.ofChildren(children);
		}
		doc.warn(rec.lines.get(0), Warning.Kind.MISSING_AGREEMENT,
				"recommendation " + rec.number + " has no agreement printed; read as AGREED");
		return Agreement.AGREED;
	}

	private static void checkTotals(ParsedDocument doc) {
		if (doc.printedTotals == null) {
			return;
		}
		List<Recommendation> top = doc.recommendations.stream().filter(r -> r.parentNumber == null).toList();
		long agreed = top.stream().filter(r -> r.agreement == Agreement.AGREED).count();
		long partly = top.stream().filter(r -> r.agreement == Agreement.PARTLY_AGREED).count();
		long not = top.stream().filter(r -> r.agreement == Agreement.NOT_AGREED).count();
		ParsedDocument.Totals t = doc.printedTotals;
		if (agreed != t.agreed() || partly != t.partlyAgreed() || not != t.notAgreed()) {
			doc.warn(t.line(), Warning.Kind.TOTALS_MISMATCH, "printed totals (agreed " + t.agreed() + ", partly "
					+ t.partlyAgreed() + ", not " + t.notAgreed() + ") differ from the table (agreed " + agreed + ", partly "
					+ partly + ", not " + not + ")");
		}
	}

}

package uk.gov.inspectiongraph.ingest.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.gov.inspectiongraph.ingest.plan.ParsedDocument.Recommendation;
import uk.gov.inspectiongraph.model.Keys;

/**
 * Finds the references a recommendation's text or its actions make, as people write them:
 * <ul>
 * <li>to a recommendation of this plan: "referred to in recommendation 12", "see recommendation 5",
 * "recommendation 6(iii)" (= 6(c));</li>
 * <li>to a recommendation of another report: "recommendation 11 of the electronic monitoring inspection",
 * "recommendation 6 in the Independent Review of the Case of Joseph McCann";</li>
 * <li>to a report as a whole, by its title ("the National Court Strategy"), by a short name ("the EM
 * thematic", "our response to the Covid recovery report"), or by year and subject ("the 2020 recall
 * thematic");</li>
 * <li>to a document of the curated vocabulary by any of its names ("the ACMD report").</li>
 * </ul>
 * Reports are resolved against the corpus when the plan is loaded ({@link CitationScore}); here they are only
 * found. A name of the vocabulary's programmes, policies or systems ("the HMPPS Rehabilitation Strategy") is a
 * mention, not a reference; a name with no distinctive word ("the report", "this review") is this report.
 */
final class References {

	private static final Pattern NUMBERED = Pattern.compile(
			"\\brecommendation\\s+(\\d{1,2})(?:\\s*\\(\\s*([a-z]|[ivx]{1,4})\\s*\\))?(?:\\s+(?:in|of|from)\\s+(?:the\\s+)?([^.;()]{3,120}))?",
			Pattern.CASE_INSENSITIVE);

	private static final String DOCUMENT_WORD = "(?:review|report|strategy|inspection|thematic)";

	/**
	 * A report by its title, after "the", "our", "its" or "their": capitalised words (joined by "and", "of",
	 * "for", "on", "&") ending with a document word, and an "of ..." part in capitals ("the Independent Review of
	 * Probation Caseloads"). Without the determiner, capitals before "review" are more often a subject and its
	 * verb ("Probation Regions review information").
	 */
	private static final Pattern TITLED = Pattern.compile("(?i:\\b(?:the|our|its|their)\\s+)(?!(?:The|A|An|This|That)\\b)"
			+ "((?:[A-Z][\\p{L}0-9'’&-]*\\s+(?:(?:and|of|for|on|&)\\s+)?){1,7}(?i:" + DOCUMENT_WORD + "))"
			+ "(?:\\s+(?:of|on|into|for)\\s+(?:the\\s+)?([A-Z][\\p{L}0-9'’-]*(?:\\s+(?:(?:of|and|the|for|on|to)\\s+)*[A-Z][\\p{L}0-9'’-]*)*))?(?![\\p{L}])");

	/** A report by a short name: "the EM thematic", "our response to the Covid recovery report". */
	private static final Pattern SHORT = Pattern.compile(
			"\\b(?:the|our)\\s+((?:previous\\s+)?(?:response\\s+to\\s+(?:the\\s+)?)?(?:(?!(?:the|this|a|an|our)\\b)[\\p{L}0-9'’-]+\\s+){1,5}?" + DOCUMENT_WORD
					+ ")\\b",
			Pattern.CASE_INSENSITIVE);

	/** What makes a short name a citation and not a description ("the ongoing offending review"). */
	private static final Pattern SHORT_SIGNAL = Pattern.compile("(?i)\\b(thematic|inspection|response to|19\\d\\d|20\\d\\d)\\b");

	/**
	 * A curated document named within this many characters of the start of "recommendation N of ..." is the one
	 * whose recommendation is cited (room for "the", "our" or "HMPPS's").
	 */
	private static final int CITED_DOCUMENT_START = 5;

	private static final Pattern DOCUMENT_WORD_IN = Pattern.compile("(?i)\\b" + DOCUMENT_WORD + "\\b");

	private References() {
	}

	/** One span of text read, on its line. */
	private record Segment(String text, int line) {
	}

	static void find(ParsedDocument doc, Recommendation rec, Vocabulary vocabulary) {
		List<Segment> segments = new ArrayList<>();
		segments.add(new Segment(rec.text(), rec.lines.get(0)));
		rec.actions.forEach(a -> segments.add(new Segment(a.text(), a.lines.get(0))));
		for (Segment segment : segments) {
			List<int[]> taken = new ArrayList<>();
			numbered(doc, rec, vocabulary, segment, taken);
			List<PhraseMatcher.Hit<Vocabulary.Entry>> named = new ArrayList<>();
			for (PhraseMatcher.Hit<Vocabulary.Entry> hit : vocabulary.hitsIn(segment.text())) {
				if (hit.value().kind() != Vocabulary.Kind.DOCUMENT) {
					named.add(hit);
				}
				else if (free(taken, hit.start(), hit.end())) {
					add(rec, new ParsedDocument.Reference(null, null, hit.value(), segment.line()));
					taken.add(new int[] { hit.start(), hit.end() });
				}
			}
			reports(doc, rec, segment, TITLED, taken, named, false);
			reports(doc, rec, segment, SHORT, taken, named, true);
		}
	}

	private static void numbered(ParsedDocument doc, Recommendation rec, Vocabulary vocabulary, Segment segment,
			List<int[]> taken) {
		Matcher m = NUMBERED.matcher(segment.text());
		while (m.find()) {
			String number = m.group(1) + (m.group(2) == null ? "" : "(" + letter(doc, m.group(1), m.group(2)) + ")");
			String tail = m.group(3);
			ParsedDocument.Reference ref = null;
			if (tail != null) {
				List<Vocabulary.Entry> docs = vocabulary.hitsIn(tail)
					.stream()
					.filter(h -> h.value().kind() == Vocabulary.Kind.DOCUMENT && h.start() <= CITED_DOCUMENT_START)
					.map(PhraseMatcher.Hit::value)
					.toList();
				if (!docs.isEmpty()) {
					ref = new ParsedDocument.Reference(number, null, docs.get(0), segment.line());
				}
				else if (DOCUMENT_WORD_IN.matcher(tail).find()) {
					String report = reportName(tail);
					if (!isThisReport(doc, report)) {
						ref = new ParsedDocument.Reference(number, report, null, segment.line());
					}
				}
			}
			taken.add(new int[] { m.start(), m.end() });
			if (ref == null) {
				if (number.equals(rec.number)) {
					continue;
				}
				if (doc.recommendations.stream().noneMatch(r -> r.number.equals(number))) {
					doc.warn(segment.line(), Warning.Kind.UNRESOLVED_REFERENCE, "recommendation " + rec.number
							+ " refers to recommendation " + number + ", which the plan does not have");
					continue;
				}
				ref = new ParsedDocument.Reference(number, null, null, segment.line());
			}
			add(rec, ref);
		}
	}

	/** The report named at the start of a "recommendation N of ..." tail: its title, or up to its document word. */
	private static String reportName(String tail) {
		Matcher titled = TITLED.matcher(tail);
		if (titled.lookingAt()) {
			return titled.group().strip();
		}
		Matcher word = DOCUMENT_WORD_IN.matcher(tail);
		word.find();
		return tail.substring(0, word.end()).strip();
	}

	private static void reports(ParsedDocument doc, Recommendation rec, Segment segment, Pattern pattern,
			List<int[]> taken, List<PhraseMatcher.Hit<Vocabulary.Entry>> named, boolean needsSignal) {
		Matcher m = pattern.matcher(segment.text());
		while (m.find()) {
			int start = m.start(1);
			if (!free(taken, start, m.end())) {
				continue;
			}
			taken.add(new int[] { start, m.end() });
			int end = m.end();
			if (named.stream().anyMatch(h -> h.start() < end && h.end() >= end)) {
				// a policy, programme or system of the vocabulary ("the HMPPS Rehabilitation Strategy"): a mention
				continue;
			}
			String report = segment.text().substring(start, m.end()).strip();
			if (needsSignal && !SHORT_SIGNAL.matcher(report).find()) {
				continue;
			}
			if (CitationWords.of(report).isEmpty() || isThisReport(doc, report)) {
				continue;
			}
			add(rec, new ParsedDocument.Reference(null, report, null, segment.line()));
		}
	}

	private static boolean isThisReport(ParsedDocument doc, String report) {
		return CitationScore.of(report, doc.inspection.citationWords(), doc.inspection.publishedOn().getYear()) >= CitationScore.THRESHOLD;
	}

	private static boolean free(List<int[]> taken, int start, int end) {
		return taken.stream().noneMatch(t -> start < t[1] && t[0] < end);
	}

	private static void add(Recommendation rec, ParsedDocument.Reference ref) {
		if (ref.targetNumber() == null && ref.externalDocument() != null
				&& rec.references.stream().anyMatch(r -> ref.externalDocument().equals(r.externalDocument()))) {
			// "recommendation 1 of the ACMD report ... the ACMD report": the document is referenced already
			return;
		}
		boolean known = rec.references.stream()
			.anyMatch(r -> java.util.Objects.equals(r.targetNumber(), ref.targetNumber())
					&& java.util.Objects.equals(r.externalDocument(), ref.externalDocument())
					&& java.util.Objects.equals(r.report() == null ? null : Keys.key(r.report()),
							ref.report() == null ? null : Keys.key(ref.report())));
		if (!known) {
			rec.references.add(ref);
		}
	}

	/** "iii" -> "c" unless the parent really has a sub-recommendation lettered like that. */
	private static String letter(ParsedDocument doc, String parent, String printed) {
		String p = printed.toLowerCase(Locale.ROOT);
		boolean exists = doc.recommendations.stream().anyMatch(r -> r.number.equals(parent + "(" + p + ")"));
		if (exists || !p.matches("[ivx]+")) {
			return p;
		}
		int value = 0;
		int prev = 0;
		for (int i = p.length() - 1; i >= 0; i--) {
			int v = switch (p.charAt(i)) {
				case 'i' -> 1;
				case 'v' -> 5;
				default -> 10;
			};
			value += v < prev ? -v : v;
			prev = Math.max(prev, v);
		}
		return String.valueOf((char) ('a' + value - 1));
	}

}

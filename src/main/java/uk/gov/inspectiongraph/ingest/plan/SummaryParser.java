package uk.gov.inspectiongraph.ingest.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.gov.inspectiongraph.ingest.read.DocumentException;
import uk.gov.inspectiongraph.ingest.read.Text;
import uk.gov.inspectiongraph.model.Keys;

/**
 * Reads the slide summary of an inspection: its title, the key findings (sentences under "Key findings"
 * headings) and its statistics (a number on its own line with the description under it, and the
 * "**172 cases** inspected" bullets of the methodology).
 */
public final class SummaryParser {

	private static final Pattern NUMBER_LINE = Pattern.compile("^\\**\\s*(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s*(%?)\\s*\\**$");

	private static final Pattern BOLD_COUNT = Pattern.compile("^-\\s*\\*\\*(\\d{1,3}(?:,\\d{3})*|\\d+)\\s+([^*]+)\\*\\*(.*)$");

	private static final Pattern SLIDE_FURNITURE = Pattern.compile("^(Her Majesty's|Inspectorate of|Probation|QUESTIONS\\?)$");

	private static final Pattern FINDINGS_HEADING = Pattern.compile("(?i)key findings");

	public ParsedDocument parse(String file, String sha256, List<String> lines) {
		ParsedDocument doc = new ParsedDocument(file, sha256, lines);
		doc.kind = ParsedDocument.Kind.SUMMARY;
		StringBuilder title = new StringBuilder();
		boolean inTitle = false;
		String section = null;
		boolean findings = false;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || SLIDE_FURNITURE.matcher(line).matches()) {
				continue;
			}
			if (title.length() == 0 && line.startsWith("**") || inTitle) {
				inTitle = !line.endsWith("**") || (line.equals("**") && !inTitle);
				title.append(' ').append(line.replace("*", ""));
				continue;
			}
			if (isHeading(lines, i, line)) {
				section = line.replaceAll("[:\\s]+$", "");
				findings = FINDINGS_HEADING.matcher(line).find();
				continue;
			}
			Matcher number = NUMBER_LINE.matcher(line);
			if (number.matches() && section != null && !isYear(number.group(1), number.group(2))) {
				StringBuilder label = new StringBuilder();
				int j = i + 1;
				while (j < lines.size() && lines.get(j).isBlank()) {
					j++;
				}
				while (j < lines.size() && !lines.get(j).isBlank() && !NUMBER_LINE.matcher(lines.get(j).strip()).matches()) {
					label.append(' ').append(lines.get(j).strip());
					j++;
				}
				String text = clean(label.toString());
				if (!text.isEmpty()) {
					double value = Double.parseDouble(number.group(1).replace(",", ""));
					String unit = number.group(2).isEmpty() ? null : "%";
					doc.statistics.add(new ParsedDocument.Statistic(text, value, unit, i + 1));
					i = j - 1;
				}
				continue;
			}
			Matcher bold = BOLD_COUNT.matcher(line);
			if (bold.matches()) {
				String label = clean(line.substring(1));
				doc.statistics.add(new ParsedDocument.Statistic(label,
						Double.parseDouble(bold.group(1).replace(",", "")), bold.group(2).strip(), i + 1));
				continue;
			}
			if (findings && !line.startsWith("-") && line.split("\\s+").length >= 6) {
				doc.findings.add(new ParsedDocument.Finding(clean(line), section, i + 1));
			}
		}
		if (title.length() == 0) {
			throw new DocumentException(file, 1, "no title: expected the inspection title in **bold** on the first slide");
		}
		doc.summaryTitleKey = Keys.key(title.toString());
		if (doc.findings.isEmpty() && doc.statistics.isEmpty()) {
			throw new DocumentException(file, 1, "no key findings or statistics found in the summary");
		}
		return doc;
	}

	/** A slide heading: a short line with no sentence end, followed by a blank line. */
	private static boolean isHeading(List<String> lines, int i, String line) {
		boolean blankAfter = i + 1 >= lines.size() || lines.get(i + 1).isBlank();
		boolean shortLine = line.split("\\s+").length <= 8 && !line.endsWith(".") && !line.startsWith("-")
				&& !NUMBER_LINE.matcher(line).matches() && !line.startsWith("<");
		boolean titled = Character.isUpperCase(line.charAt(0)) && line.length() > 3;
		return blankAfter && shortLine && titled && (line.endsWith(":") || FINDINGS_HEADING.matcher(line).find()
				|| line.equals(line.toUpperCase(Locale.ROOT)) || line.split("\\s+").length >= 2);
	}

	private static boolean isYear(String digits, String percent) {
		return percent.isEmpty() && digits.matches("(19|20)\\d{2}");
	}

	private static String clean(String s) {
		return Text.clean(s.replace("*", "")).replaceAll("^-\\s*", "");
	}

}

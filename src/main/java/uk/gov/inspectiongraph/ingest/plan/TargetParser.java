package uk.gov.inspectiongraph.ingest.plan;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.gov.inspectiongraph.model.TargetStatus;

/**
 * Reads a printed target ("April 2022", "Autumn 2019", "FY Quarter One 2022/23", "Completed and June 2021",
 * "*December 2021") into a {@link Target}: due date is the last day of the latest period named.
 */
public final class TargetParser {

	private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
			+ "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

	private static final Pattern DAY_MONTH_YEAR = Pattern
		.compile("\\b(\\d{1,2})\\s*(?:st|nd|rd|th)?\\s+(" + MONTHS + ")\\.?,?\\s+(\\d{4})\\b");

	private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + MONTHS + ")\\.?,?\\s+(\\d{4})\\b");

	/** "October – December 2020": a month whose year is printed after a later month. */
	private static final Pattern MONTH_RANGE = Pattern
		.compile("\\b(" + MONTHS + ")\\s*(?:-|–|to)\\s*(" + MONTHS + ")\\s+(\\d{4})\\b");

	private static final Pattern NUMERIC_DATE = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})\\b");

	private static final Pattern QUARTER = Pattern.compile(
			"\\b(?:fy\\s*)?(?:quarter|q)\\s*(one|two|three|four|1|2|3|4)\\s*(?:of\\s*)?(?:fy\\s*)?(\\d{4})\\s*/\\s*(\\d{2,4})\\b");

	private static final Pattern SEASON = Pattern
		.compile("\\b(spring|summer|autumn|winter|early|mid|late|end of|end)\\s*-?\\s*(\\d{4})\\b");

	private static final Pattern FINANCIAL_YEAR = Pattern.compile("\\b(\\d{4})\\s*/\\s*(\\d{2}|\\d{4})\\b");

	private static final Pattern YEAR = Pattern.compile("\\b(19\\d{2}|20\\d{2})\\b");

	private static final Pattern ONGOING = Pattern.compile(
			"\\b(on-?going|quarterly|monthly|weekly|annually|annual|bi-annually|recurring|continuous|commenced|rolling)\\b|to be reviewed");

	private static final Pattern COMPLETED = Pattern.compile("\\bcomplete(d)?\\b");

	private TargetParser() {
	}

	public static Target parse(String printed) {
		if (printed == null || printed.isBlank()) {
			return Target.NONE;
		}
		String text = printed.strip().replaceAll("\\s+", " ");
		boolean revised = text.startsWith("*");
		LocalDate due = latestDate(text);
		String lower = text.toLowerCase(Locale.ROOT);
		TargetStatus status;
		if (ONGOING.matcher(lower).find()) {
			status = TargetStatus.ONGOING;
		}
		else if (due != null) {
			status = TargetStatus.SCHEDULED;
		}
		else if (COMPLETED.matcher(lower).find()) {
			status = TargetStatus.COMPLETED;
		}
		else {
			status = TargetStatus.UNSPECIFIED;
		}
		return new Target(text, due, status, revised);
	}

	/** The exact day of a printed date ("17th January 2022.", "26 May 2022"), or null. */
	public static LocalDate exactDay(String text) {
		Matcher m = DAY_MONTH_YEAR.matcher(text.toLowerCase(Locale.ROOT));
		if (!m.find()) {
			return null;
		}
		try {
			return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
		}
		catch (RuntimeException invalid) {
			return null;
		}
	}

	/** The last day of the latest period named in free text, or null when it names none. */
	public static LocalDate latestDate(String text) {
		String lower = text.toLowerCase(Locale.ROOT).replace('*', ' ');
		LocalDate latest = null;
		StringBuilder rest = new StringBuilder(lower);
		latest = max(latest, consume(rest, DAY_MONTH_YEAR,
				m -> LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)))));
		latest = max(latest, consume(rest, NUMERIC_DATE, m -> {
			int year = Integer.parseInt(m.group(3));
			return LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(1)));
		}));
		latest = max(latest, consume(rest, MONTH_RANGE, m -> endOfMonth(Integer.parseInt(m.group(3)), month(m.group(2)))));
		latest = max(latest, consume(rest, MONTH_YEAR, m -> endOfMonth(Integer.parseInt(m.group(2)), month(m.group(1)))));
		latest = max(latest, consume(rest, QUARTER, m -> {
			int start = Integer.parseInt(m.group(2));
			return switch (m.group(1)) {
				case "one", "1" -> LocalDate.of(start, 6, 30);
				case "two", "2" -> LocalDate.of(start, 9, 30);
				case "three", "3" -> LocalDate.of(start, 12, 31);
				default -> LocalDate.of(start + 1, 3, 31);
			};
		}));
		latest = max(latest, consume(rest, SEASON, m -> {
			int year = Integer.parseInt(m.group(2));
			return switch (m.group(1)) {
				case "spring" -> LocalDate.of(year, 5, 31);
				case "summer" -> LocalDate.of(year, 8, 31);
				case "autumn" -> LocalDate.of(year, 11, 30);
				case "winter" -> endOfMonth(year + 1, Month.FEBRUARY);
				case "early" -> LocalDate.of(year, 3, 31);
				case "mid" -> LocalDate.of(year, 6, 30);
				default -> LocalDate.of(year, 12, 31);
			};
		}));
		latest = max(latest, consume(rest, FINANCIAL_YEAR, m -> LocalDate.of(Integer.parseInt(m.group(1)) + 1, 3, 31)));
		latest = max(latest, consume(rest, YEAR, m -> LocalDate.of(Integer.parseInt(m.group(1)), 12, 31)));
		return latest;
	}

	private interface DateOf {

		LocalDate apply(Matcher m);

	}

	/** Finds every match, blanks it out so that coarser patterns do not read it again, returns the latest. */
	private static LocalDate consume(StringBuilder text, Pattern pattern, DateOf dateOf) {
		LocalDate latest = null;
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			try {
				latest = max(latest, dateOf.apply(m));
			}
			catch (RuntimeException invalidDate) {
				// "31/02/22" and the like: not a date, ignore
			}
			for (int i = m.start(); i < m.end(); i++) {
				text.setCharAt(i, ' ');
			}
		}
		return latest;
	}

	private static Month month(String name) {
		String key = name.substring(0, 3);
		for (Month month : Month.values()) {
			if (month.name().toLowerCase(Locale.ROOT).startsWith(key)) {
				return month;
			}
		}
		throw new IllegalArgumentException("Not a month: " + name);
	}

	private static LocalDate endOfMonth(int year, Month month) {
		return YearMonth.of(year, month).atEndOfMonth();
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		if (a == null) {
			return b;
		}
		return (b == null || a.isAfter(b)) ? a : b;
	}

}

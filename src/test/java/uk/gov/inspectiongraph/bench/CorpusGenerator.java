package uk.gov.inspectiongraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import uk.gov.inspectiongraph.ingest.plan.OwnerDirectory;

/**
 * Writes N synthetic action plans in the corpus's text format (tab-separated six-column rows, {@code <p>}
 * multi-action cells, update revisions, sub-recommendations, addressee headings, owners from a shared pool
 * with a long tail, vocabulary mentions, references), deterministic from a seed. About 10 recommendations and
 * 40 actions a plan.
 *
 * <p>Usage: {@code CorpusGenerator N SEED OUT_DIR [RECOMMENDATIONS [UPDATES]]}: with RECOMMENDATIONS, each plan has
 * that many; with UPDATES, each recommendation's row is followed by that many update rows (a plan of 99
 * recommendations and 24 updates is about 1 MB; of 200 updates, 20,000 rows).
 */
public final class CorpusGenerator {

	private static final String[] HEADINGS = { "The Ministry of Justice should:", "HM Prison and Probation Service should:",
			"The Probation Service should:", "HMPPS to work with HM Courts & Tribunals Service (HMCTS) to:",
			"Her Majesty's Prison and Probation Service, together with the Community Rehabilitation Companies, should:" };

	private static final String[] VERBS = { "Ensure", "Review", "Develop", "Publish", "Improve", "Commission", "Evaluate",
			"Strengthen", "Mandate", "Update" };

	private static final String[] SUBJECTS = { "the use of electronic monitoring in case management",
			"domestic abuse and safeguarding checks before release", "recall decisions and their quality assurance",
			"accommodation provision for people leaving custody", "substance misuse treatment after release",
			"the quality of pre-sentence reports", "unpaid work delivery and its backlog",
			"accredited programmes for people on licence", "information sharing with police and children's services",
			"training for probation practitioners", "data collection and analysis of outcomes",
			"remote supervision and digital exclusion" };

	private static final String[] MENTIONS = { "the EM Expansion Programme", "the Probation Reform Programme", "OMiC",
			"the HDC Policy Framework", "OASys", "nDelius", "EQuIP", "the Touch Points Model", "the Target Operating Model",
			"the National Partnership Agreement", "HMCTS", "NHS England", "the Parole Board", "Public Health England",
			"the Prioritisation Framework", "Microsoft Teams" };

	private static final String[] ACTIONS = { "HMPPS will review %s and report on progress, working with %s.",
			"A working group will be established to improve %s, drawing on %s.",
			"Guidance on %s will be updated and published, aligned with %s.",
			"Regions will monitor %s through performance and quality processes, using %s.",
			"MoJ will commission an evaluation of %s, in collaboration with %s." };

	private static final String[] REGIONS = { "Wales", "London", "North West", "North East", "Yorkshire and the Humber",
			"East of England", "South West", "South Central", "Kent, Surrey and Sussex", "West Midlands", "East Midlands",
			"Greater Manchester" };

	private static final String[] FUNCTIONS = { "Public Protection", "Sentence Management", "Courts", "Interventions",
			"Approved Premises", "Workforce", "Digital", "Performance", "Contract Management", "Victims", "Youth",
			"Women", "Resettlement", "Accommodation", "Health", "Employment", "Security", "Policy", "Assurance",
			"Change" };

	private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	private final Random random;

	private final List<String> owners = new ArrayList<>();

	private final int updates;

	public CorpusGenerator(long seed) {
		this(seed, 0);
	}

	/** Update rows per recommendation's row: 0 for one or two, drawn. */
	public CorpusGenerator(long seed, int updates) {
		this.random = new Random(seed);
		this.updates = updates;
		OwnerDirectory.bundled().roles().forEach(r -> this.owners.add(r.name()));
		for (String region : REGIONS) {
			this.owners.add("Regional Probation Director " + region);
		}
		for (String a : FUNCTIONS) {
			for (String b : FUNCTIONS) {
				if (!a.equals(b)) {
					this.owners.add("Deputy Director, " + a + " and " + b);
				}
			}
		}
	}

	public static void main(String[] args) throws IOException {
		int n = Integer.parseInt(args[0]);
		long seed = Long.parseLong(args[1]);
		Path out = Path.of(args[2]);
		int recommendations = args.length > 3 ? Integer.parseInt(args[3]) : 0;
		int updates = args.length > 4 ? Integer.parseInt(args[4]) : 0;
		new CorpusGenerator(seed, updates).write(n, out, recommendations);
		System.out.println("wrote " + n + " plans to " + out);
	}

	public void write(int n, Path out) throws IOException {
		write(n, out, 0);
	}

	/** N plans, each of that many recommendations (0: as drawn). */
	public void write(int n, Path out, int recommendations) throws IOException {
		Files.createDirectories(out);
		for (int i = 1; i <= n; i++) {
			Files.writeString(out.resolve(String.format("plan-%05d.txt", i)), plan(i, recommendations), StandardCharsets.UTF_8);
		}
	}

	/** An owner from the pool: a few very common roles and a long tail (cubic skew). */
	private String owner() {
		double u = this.random.nextDouble();
		return this.owners.get((int) (this.owners.size() * u * u * u));
	}

	private <T> T pick(T[] items) {
		return items[this.random.nextInt(items.length)];
	}

	private String target(LocalDate published, boolean update) {
		int kind = this.random.nextInt(10);
		LocalDate due = published.plusMonths(3 + this.random.nextInt(30));
		if (update && kind < 4) {
			return "Completed";
		}
		return switch (kind) {
			case 0 -> "Ongoing";
			case 1 -> "To be reviewed quarterly";
			case 2 -> "Completed and " + due.format(MONTH_YEAR);
			case 3 -> "*" + due.format(MONTH_YEAR);
			case 4 -> "FY Quarter Two " + due.getYear() + "/" + String.valueOf(due.getYear() + 1).substring(2);
			default -> due.format(MONTH_YEAR);
		};
	}

	private String action(int rec, int total) {
		String text = String.format(pick(ACTIONS), pick(SUBJECTS), pick(MENTIONS));
		if (rec > 1 && this.random.nextInt(8) == 0) {
			text += " See recommendation " + (1 + this.random.nextInt(rec - 1)) + ".";
		}
		return text;
	}

	public String plan(int i) {
		return plan(i, 0);
	}

	/** A plan of that many recommendations (0: 8 to 12, drawn as for every plan, so a seed's corpus stays the same). */
	public String plan(int i, int recommendations) {
		LocalDate published = LocalDate.of(2018 + this.random.nextInt(7), 1 + this.random.nextInt(12), 1 + this.random.nextInt(28));
		LocalDate submitted = published.plusDays(20 + this.random.nextInt(40));
		LocalDate updated = submitted.plusMonths(10 + this.random.nextInt(6));
		String updateLabel = "Update (" + updated.format(MONTH_YEAR) + ")";
		StringBuilder s = new StringBuilder();
		s.append("\n\nHM Prison &\nProbation Service\n\n");
		s.append("Action Plan Submitted: ").append(day(submitted)).append(".\n\n");
		s.append("Updated Action Plan Submitted: ").append(day(updated)).append(".\n\n");
		s.append("A Response to: A thematic inspection of ").append(pick(SUBJECTS)).append(" (bench plan ").append(i).append(")\n\n");
		s.append("Report Published: ").append(day(published)).append(".\n\n");
		s.append("ACTION PLAN: Bench Plan ").append(String.format("%05d", i)).append("\n\n");
		s.append("1. Rec No\t2. Recommendation\t3. Agreed/ Partly Agreed/ Not Agreed\t4. Response Action Taken/Planned\t5. Responsible Owner\t6. Target Date\n");
		int drawn = 8 + this.random.nextInt(5);
		int recs = recommendations > 0 ? recommendations : drawn;
		int agreed = 0;
		int partly = 0;
		int not = 0;
		for (int r = 1; r <= recs; r++) {
			if (r == 1 || this.random.nextInt(4) == 0) {
				s.append("\t").append(pick(HEADINGS)).append("\t\t\t\t\n");
			}
			boolean parent = this.random.nextInt(6) == 0;
			String text = pick(VERBS) + " " + pick(SUBJECTS) + ", including " + pick(MENTIONS) + ".";
			if (parent) {
				int children = 2 + this.random.nextInt(3);
				s.append(r).append('\t').append(text.replace(".", ", to include:")).append("\t\t\t\t\n");
				boolean anyPartly = false;
				for (int c = 0; c < children; c++) {
					String agreement = this.random.nextInt(5) == 0 ? "Partly agreed" : "Agreed";
					anyPartly |= agreement.startsWith("Partly");
					row(s, "(" + (char) ('a' + c) + ")", pick(SUBJECTS) + ".", agreement, r, recs, published, updateLabel);
				}
				if (anyPartly) {
					partly++;
				}
				else {
					agreed++;
				}
			}
			else {
				int a = this.random.nextInt(20);
				String agreement = a == 0 ? "Not agreed" : a < 5 ? "Partly agreed" : "Agreed";
				switch (agreement) {
					case "Agreed" -> agreed++;
					case "Partly agreed" -> partly++;
					default -> not++;
				}
				row(s, String.valueOf(r), text, agreement, r, recs, published, updateLabel);
			}
			if (this.random.nextInt(5) == 0) {
				s.append("\nActions with future target dates may be delayed due to Covid-19 recovery.\n\n");
			}
		}
		s.append("\nRecommendations\t\nAgreed\t").append(agreed).append("\nPartly Agreed\t").append(partly)
			.append("\nNot Agreed\t").append(not).append("\nTotal\t").append(agreed + partly + not).append("\n");
		return s.toString();
	}

	private void row(StringBuilder s, String number, String text, String agreement, int rec, int recs, LocalDate published,
			String updateLabel) {
		int originals = 1 + this.random.nextInt(2);
		StringBuilder response = new StringBuilder();
		StringBuilder owner = new StringBuilder();
		StringBuilder target = new StringBuilder();
		if (!agreement.equals("Agreed")) {
			response.append("<p>This recommendation is ").append(agreement.toLowerCase(Locale.ROOT))
				.append(" because it depends on funding decisions outside HMPPS.</p> ");
		}
		for (int k = 0; k < originals; k++) {
			response.append("<p>").append(action(rec, recs)).append("</p> ");
			String o = owner();
			if (this.random.nextInt(10) == 0) {
				o = o + " & " + owner();
			}
			owner.append("<p>").append(o).append("</p> ");
			target.append("<p>").append(target(published, false)).append("</p> ");
		}
		s.append(number).append('\t').append(text).append('\t').append(agreement).append('\t')
			.append(response.toString().strip()).append('\t').append(owner.toString().strip()).append('\t')
			.append(target.toString().strip()).append('\n');
		int updates = this.updates > 0 ? this.updates : 1 + this.random.nextInt(2);
		for (int u = 0; u < updates; u++) {
			String prefix = u == 0 ? updateLabel + " " : "";
			s.append("\t\t\t").append(prefix).append(action(rec, recs)).append('\t').append(owner()).append('\t')
				.append(target(published, true)).append('\n');
		}
	}

	private static String day(LocalDate date) {
		return date.getDayOfMonth() + " " + date.format(MONTH_YEAR);
	}

}

package uk.gov.inspectiongraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import uk.gov.inspectiongraph.graph.Graph;
import uk.gov.inspectiongraph.ingest.plan.CitationWords;
import uk.gov.inspectiongraph.ingest.plan.OwnerDirectory;
import uk.gov.inspectiongraph.ingest.plan.SimilarityTerms;
import uk.gov.inspectiongraph.ingest.plan.ParsedDocument;
import uk.gov.inspectiongraph.ingest.plan.ParsedDocument.Action;
import uk.gov.inspectiongraph.ingest.plan.ParsedDocument.Recommendation;
import uk.gov.inspectiongraph.ingest.plan.Vocabulary;
import uk.gov.inspectiongraph.ingest.plan.Warning;
import uk.gov.inspectiongraph.ingest.read.DocumentException;
import uk.gov.inspectiongraph.ingest.read.Limits;
import uk.gov.inspectiongraph.model.Hashes;
import uk.gov.inspectiongraph.model.Keys;

/**
 * Imports documents into the graph: all-or-nothing per document (one write transaction), unchanged documents
 * (same content hash) are skipped, a changed document replaces its old facts without leaving orphans.
 */
@Service
public class Importer {

	private static final Logger log = LoggerFactory.getLogger(Importer.class);

	/** Where "today" is, for the date of an import. */
	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	/**
	 * A document to import: its file name, its size, and how to read its bytes. A file is read when its turn
	 * comes and released after, so a folder of any size is never held whole.
	 */
	public record Source(String name, long size, Content content) {

		/** A document already in memory. */
		public Source(String name, byte[] bytes) {
			this(name, bytes.length, () -> bytes);
		}

		/** A file, read when it is imported. */
		public static Source of(Path file) throws IOException {
			return new Source(file.getFileName().toString(), Files.size(file), () -> Files.readAllBytes(file));
		}

		byte[] bytes() throws IOException {
			return this.content.read();
		}

	}

	/** A document's bytes, read on demand. */
	@FunctionalInterface
	public interface Content {

		byte[] read() throws IOException;

	}

	private final Graph graph;

	private final Vocabulary vocabulary;

	private final OwnerDirectory owners;

	private final DocumentReader reader;

	/** The vocabulary's entries as the graph stores them (documents are not entities). */
	private final List<Map<String, Object>> entities;

	/** A hash of {@link #entities}: every entry's fields in order. */
	private final String vocabularyHash;

	private final Limits limits;

	public Importer(Graph graph, Vocabulary vocabulary, OwnerDirectory owners) {
		this(graph, vocabulary, owners, Limits.DEFAULTS);
	}

	@Autowired
	public Importer(Graph graph, Vocabulary vocabulary, OwnerDirectory owners, Limits limits) {
		this.graph = graph;
		this.vocabulary = vocabulary;
		this.owners = owners;
		this.limits = limits;
		this.reader = new DocumentReader(vocabulary, owners, limits);
		List<Map<String, Object>> entities = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		for (Vocabulary.Entry e : vocabulary.entries()) {
			if (e.kind() != Vocabulary.Kind.DOCUMENT) {
				entities.add(Map.of("id", e.id(), "name", e.name(), "kind", e.kind().name(), "aliases", e.aliases(),
						"keys", e.keys()));
				text.append(String.join("\u0001", e.id(), e.name(), e.kind().name(), String.join("\u0002", e.aliases()),
						String.join("\u0002", e.keys()))).append('\n');
			}
		}
		this.entities = List.copyOf(entities);
		this.vocabularyHash = Hashes.sha256(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	/**
	 * Imports the documents one at a time (read, parse, write, release), action plans before summaries (a
	 * summary attaches to its plan's inspection). One that fails, for any reason, fails alone. The reports come
	 * back sorted by file.
	 */
	public List<ImportReport> importAll(List<Source> sources) {
		List<ImportReport> reports = new ArrayList<>();
		importAll(sources, reports::add);
		reports.sort(Comparator.comparing(ImportReport::file));
		return reports;
	}

	/**
	 * As {@link #importAll(List)}, each document's report handed to {@code done} as soon as it is known and held by
	 * nothing here: what an import holds does not grow with the number of documents beyond a name and a hash each.
	 */
	public void importAll(List<Source> sources, Consumer<ImportReport> done) {
		Consumer<ImportReport> each = r -> {
			log.info("import {}", r);
			done.accept(r);
		};
		Map<String, String> hashes = new HashMap<>();
		List<Source> readable = new ArrayList<>();
		for (Source source : sources) {
			try {
				this.limits.checkSize(source.name(), source.size());
				hashes.put(source.name(), Hashes.sha256(source.bytes()));
				readable.add(source);
			}
			catch (DocumentException ex) {
				each.accept(failed(source.name(), ex.getMessage()));
			}
			catch (IOException | UncheckedIOException ex) {
				each.accept(failed(source.name(), source.name() + ":1: cannot read the file: " + ex.getMessage()));
			}
		}
		Unchanged unchanged = unchanged(hashes);
		if (!unchanged.vocabulary()) {
			writeVocabulary();
		}
		// summaries are few and small: held parsed until the plans they attach to are written
		List<ParsedDocument> summaries = new ArrayList<>();
		for (Source source : readable) {
			if (unchanged.documents().containsKey(source.name())) {
				each.accept(unchanged.documents().get(source.name()));
				continue;
			}
			ParsedDocument doc = parse(source, each);
			if (doc != null && doc.kind == ParsedDocument.Kind.SUMMARY) {
				summaries.add(doc);
			}
			else if (doc != null) {
				each.accept(load(doc));
			}
		}
		for (ParsedDocument doc : summaries) {
			each.accept(load(doc));
		}
	}

	/** A source read and parsed, or null with its failure reported (a heap exhausted by it among them). */
	private ParsedDocument parse(Source source, Consumer<ImportReport> reports) {
		try {
			return this.reader.read(source.name(), source.bytes());
		}
		catch (DocumentException ex) {
			reports.accept(failed(source.name(), ex.getMessage()));
		}
		catch (IOException | UncheckedIOException ex) {
			reports.accept(failed(source.name(), source.name() + ":1: cannot read the file: " + ex.getMessage()));
		}
		catch (OutOfMemoryError ex) {
			// what one document took is released with it; the others go on
			reports.accept(failed(source.name(), source.name() + ":1: the document does not fit in the memory this import has"
					+ " (" + (Runtime.getRuntime().maxMemory() >> 20) + " MB of heap): lower import.max-document-size or import.max-lines,"
					+ " or give the JVM more (-Xmx)"));
		}
		return null;
	}

	/** What the graph holds already: documents by file, and whether the vocabulary is this one. */
	private record Unchanged(Map<String, ImportReport> documents, boolean vocabulary) {
	}

	/** An unchanged document's report, and whether the graph holds this vocabulary (the same on every row). */
	private record UnchangedRow(ImportReport report, boolean vocabulary) {
	}

	/**
	 * The sources stored already with the same content and reading rules, reported from the graph without
	 * parsing them, and whether the graph holds this vocabulary (one query for all; no row: written again).
	 */
	private Unchanged unchanged(Map<String, String> hashes) {
		List<Map<String, Object>> documents = hashes.entrySet()
			.stream()
			.map(e -> Map.<String, Object>of("file", e.getKey(), "sha256", e.getValue()))
			.toList();
		List<UnchangedRow> rows = this.graph.read(LoaderCypher.UNCHANGED_DOCUMENTS,
				Map.of("documents", documents, "reader", DocumentReader.VERSION, "vocabulary", this.vocabularyHash), r -> {
					String file = r.get("file").asString();
					List<Warning> warnings = r.get("warnings").asList(w -> new Warning(file, w.get("line").asInt(),
							Warning.Kind.valueOf(w.get("kind").asString()), w.get("text").asString()));
					return new UnchangedRow(new ImportReport(file, ImportReport.Status.UNCHANGED,
							r.get("inspection").asString(null), r.get("recommendations").asInt(), r.get("actions").asInt(),
							r.get("owners").asInt(), warnings, null), r.get("vocabularyUnchanged").asBoolean());
				});
		Map<String, ImportReport> reports = new HashMap<>();
		rows.forEach(row -> reports.put(row.report().file(), row.report()));
		return new Unchanged(reports, !rows.isEmpty() && rows.get(0).vocabulary());
	}

	private static ImportReport failed(String file, String error) {
		return new ImportReport(file, ImportReport.Status.FAILED, null, 0, 0, 0, List.of(), error);
	}

	private void writeVocabulary() {
		this.graph.write(tx -> {
			tx.run(LoaderCypher.GRAPH_VERSION).consume();
			return tx.run(LoaderCypher.VOCABULARY, Map.of("entries", this.entities, "sha256", this.vocabularyHash))
				.consume();
		});
	}

	private ImportReport load(ParsedDocument doc) {
		try {
			return this.graph.write(tx -> {
				var state = tx.run(LoaderCypher.DOCUMENT_STATE, Map.of("file", doc.file, "reader", DocumentReader.VERSION))
					.single();
				String stored = state.get("sha256").asString(null);
				String inspectionId = doc.kind == ParsedDocument.Kind.SUMMARY ? summaryInspection(tx, doc) : doc.inspection.id();
				if (doc.sha256.equals(stored)) {
					return report(doc, ImportReport.Status.UNCHANGED, inspectionId, List.of());
				}
				List<ChangeSets.Rec> before = facts(tx, doc.file);
				String previous = state.get("previous").asString(null);
				List<Timelines.Prior> prior = doc.kind == ParsedDocument.Kind.ACTION_PLAN ? Timelines.prior(tx, doc.file)
						: List.of();
				tx.run(LoaderCypher.COUNTS, Map.of("files", List.of(doc.file), "sign", -1)).consume();
				var touched = tx.run(LoaderCypher.DELETE_DOCUMENT_FACTS, Map.of("file", doc.file)).single();
				if (doc.kind == ParsedDocument.Kind.ACTION_PLAN) {
					writePlan(tx, doc, prior, previous != null && !doc.sha256.equals(previous));
				}
				else {
					writeSummary(tx, doc, inspectionId);
				}
				Map<String, Object> record = new HashMap<>();
				record.put("file", doc.file);
				record.put("sha256", doc.sha256);
				record.put("kind", doc.kind.name());
				record.put("reader", DocumentReader.VERSION);
				record.put("warnings", warnings(doc.warnings));
				record.put("lines", doc.lines);
				record.put("locations", doc.locations);
				record.put("inspectionId", inspectionId);
				tx.run(LoaderCypher.RECORD_DOCUMENT, record).consume();
				tx.run(LoaderCypher.COUNTS, Map.of("files", List.of(doc.file), "sign", 1)).consume();
				List<Warning> citationWarnings = Citations.resolve(tx, doc);
				tx.run(LoaderCypher.REMOVE_ORPHANS, Map.of("owners", touched.get("owners").asList(), "externals",
						touched.get("externals").asList(), "inspections", touched.get("inspections").asList()))
					.consume();
				if (!before.isEmpty() && !doc.sha256.equals(previous)) {
					recordChanges(tx, doc, previous, ChangeSets.diff(before, facts(tx, doc.file)));
				}
				tx.run(LoaderCypher.GRAPH_VERSION).consume();
				return report(doc, ImportReport.Status.LOADED, inspectionId, citationWarnings);
			});
		}
		catch (DocumentException ex) {
			return failed(doc.file, ex.getMessage());
		}
		catch (Neo4jException ex) {
			return failed(doc.file, doc.file + ":1: " + refusal(ex));
		}
	}

	/** The database's refusal in words: over the transaction's memory it names the setting that raises it. */
	static String refusal(Neo4jException ex) {
		String message = String.valueOf(ex.getMessage());
		if (message.contains("db.memory.transaction.max") || String.valueOf(ex.code()).contains("MemoryPoolOutOfMemory")) {
			java.util.regex.Matcher limit = java.util.regex.Pattern.compile("limit ([0-9.]+ [KMG]iB)").matcher(message);
			return "the document needs more memory in one transaction than the limit" + (limit.find() ? " of " + limit.group(1) : "")
					+ " (raise it with neo4j.embedded.transaction-memory, and the heap with -Xmx, or split the document)";
		}
		return "the database refused the document: " + message;
	}

	private static List<Map<String, Object>> warnings(List<Warning> warnings) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Warning w : warnings) {
			rows.add(Map.of("ordinal", rows.size(), "line", w.line(), "kind", w.kind().name(), "text", w.text()));
		}
		return rows;
	}

	/** The plan's recommendations and actions as the graph holds them (empty for a summary or a new document). */
	private static List<ChangeSets.Rec> facts(TransactionContext tx, String file) {
		return tx.run(LoaderCypher.DOCUMENT_FACTS, Map.of("file", file)).list(r -> new ChangeSets.Rec(
				r.get("number").asString(), r.get("agreement").asString(null), r.get("actions").asList(a -> new ChangeSets.Act(
						a.get("text").asString(null), a.get("owners").asList(Value::asString),
						a.get("target").asString(null), a.get("dueOn").asString(null), a.get("status").asString(null)))));
	}

	/** Stores what changed as a change set of the document, when anything did. */
	private static void recordChanges(TransactionContext tx, ParsedDocument doc, String previous,
			List<ChangeSets.Change> changes) {
		if (changes.isEmpty()) {
			return;
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ChangeSets.Change c : changes) {
			Map<String, Object> row = new HashMap<>();
			row.put("ordinal", rows.size());
			row.put("kind", c.kind());
			row.put("recommendation", c.recommendation());
			row.put("action", c.action());
			row.put("field", c.field());
			row.put("old", c.oldValue());
			row.put("new", c.newValue());
			rows.add(row);
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("file", doc.file);
		parameters.put("id", doc.file + "@" + doc.sha256.substring(0, 12));
		parameters.put("from", previous);
		parameters.put("to", doc.sha256);
		parameters.put("changes", rows);
		tx.run(LoaderCypher.RECORD_CHANGES, parameters).consume();
	}

	private ImportReport report(ParsedDocument doc, ImportReport.Status status, String inspectionId,
			List<Warning> citationWarnings) {
		List<Warning> warnings = new ArrayList<>(doc.warnings);
		warnings.addAll(citationWarnings);
		Set<String> owners = new LinkedHashSet<>();
		doc.recommendations.forEach(r -> r.actions.forEach(a -> a.owners.forEach(o -> owners.add(o.id()))));
		return new ImportReport(doc.file, status, inspectionId, doc.recommendations.size(), doc.actionCount(),
				owners.size(), List.copyOf(warnings), null);
	}

	private String summaryInspection(TransactionContext tx, ParsedDocument doc) {
		var ids = tx.run(LoaderCypher.FIND_INSPECTION_BY_TITLE, Map.of("titleKey", doc.summaryTitleKey))
			.list(r -> r.get("id").asString());
		if (ids.isEmpty()) {
			throw new DocumentException(doc.file, 1,
					"no inspection in the graph matches the summary's title; import its action plan first");
		}
		return ids.get(0);
	}

	private void writePlan(TransactionContext tx, ParsedDocument doc, List<Timelines.Prior> prior, boolean replaced) {
		String inspectionId = doc.inspection.id();
		Map<String, Object> inspection = located(doc, doc.inspection.line(), Map.of("id", inspectionId, "title",
				doc.inspection.title(), "keys", doc.inspection.keys(), "citationWords", doc.inspection.citationWords(),
				"publishedOn", doc.inspection.publishedOn(), "line", doc.inspection.line()));
		Map<String, Object> plan = located(doc, doc.plan.line(), Map.of("id", doc.plan.id(), "title", doc.plan.title(),
				"submittedOn", doc.plan.submittedOn(), "line", doc.plan.line()));
		List<Map<String, Object>> revisions = doc.revisions.stream()
			.map(r -> located(doc, r.line(), Map.of("id", r.id(), "ordinal", r.ordinal(), "label", r.label(), "key",
					Keys.key(r.label()), "date", r.date(), "line", r.line())))
			.toList();
		tx.run(LoaderCypher.INSPECTION_AND_PLAN,
				Map.of("file", doc.file, "inspection", inspection, "plan", plan, "revisions", revisions))
			.consume();

		Timelines.Written timelines = Timelines.of(tx, doc, prior, replaced, LocalDate.now(LONDON));
		List<Map<String, Object>> recs = new ArrayList<>();
		List<Map<String, Object>> actions = new ArrayList<>();
		List<Map<String, Object>> references = new ArrayList<>();
		int ordinal = 0;
		for (Recommendation rec : doc.recommendations) {
			Map<String, Object> r = new HashMap<>();
			r.put("id", rec.id);
			r.put("number", rec.number);
			r.put("text", rec.text());
			r.put("agreement", rec.agreement.name());
			r.put("agreementPrinted", rec.printedAgreement != null);
			r.put("progress", progress(doc, rec).name());
			r.put("rationale", rec.rationale);
			r.put("ordinal", ordinal++);
			r.put("parent", rec.parentNumber == null ? null : inspectionId + "/" + rec.parentNumber);
			r.put("lines", rec.lines);
			r.put("locations", locations(doc, rec.lines));
			r.put("addressees", rec.addressees.stream().map(Vocabulary.Entry::id).toList());
			r.put("mentions", rec.mentions.stream().map(Vocabulary.Entry::id).toList());
			SimilarityTerms.Terms terms = SimilarityTerms.of(rec.text());
			r.put("similarStems", terms.stems());
			r.put("similarWords", terms.words());
			List<Map<String, Object>> pending = new ArrayList<>();
			for (ParsedDocument.Reference ref : rec.references) {
				if (ref.report() != null) {
					Map<String, Object> p = new HashMap<>();
					p.put("id", rec.id + "#" + pending.size());
					p.put("report", ref.report());
					p.put("words", CitationWords.of(ref.report()));
					p.put("year", CitationWords.year(ref.report()));
					p.put("number", ref.targetNumber());
					p.put("line", ref.line());
					pending.add(p);
					continue;
				}
				Map<String, Object> x = new HashMap<>();
				x.put("from", rec.id);
				x.put("number", ref.targetNumber());
				if (ref.externalDocument() != null) {
					x.put("external", Map.of("id", ref.externalDocument().id(), "title", ref.externalDocument().name()));
				}
				else {
					x.put("to", inspectionId + "/" + ref.targetNumber());
				}
				references.add(x);
			}
			r.put("pendingReferences", pending);
			recs.add(r);
			int position = 0;
			for (Action action : rec.actions) {
				Map<String, Object> a = new HashMap<>();
				a.put("id", action.id);
				a.put("recommendation", rec.id);
				a.put("revision", doc.revisions.get(action.revision).id());
				a.put("revisionOrdinal", action.revision);
				a.put("text", action.text());
				a.put("targetText", action.target.text());
				a.put("dueOn", action.target.dueOn());
				a.put("status", action.target.status().name());
				a.put("revised", action.target.revised());
				a.put("position", position++);
				a.put("lines", action.lines);
				a.put("locations", locations(doc, action.lines));
				a.put("mentions", action.mentions.stream().map(Vocabulary.Entry::id).toList());
				a.put("owners", action.owners.stream().map(this::owner).toList());
				a.put("timeline", timelines.actions().get(action.id));
				actions.add(a);
			}
		}
		Map<String, Object> params = new HashMap<>();
		params.put("file", doc.file);
		params.put("inspectionId", inspectionId);
		params.put("recommendations", recs);
		tx.run(LoaderCypher.RECOMMENDATIONS, params).consume();
		inBatches(actions, batch -> tx.run(LoaderCypher.ACTIONS, Map.of("file", doc.file, "inspectionId", inspectionId,
				"actions", batch)).consume());
		tx.run(LoaderCypher.RECORD_PROMISES, Map.of("promises", List.of(), "moves", timelines.moves())).consume();
		inBatches(timelines.promises(), batch -> tx.run(LoaderCypher.RECORD_PROMISES, Map.of("promises", batch, "moves", List.of()))
			.consume());
		inBatches(references, batch -> tx.run(LoaderCypher.REFERENCES, Map.of("references", batch)).consume());
		SimilarRecommendations.link(tx, recs);
		tx.run(LoaderCypher.PLAN_ORDER, Map.of("inspectionIds", List.of(inspectionId))).consume();
		tx.run(LoaderCypher.PROGRAMME_MEMBERSHIP, Map.of("inspectionIds", List.of(inspectionId))).consume();
		tx.run(LoaderCypher.INSPECTION_INVOLVEMENT, Map.of("inspectionIds", List.of(inspectionId))).consume();
	}

	/**
	 * Rows sent a thousand at a time, all in the one transaction: a plan of 20,000 actions sent in one statement
	 * held its whole parameter list several times over on the heap (the driver's message, the database's decoded
	 * copy, the query's rows) and ran a 256 MB heap out; in batches only one batch is held at a time.
	 */
	private static <T> void inBatches(List<T> rows, java.util.function.Consumer<List<T>> write) {
		for (int from = 0; from < rows.size(); from += WRITE_BATCH) {
			write.accept(rows.subList(from, Math.min(rows.size(), from + WRITE_BATCH)));
		}
	}

	private static final int WRITE_BATCH = 1000;

	/** Where in a published file each of the lines was read from; null for text. */
	private static List<String> locations(ParsedDocument doc, List<Integer> lines) {
		return doc.locations == null ? null : lines.stream().map(l -> doc.locations.get(l - 1)).toList();
	}

	/** The row with the published file's location of its line (null for text). */
	private static Map<String, Object> located(ParsedDocument doc, int line, Map<String, Object> row) {
		Map<String, Object> out = new HashMap<>(row);
		out.put("location", doc.locations == null ? null : doc.locations.get(line - 1));
		return out;
	}

	/**
	 * Progress from the actions of the latest revision (a parent without actions of its own: its children's):
	 * all completed, or ongoing with none scheduled, else open.
	 */
	static uk.gov.inspectiongraph.model.Progress progress(ParsedDocument doc, Recommendation rec) {
		List<Action> actions = rec.actions;
		if (actions.isEmpty()) {
			actions = doc.recommendations.stream()
				.filter(c -> rec.number.equals(c.parentNumber))
				.flatMap(c -> c.actions.stream())
				.toList();
		}
		int latest = actions.stream().mapToInt(a -> a.revision).max().orElse(0);
		return uk.gov.inspectiongraph.model.Progress
			.of(actions.stream().filter(a -> a.revision == latest).map(a -> a.target.status()).toList());
	}

	private Map<String, Object> owner(OwnerDirectory.Role role) {
		List<String> programmes = this.vocabulary.programmesOf(role.name()).stream().map(Vocabulary.Entry::id).toList();
		return Map.of("id", role.id(), "name", role.name(), "aliases", role.aliases(), "keys", role.keys(),
				"programmes", programmes);
	}

	private void writeSummary(TransactionContext tx, ParsedDocument doc, String inspectionId) {
		List<Map<String, Object>> findings = new ArrayList<>();
		int n = 0;
		for (ParsedDocument.Finding f : doc.findings) {
			n++;
			findings.add(Map.of("id", inspectionId + "/finding/" + n, "text", f.text(), "category", f.category(),
					"ordinal", n, "line", f.line(), "mentions",
					this.vocabulary.mentionsIn(f.text(), java.util.EnumSet.complementOf(java.util.EnumSet.of(Vocabulary.Kind.DOCUMENT)))
						.stream()
						.map(Vocabulary.Entry::id)
						.toList()));
		}
		List<Map<String, Object>> statistics = new ArrayList<>();
		n = 0;
		for (ParsedDocument.Statistic s : doc.statistics) {
			n++;
			Map<String, Object> m = new HashMap<>();
			m.put("id", inspectionId + "/statistic/" + n);
			m.put("label", s.label());
			m.put("value", s.value());
			m.put("unit", s.unit());
			m.put("ordinal", n);
			m.put("line", s.line());
			statistics.add(m);
		}
		tx.run(LoaderCypher.SUMMARY, Map.of("file", doc.file, "inspectionId", inspectionId, "findings", findings,
				"statistics", statistics))
			.consume();
	}

}

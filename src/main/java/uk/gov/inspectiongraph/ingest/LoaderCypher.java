package uk.gov.inspectiongraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The loader's MERGE statements, kept as files under {@code cypher/loader/} (on the classpath as {@code cypher/loader}). */
public final class LoaderCypher {

	static final String DOCUMENT_STATE = load("01_document_state");

	static final String DELETE_DOCUMENT_FACTS = load("02_delete_document_facts");

	static final String VOCABULARY = load("03_vocabulary");

	static final String INSPECTION_AND_PLAN = load("04_inspection_and_plan");

	static final String RECOMMENDATIONS = load("05_recommendations");

	static final String ACTIONS = load("06_actions");

	static final String REFERENCES = load("07_references");

	/** Citations of reports to resolve after a document is loaded. */
	static final String PENDING_CITATIONS = load("08_pending_citations");

	static final String SUMMARY = load("09_summary");

	static final String FIND_INSPECTION_BY_TITLE = load("10_find_inspection_by_title");

	static final String RECORD_DOCUMENT = load("11_record_document");

	static final String REMOVE_ORPHANS = load("12_remove_orphans");

	/** Sets the plan order of the actions of {@code $inspectionIds} (the importer and migrations V0007, V0009). */
	public static final String PLAN_ORDER = load("13_plan_order");

	/** Sets what {@code $inspectionIds} involve, for related inspections (the importer and migration V0010). */
	public static final String INSPECTION_INVOLVEMENT = load("14_inspection_involvement");

	/** Bumps the graph's version (what HTTP caches revalidate against). */
	static final String GRAPH_VERSION = load("15_graph_version");

	/** A plan document's recommendations and actions, before and after a change. */
	static final String DOCUMENT_FACTS = load("16_document_facts");

	/** Stores a change set. */
	static final String RECORD_CHANGES = load("17_record_changes");

	/** The reports a citation may name. */
	static final String CITATION_CANDIDATES = load("18_citation_candidates");

	/** Stores what citations resolve to, and the warnings they raise. */
	static final String APPLY_CITATIONS = load("19_apply_citations");

	/** The documents of an import that are stored already, unchanged. */
	static final String UNCHANGED_DOCUMENTS = load("20_unchanged_documents");

	/**
	 * Adds ({@code $sign} 1) or takes away (-1) the share of the documents {@code $files} in the counts that
	 * stats and due-date totals read (the importer and migration V0015).
	 */
	public static final String COUNTS = load("21_counts");

	/**
	 * Derives programme membership (IN_PROGRAMME) for the recommendations and actions of {@code $inspectionIds}
	 * (the importer and migration V0013).
	 */
	public static final String PROGRAMME_MEMBERSHIP = load("22_programme_membership");

	/** A plan document's actions with their timeline entries, before a changed version replaces them. */
	static final String PRIOR_ACTIONS = load("23_prior_actions");

	/** The superseded entries of commitment chains. */
	static final String CHAIN_PROMISES = load("24_chain_promises");

	/** Keeps the entries a changed document superseded, and joins chains. */
	static final String RECORD_PROMISES = load("25_record_promises");

	/** Links each recommendation of a plan to those of other inspections that ask for the same thing. */
	static final String SIMILAR_RECOMMENDATIONS = load("26_similar_recommendations");

	private LoaderCypher() {
	}

	private static String load(String name) {
		try (InputStream in = LoaderCypher.class.getResourceAsStream("/cypher/loader/" + name + ".cypher")) {
			if (in == null) {
				throw new IllegalStateException("missing loader statement cypher/loader/" + name + ".cypher");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

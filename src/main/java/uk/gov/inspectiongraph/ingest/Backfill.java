package uk.gov.inspectiongraph.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ac.simons.neo4j.migrations.core.JavaBasedMigration;
import ac.simons.neo4j.migrations.core.MigrationContext;
import ac.simons.neo4j.migrations.core.MigrationVersion;
import org.neo4j.driver.Session;

/**
 * A data migration that gives a graph imported by an older version the derived facts the importer now writes
 * per inspection, with the importer's own statement, a transaction per batch of inspections so a large graph
 * never needs one huge transaction. Re-running one changes nothing.
 */
public final class Backfill implements JavaBasedMigration {

	/**
	 * Migrations 0007 (actions' plan order), 0009 (recommendations' plan order), 0010 (what each inspection
	 * involves), 0013 (programme membership) and 0015 (the counts stats and filtered totals read, every document
	 * adding its share to none).
	 */
	public static List<JavaBasedMigration> all() {
		return List.of(new Backfill("0007", "ActionsInPlanOrder", LoaderCypher.PLAN_ORDER),
				new Backfill("0009", "RecommendationsInPlanOrder", LoaderCypher.PLAN_ORDER),
				new Backfill("0010", "InspectionInvolvement", LoaderCypher.INSPECTION_INVOLVEMENT),
				new Backfill("0013", "ProgrammeMembership", LoaderCypher.PROGRAMME_MEMBERSHIP),
				new Backfill("0015", "Counts", LoaderCypher.COUNTS, "MATCH (t:Tally) DETACH DELETE t",
						"MATCH (d:Document) RETURN d.file AS id ORDER BY id", "files", Map.of("sign", 1)));
	}

	private static final String INSPECTIONS = "MATCH (i:Inspection) RETURN i.id AS id ORDER BY id";

	private static final int BATCH = 200;

	private final String version;

	private final String description;

	private final String statement;

	private final String reset;

	private final String keys;

	private final String parameter;

	private final Map<String, Object> parameters;

	Backfill(String version, String description, String statement) {
		this(version, description, statement, null, INSPECTIONS, "inspectionIds", Map.of());
	}

	/**
	 * A backfill that runs {@code statement} on batches of the ids that {@code keys} returns (as the list
	 * parameter {@code parameter}, with {@code parameters}), after {@code reset} (if any) has cleared what an
	 * interrupted run left.
	 */
	Backfill(String version, String description, String statement, String reset, String keys, String parameter,
			Map<String, Object> parameters) {
		this.version = version;
		this.description = description;
		this.statement = statement;
		this.reset = reset;
		this.keys = keys;
		this.parameter = parameter;
		this.parameters = parameters;
	}

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.withValue(this.version);
	}

	@Override
	public Optional<String> getOptionalDescription() {
		return Optional.of(this.description);
	}

	@Override
	public String getSource() {
		return "V" + this.version + "__" + this.description;
	}

	@Override
	public void apply(MigrationContext context) {
		try (Session session = context.getSession()) {
			if (this.reset != null) {
				session.executeWriteWithoutResult(tx -> tx.run(this.reset).consume());
			}
			List<String> ids = session.executeRead(tx -> tx.run(this.keys).list(r -> r.get("id").asString()));
			for (int from = 0; from < ids.size(); from += BATCH) {
				Map<String, Object> batch = new HashMap<>(this.parameters);
				batch.put(this.parameter, ids.subList(from, Math.min(ids.size(), from + BATCH)));
				session.executeWriteWithoutResult(tx -> tx.run(this.statement, batch).consume());
			}
		}
	}

}

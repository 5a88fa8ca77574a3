package uk.gov.inspectiongraph.ingest;

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
	 * Migrations 0007 (actions' plan order), 0009 (recommendations' plan order) and 0010 (what each
	 * inspection involves).
	 */
	public static List<JavaBasedMigration> all() {
		return List.of(new Backfill("0007", "ActionsInPlanOrder", LoaderCypher.PLAN_ORDER),
				new Backfill("0009", "RecommendationsInPlanOrder", LoaderCypher.PLAN_ORDER),
				new Backfill("0010", "InspectionInvolvement", LoaderCypher.INSPECTION_INVOLVEMENT));
	}

	private static final int BATCH = 200;

	private final String version;

	private final String description;

	private final String statement;

	Backfill(String version, String description, String statement) {
		this.version = version;
		this.description = description;
		this.statement = statement;
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
			List<String> ids = session.executeRead(tx -> tx.run("MATCH (i:Inspection) RETURN i.id AS id ORDER BY id")
				.list(r -> r.get("id").asString()));
			for (int from = 0; from < ids.size(); from += BATCH) {
				List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
				session.executeWriteWithoutResult(
						tx -> tx.run(this.statement, Map.of("inspectionIds", batch)).consume());
			}
		}
	}

}

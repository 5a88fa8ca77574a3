package uk.gov.inspectiongraph.ingest;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import ac.simons.neo4j.migrations.core.JavaBasedMigration;
import ac.simons.neo4j.migrations.core.MigrationContext;
import ac.simons.neo4j.migrations.core.MigrationVersion;
import org.neo4j.driver.Session;

/**
 * A data migration that gives a graph imported by an older version the plan order the importer now writes,
 * with the importer's own statement ({@link LoaderCypher#PLAN_ORDER}), a transaction per batch of inspections
 * so a large graph never needs one huge transaction. Re-running it changes nothing.
 */
public final class PlanOrderBackfill implements JavaBasedMigration {

	/** Migrations 0007 (actions' plan order) and 0009 (recommendations' plan order). */
	public static List<JavaBasedMigration> all() {
		return List.of(new PlanOrderBackfill("0007", "ActionsInPlanOrder"),
				new PlanOrderBackfill("0009", "RecommendationsInPlanOrder"));
	}

	private static final int BATCH = 200;

	private final String version;

	private final String description;

	PlanOrderBackfill(String version, String description) {
		this.version = version;
		this.description = description;
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
						tx -> tx.run(LoaderCypher.PLAN_ORDER, Map.of("inspectionIds", batch)).consume());
			}
		}
	}

}

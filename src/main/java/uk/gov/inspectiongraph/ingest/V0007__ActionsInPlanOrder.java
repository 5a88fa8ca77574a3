package uk.gov.inspectiongraph.ingest;

import java.util.List;
import java.util.Map;

import ac.simons.neo4j.migrations.core.JavaBasedMigration;
import ac.simons.neo4j.migrations.core.MigrationContext;
import org.neo4j.driver.Session;

/**
 * Migration 0007 (named the way neo4j-migrations reads versions from Java migrations): gives the actions of a
 * graph imported before V0006 their plan order, with the importer's own statement
 * ({@link LoaderCypher#PLAN_ORDER}), a transaction per batch of inspections so a large graph never needs
 * one huge transaction.
 */
public class V0007__ActionsInPlanOrder implements JavaBasedMigration {

	private static final int BATCH = 200;

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

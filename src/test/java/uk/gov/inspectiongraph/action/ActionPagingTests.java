package uk.gov.inspectiongraph.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ac.simons.neo4j.migrations.core.MigrationContext;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import uk.gov.inspectiongraph.IntegrationTest;
import uk.gov.inspectiongraph.graph.Graph;
import uk.gov.inspectiongraph.ingest.Backfill;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages of actions come from the plan-order indexes; they must list exactly what sorting every match by
 * (inspection published, newest first; inspection; recommendation; position) lists.
 */
@IntegrationTest
class ActionPagingTests {

	private static final String PLAN_ORDER = "ORDER BY i.publishedOn DESC, i.id, r.ordinal, a.position";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Graph graph;

	@Autowired
	Driver driver;

	private List<String> ids(String cypher, Map<String, Object> parameters) {
		return this.graph.read(cypher, parameters, r -> r.get(0).asString());
	}

	/** Every page of {@code actions(where: where)}, seven at a time, following the cursors. */
	private List<String> pageThrough(String where) {
		List<String> seen = new ArrayList<>();
		String after = null;
		while (true) {
			var response = this.graphQl.document("""
					query($after: String) { actions(where: %s, first: 7, after: $after) {
					  totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }""".formatted(where))
				.variable("after", after)
				.execute();
			seen.addAll(response.path("actions.edges[*].node.id").entityList(String.class).get());
			if (!response.path("actions.pageInfo.hasNextPage").entity(Boolean.class).get()) {
				int total = response.path("actions.totalCount").entity(Integer.class).get();
				assertThat(seen).as("totalCount of %s", where).hasSize(total);
				return seen;
			}
			after = response.path("actions.pageInfo.endCursor").entity(String.class).get();
		}
	}

	@Test
	void everyOwnersActionsPageInPlanOrder() {
		List<String> owners = ids("MATCH (o:Owner) WHERE EXISTS { (o)<-[:OWNED_BY]-() } RETURN o.name ORDER BY o.name", Map.of());
		assertThat(owners).hasSizeGreaterThan(10);
		for (String owner : owners) {
			List<String> expected = ids("""
					MATCH (i:Inspection)-[:HAS_RECOMMENDATION]->(r:Recommendation)-[:HAS_ACTION]->(a:Action)-[:OWNED_BY]->(:Owner {name: $name})
					RETURN a.id %s""".formatted(PLAN_ORDER), Map.of("name", owner));
			assertThat(pageThrough("{owner: \"" + owner.replace("\"", "\\\"") + "\"}")).as(owner).isEqualTo(expected);
		}
	}

	@Test
	void allActionsPageInPlanOrder() {
		List<String> expected = ids("""
				MATCH (i:Inspection)-[:HAS_RECOMMENDATION]->(r:Recommendation)-[:HAS_ACTION]->(a:Action)
				RETURN a.id %s""".formatted(PLAN_ORDER), Map.of());
		assertThat(expected).hasSizeGreaterThan(100);
		assertThat(this.graphQl.document("{ actions(first: 500) { edges { node { id } } } }").execute()
			.path("actions.edges[*].node.id").entityList(String.class).get()).isEqualTo(expected);
	}

	@Test
	void anOwnerFilterAndAnOwnerSearchCanMeetOnTwoOwnersOfOneAction() {
		var pair = this.graph.read("""
				MATCH (o1:Owner)<-[:OWNED_BY]-(a:Action)-[:OWNED_BY]->(o2:Owner)
				WHERE o1 <> o2 AND NOT toLower(o1.name) CONTAINS toLower(o2.name)
				RETURN a.id AS id, o1.name AS owner, o2.name AS other ORDER BY id LIMIT 1""", Map.of(), r -> r).get(0);
		List<String> ids = this.graphQl.document("""
				query($owner: String!, $other: String!) {
				  actions(where: {owner: $owner, ownerSearch: $other}, first: 500) { edges { node { id } } } }""")
			.variable("owner", pair.get("owner").asString())
			.variable("other", pair.get("other").asString())
			.execute()
			.path("actions.edges[*].node.id").entityList(String.class).get();
		assertThat(ids).contains(pair.get("id").asString());
	}

	@Test
	void theBackfillMigrationGivesAnOlderGraphTheImportersPlanOrder() {
		String snapshot = """
				MATCH (r:Recommendation)-[:HAS_ACTION]->(a:Action)-[owned:OWNED_BY]->()
				RETURN a.id + '|' + coalesce(r.planOrder, '-') + '|' + coalesce(a.planOrder, '-') + '|'
				       + coalesce(owned.ownerPlanOrder, '-') AS row ORDER BY row""";
		List<String> imported = ids(snapshot, Map.of());
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> tx.run("""
					MATCH (r:Recommendation)-[:HAS_ACTION]->(a:Action)-[owned:OWNED_BY]->()
					REMOVE r.planOrder, a.planOrder, owned.ownerPlanOrder""").consume());
		}
		assertThat(ids(snapshot, Map.of())).allMatch(row -> row.endsWith("|-|-|-"));
		Backfill.all().get(1).apply(MigrationContext.of(MigrationsConfig.defaultConfig(), this.driver));
		assertThat(ids(snapshot, Map.of())).isEqualTo(imported).noneMatch(row -> row.contains("|-"));
	}

}

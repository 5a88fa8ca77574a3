package uk.gov.inspectiongraph.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import uk.gov.inspectiongraph.IntegrationTest;
import uk.gov.inspectiongraph.graph.Graph;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Related inspections are scored from the INVOLVES edges the importer keeps; they must score exactly what
 * walking every recommendation, action and owner of both inspections scores.
 */
@IntegrationTest
class RelatedInspectionsTests {

	/** The definition: what the two inspections' recommendations and actions share, walked in full. */
	private static final String WALKED = """
			MATCH (i:Inspection {id: $id})
			CALL (i) {
			  MATCH (i)-[:HAS_RECOMMENDATION]->(:Recommendation)-[:HAS_ACTION*0..1]->()-[:MENTIONS]->(e:Entity)
			        <-[:MENTIONS]-()<-[:HAS_ACTION*0..1]-(:Recommendation)<-[:HAS_RECOMMENDATION]-(j:Inspection)
			  WHERE j <> i
			  RETURN DISTINCT j, e.kind AS kind, e.name AS name
			  UNION
			  MATCH (i)-[:HAS_RECOMMENDATION]->(:Recommendation)-[:HAS_ACTION]->(:Action)-[:OWNED_BY]->(o:Owner)
			        <-[:OWNED_BY]-(:Action)<-[:HAS_ACTION]-(:Recommendation)<-[:HAS_RECOMMENDATION]-(j:Inspection)
			  WHERE j <> i
			  RETURN DISTINCT j, 'OWNER' AS kind, o.name AS name
			  UNION
			  MATCH (i)-[:HAS_RECOMMENDATION]->(:Recommendation)-[:HAS_ACTION]->(:Action)-[:OWNED_BY]->(:Owner)-[:WORKS_IN]->(p:Programme)
			        <-[:WORKS_IN]-(:Owner)<-[:OWNED_BY]-(:Action)<-[:HAS_ACTION]-(:Recommendation)<-[:HAS_RECOMMENDATION]-(j:Inspection)
			  WHERE j <> i
			  RETURN DISTINCT j, 'PROGRAMME' AS kind, p.name AS name
			  UNION
			  MATCH (i)-[:HAS_RECOMMENDATION]->(a:Recommendation)-[:REFERENCES]-(b:Recommendation)<-[:HAS_RECOMMENDATION]-(j:Inspection)
			  WHERE j <> i
			  RETURN DISTINCT j, 'REFERENCE' AS kind, a.id + ' -> ' + b.id AS name
			  UNION
			  MATCH (i)-[:HAS_RECOMMENDATION]->(a:Recommendation)-[:SIMILAR_TO]-(b:Recommendation)<-[:HAS_RECOMMENDATION]-(j:Inspection)
			  WHERE j <> i
			  RETURN DISTINCT j, 'REPEATS' AS kind, a.id + ' ~ ' + b.id AS name
			}
			WITH j, kind, name,
			     CASE kind WHEN 'REFERENCE' THEN 5.0 WHEN 'REPEATS' THEN 4.0 WHEN 'PROGRAMME' THEN 3.0 WHEN 'OWNER' THEN 2.0 WHEN 'POLICY' THEN 2.0
			               WHEN 'SYSTEM' THEN 2.0 ELSE 1.0 END AS weight
			ORDER BY weight DESC, name
			WITH j, sum(weight) AS score, collect(kind + ':' + name) AS reasons
			RETURN j.id + ' ' + score + ' ' + reduce(s = '', r IN reasons | s + '|' + r) AS row
			ORDER BY score DESC, j.id
			""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Graph graph;

	@Test
	void everyInspectionsRelatedAreWhatWalkingTheWholeGraphFinds() {
		List<String> ids = this.graph.read("MATCH (i:Inspection) RETURN i.id ORDER BY i.id", Map.of(), r -> r.get(0).asString());
		int withRelated = 0;
		for (String id : ids) {
			List<String> expected = this.graph.read(WALKED, Map.of("id", id), r -> r.get(0).asString());
			var related = this.graphQl.document("""
					query($id: ID!) { inspection(id: $id) { related(first: 100) { inspection { id } score reasons { kind name } } } }""")
				.variable("id", id)
				.execute()
				.path("inspection.related").entityList(Map.class).get();
			List<String> actual = new ArrayList<>();
			for (Map<?, ?> r : related) {
				StringBuilder row = new StringBuilder(((Map<?, ?>) r.get("inspection")).get("id") + " " + r.get("score") + " ");
				for (Object reason : (List<?>) r.get("reasons")) {
					row.append('|').append(((Map<?, ?>) reason).get("kind")).append(':').append(((Map<?, ?>) reason).get("name"));
				}
				actual.add(row.toString());
			}
			assertThat(actual).as(id).isEqualTo(expected);
			withRelated += expected.isEmpty() ? 0 : 1;
		}
		assertThat(withRelated).isGreaterThan(2);
	}

}

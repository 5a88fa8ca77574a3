package uk.gov.inspectiongraph.inspection;

/**
 * {@code Inspection.related}: a hand-tuned subquery (like an {@code @cypher} field of @neo4j/graphql), written
 * with placeholders for the inspection variable and the limit parameter. Shared programmes, owners, policies,
 * systems, organisations and topics (the INVOLVES edges the importer keeps,
 * cypher/loader/14_inspection_involvement.cypher), and explicit references between the two inspections'
 * recommendations, and recommendations that repeat one another ({@code SIMILAR_TO}, found at import), each
 * counted once and weighted by kind (a node is involved under one kind only: an
 * entity's, OWNER or PROGRAMME). The scores are summed first, one weight per shared node and no strings, and
 * the reasons listed for the best only, so an inspection sharing a busy owner with thousands of others costs
 * one pass over those edges.
 */
final class RelatedInspections {

	/**
	 * The body of a {@code CALL (*)} (Cypher-DSL raw Cypher) returning {@code j}, {@code score} and
	 * {@code reasons}, best first: {@code $E} is the inspection variable, then the limit parameter.
	 */
	static final String BODY = """
			  WITH $E AS related_i
			  CALL (related_i) {
			    CALL (related_i) {
			      MATCH (related_i)-[v:INVOLVES]->(x)
			      WITH x, %1$s AS weight
			      MATCH (x)<-[:INVOLVES]-(j:Inspection)
			      WHERE j <> related_i
			      RETURN j, weight
			      UNION ALL
			      MATCH (related_i)-[:HAS_RECOMMENDATION]->(a:Recommendation)-[:REFERENCES]-(b:Recommendation)<-[:HAS_RECOMMENDATION]-(j:Inspection)
			      WHERE j <> related_i
			      WITH DISTINCT j, a, b
			      RETURN j, 5.0 AS weight
			      UNION ALL
			      MATCH (related_i)-[:HAS_RECOMMENDATION]->(a:Recommendation)-[:SIMILAR_TO]-(b:Recommendation)<-[:HAS_RECOMMENDATION]-(j:Inspection)
			      WHERE j <> related_i
			      WITH DISTINCT j, a, b
			      RETURN j, 4.0 AS weight
			    }
			    RETURN j, sum(weight) AS score
			    ORDER BY score DESC, j.id
			    LIMIT $E
			  }
			  CALL (related_i, j) {
			    CALL (related_i, j) {
			      MATCH (related_i)-[v:INVOLVES]->(x)<-[:INVOLVES]-(j)
			      RETURN v.kind AS kind, x.name AS name
			      UNION
			      MATCH (related_i)-[:HAS_RECOMMENDATION]->(a:Recommendation)-[:REFERENCES]-(b:Recommendation)<-[:HAS_RECOMMENDATION]-(j)
			      RETURN 'REFERENCE' AS kind, a.id + ' -> ' + b.id AS name
			      UNION
			      MATCH (related_i)-[:HAS_RECOMMENDATION]->(a:Recommendation)-[:SIMILAR_TO]-(b:Recommendation)<-[:HAS_RECOMMENDATION]-(j)
			      RETURN 'REPEATS' AS kind, a.id + ' ~ ' + b.id AS name
			    }
			    WITH kind, name, %2$s AS weight
			    ORDER BY weight DESC, name
			    RETURN collect({kind: kind, name: name}) AS reasons
			  }
			  WITH j, score, reasons ORDER BY score DESC, j.id
			  RETURN j, score, reasons
			""".formatted(weight("v.kind"), weight("kind"));

	private RelatedInspections() {
	}

	/** The weight of a reason of the kind {@code kind} (a Cypher expression). */
	private static String weight(String kind) {
		return "CASE " + kind + " WHEN 'REFERENCE' THEN 5.0 WHEN 'REPEATS' THEN 4.0 WHEN 'PROGRAMME' THEN 3.0 WHEN 'OWNER' THEN 2.0 "
				+ "WHEN 'POLICY' THEN 2.0 WHEN 'SYSTEM' THEN 2.0 ELSE 1.0 END";
	}

}

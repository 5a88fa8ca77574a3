package uk.gov.inspectiongraph.recommendation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.gov.inspectiongraph.model.Agreement;
import uk.gov.inspectiongraph.model.Progress;
import uk.gov.inspectiongraph.query.Conditions;
import uk.gov.inspectiongraph.query.Groups;
import uk.gov.inspectiongraph.query.Groups.Dimension;

/** The Cypher of {@code Query.recommendationCounts}: the recommendations {@code recommendations(where)} finds, in groups. */
final class RecommendationCounts {

	/** Each dimension of the schema's {@code RecommendationDimension}. */
	private static final Map<String, Dimension> DIMENSIONS = dimensions();

	private static Map<String, Dimension> dimensions() {
		Map<String, Dimension> d = new LinkedHashMap<>();
		d.put("INSPECTION", Dimension.ofNode("inspection", "", "p.inspectionId", "Inspection", "publishedOn", true));
		d.put("AGREEMENT", Dimension.ofEnum("agreement", "p.agreement", Agreement.class));
		d.put("PROGRESS", Dimension.ofEnum("progress", "p.progress", Progress.class));
		d.put("PROGRAMME", Dimension.ofNode("programme", "OPTIONAL MATCH (r)-[:IN_PROGRAMME]->(gp:Programme)", "gp.id",
				"Programme", "name", false));
		return Map.copyOf(d);
	}

	private RecommendationCounts() {
	}

	/** The anchor binding {@code counts}: the recommendations {@code where} finds, grouped {@code by}. */
	static String anchor(RecommendationWhere where, List<String> by, boolean byCount, Conditions c) {
		String rows = "MATCH (r:Recommendation) WHERE " + (where == null ? "true" : where.toCypher(c));
		return Groups.anchor(rows, "r", Groups.dimensions(by, DIMENSIONS), List.of(), List.of(), byCount, "$limit");
	}

}

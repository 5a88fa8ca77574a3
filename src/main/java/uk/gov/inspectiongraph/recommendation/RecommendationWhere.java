package uk.gov.inspectiongraph.recommendation;

import java.util.ArrayList;
import java.util.List;

import uk.gov.inspectiongraph.graph.Conditions;
import uk.gov.inspectiongraph.ingest.Agreement;
import uk.gov.inspectiongraph.ingest.Text;

/** The {@code RecommendationWhere} input: filters that compose with AND, OR and each other. */
public record RecommendationWhere(String inspection, List<Agreement> agreement, String addressee, String programme,
		List<Progress> progress, String text, Boolean topLevel, List<RecommendationWhere> AND,
		List<RecommendationWhere> OR) {

	/** The Cypher condition on {@code r}, values bound as parameters. */
	public String toCypher(Conditions c) {
		List<String> parts = new ArrayList<>();
		if (this.inspection != null) {
			parts.add("r.inspectionId = " + c.bind(this.inspection));
		}
		if (this.agreement != null) {
			parts.add("r.agreement IN " + c.bind(this.agreement.stream().map(Enum::name).toList()));
		}
		if (this.progress != null) {
			parts.add("r.progress IN " + c.bind(this.progress.stream().map(Enum::name).toList()));
		}
		if (this.addressee != null) {
			parts.add("EXISTS { MATCH (r)-[:ADDRESSED_TO]->(o:Organisation) WHERE " + c.bind(Text.key(this.addressee))
					+ " IN o.keys }");
		}
		if (this.programme != null) {
			parts.add(programmeCondition("r", c.bind(Text.key(this.programme))));
		}
		if (this.text != null) {
			parts.add(c.allWords("r.text", this.text));
		}
		if (this.topLevel != null) {
			parts.add("r.topLevel = " + c.bind(this.topLevel));
		}
		if (this.AND != null) {
			parts.add(Conditions.and(this.AND.stream().map(w -> w.toCypher(c)).toList()));
		}
		if (this.OR != null) {
			parts.add(Conditions.or(this.OR.stream().map(w -> w.toCypher(c)).toList()));
		}
		return Conditions.and(parts);
	}

	/**
	 * A recommendation of a programme: its text or its actions name it, or its actions are owned by one of
	 * the programme's roles.
	 */
	public static String programmeCondition(String r, String key) {
		return "EXISTS { MATCH (p:Programme) WHERE " + key + " IN p.keys AND ( (" + r + ")-[:MENTIONS]->(p) OR (" + r
				+ ")-[:HAS_ACTION]->()-[:MENTIONS]->(p) OR (" + r + ")-[:HAS_ACTION]->()-[:OWNED_BY]->()-[:WORKS_IN]->(p) ) }";
	}

}

package uk.gov.inspectiongraph.recommendation;

import java.util.ArrayList;
import java.util.List;

import uk.gov.inspectiongraph.model.Agreement;
import uk.gov.inspectiongraph.model.Keys;
import uk.gov.inspectiongraph.model.Progress;
import uk.gov.inspectiongraph.programme.Membership;
import uk.gov.inspectiongraph.query.Conditions;

/** The {@code RecommendationWhere} input: filters that compose with AND, OR and each other. */
public record RecommendationWhere(String inspection, List<Agreement> agreement, String addressee, String programme,
		List<Progress> progress, String text, Boolean topLevel, String owner, List<RecommendationWhere> AND,
		List<RecommendationWhere> OR) {

	/** The filter that says only {@code agreements}. */
	static RecommendationWhere agreements(List<Agreement> agreements) {
		return new RecommendationWhere(null, agreements, null, null, null, null, null, null, null, null);
	}

	/** The same filter without its programme: for a match already anchored on that programme. */
	public RecommendationWhere withoutProgramme() {
		return new RecommendationWhere(this.inspection, this.agreement, this.addressee, null, this.progress, this.text,
				this.topLevel, this.owner, this.AND, this.OR);
	}

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
			parts.add("EXISTS { MATCH (r)-[:ADDRESSED_TO]->(o:Organisation) WHERE " + c.bind(Keys.key(this.addressee))
					+ " IN o.keys }");
		}
		if (this.programme != null) {
			parts.add(programmeCondition("r", c.bind(Keys.key(this.programme))));
		}
		if (this.text != null) {
			parts.add(c.allWords("r.text", this.text));
		}
		if (this.topLevel != null) {
			parts.add("r.topLevel = " + c.bind(this.topLevel));
		}
		if (this.owner != null) {
			parts.add("EXISTS { MATCH (r)-[:HAS_ACTION]->(:Action)-[:OWNED_BY]->(ow:Owner) WHERE " + c.bind(Keys.key(this.owner))
					+ " IN ow.keys }");
		}
		if (this.AND != null) {
			parts.add(Conditions.and(this.AND.stream().map(w -> w.toCypher(c)).toList()));
		}
		if (this.OR != null) {
			parts.add(Conditions.or(this.OR.stream().map(w -> w.toCypher(c)).toList()));
		}
		return Conditions.and(parts);
	}

	/** A recommendation of the programmes with the key {@code key} (a bound parameter): {@link Membership}'s rule. */
	public static String programmeCondition(String r, String key) {
		return "EXISTS { MATCH (p:Programme) WHERE " + key + " IN p.keys AND " + Membership.predicate(r, "p") + " }";
	}

	/**
	 * The recommendations of the programmes with the key {@code key} (a bound parameter), as rows of {@code r}:
	 * {@link Membership}'s paths walked from the programme, so the match starts at the few programme nodes
	 * instead of testing every recommendation.
	 */
	public static String programmeRecommendations(String key) {
		return "MATCH (p:Programme) WHERE " + key + " IN p.keys\n" + Membership.recommendationsText("p", "r");
	}

}

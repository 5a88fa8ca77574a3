package uk.gov.inspectiongraph.recommendation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;

import uk.gov.inspectiongraph.model.Keys;
import uk.gov.inspectiongraph.query.Conditions;
import uk.gov.inspectiongraph.query.Groups;
import uk.gov.inspectiongraph.query.Page;
import uk.gov.inspectiongraph.query.Roots;

/**
 * {@code Query.recommendation}, {@code Query.recommendations} and {@code Query.recommendationCounts}; the fields of Recommendation are defined in
 * {@link RecommendationFields}.
 */
@Controller
class RecommendationController {

	private final Roots roots;

	RecommendationController(Roots roots) {
		this.roots = roots;
	}

	@QueryMapping
	Object recommendation(@Argument String inspection, @Argument String number, DataFetchingEnvironment env) {
		String normalised = number.replaceAll("\\s+", "").toLowerCase();
		return this.roots.one(env, "Recommendation", "n",
				"MATCH (n:Recommendation {inspectionId: $inspection, number: $number})",
				Map.of("inspection", inspection, "number", normalised),
				"no recommendation '" + number + "' in inspection '" + inspection + "'");
	}

	@QueryMapping
	Object recommendations(@Argument RecommendationWhere where, @Argument String orderBy, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		Page.Window window = Page.window(first, after);
		Conditions c = new Conditions();
		String order = orderBy == null ? "INSPECTION_THEN_NUMBER" : orderBy;
		String anchor;
		if (where != null && where.programme() != null) {
			String key = c.bind(Keys.key(where.programme()));
			String condition = where.withoutProgramme().toCypher(c);
			anchor = condition.equals("true") && order.equals("INSPECTION_THEN_NUMBER")
					? RecommendationQueries.ofProgramme(key)
					: RecommendationQueries.anchored(RecommendationWhere.programmeRecommendations(key), condition, order);
		}
		else if (where != null && where.agreement() != null && where.equals(RecommendationWhere.agreements(where.agreement()))) {
			anchor = RecommendationQueries.ofAgreements(c.bind(where.agreement().stream().map(Enum::name).toList()), order);
		}
		else {
			anchor = RecommendationQueries.all(where == null ? "true" : where.toCypher(c), order);
		}
		return this.roots.connection(env, "Recommendation", anchor, c.parameters(), window);
	}

	@QueryMapping
	Callable<Object> recommendationCounts(@Argument RecommendationWhere where, @Argument List<String> by,
			@Argument String orderBy, @Argument Integer first, DataFetchingEnvironment env) {
		Conditions c = new Conditions();
		String anchor = RecommendationCounts.anchor(where, by, !"KEY".equals(orderBy), c);
		Map<String, Object> parameters = new HashMap<>(c.parameters());
		parameters.put("limit", Groups.first(first));
		// counts read many rows: each root field of them runs on the task executor, so a dashboard's panels
		// are counted side by side (Spring for GraphQL runs a Callable there)
		return () -> this.roots.list(env, "RecommendationCounts", "counts", anchor, parameters).get(0);
	}

}

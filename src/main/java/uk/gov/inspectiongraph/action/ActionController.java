package uk.gov.inspectiongraph.action;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import uk.gov.inspectiongraph.query.Tallies;
import uk.gov.inspectiongraph.query.Today;

/** {@code Query.actions} and {@code Query.actionCounts}; the fields of Action are defined in {@link ActionFields}. */
@Controller
class ActionController {

	private final Roots roots;

	private final Today today;

	ActionController(Roots roots, Today today) {
		this.roots = roots;
		this.today = today;
	}

	@QueryMapping
	Object actions(@Argument ActionWhere where, @Argument String orderBy, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		Page.Window window = Page.window(first, after);
		Conditions c = new Conditions();
		String order = orderBy == null ? "PLAN_ORDER" : orderBy;
		String anchor;
		Optional<Tallies.Due> tallied = where == null ? Optional.empty() : where.tallied();
		if (where != null && where.owner() != null) {
			String key = c.bind(Keys.key(where.owner()));
			anchor = ActionQueries.ofOwner(key, where.withoutOwner().toCypher(c), order);
		}
		else if (tallied.isPresent()) {
			Tallies.Due due = tallied.get();
			String total = due.total(c);
			anchor = ActionQueries.tallied(where.toCypher(c), order, total, c.bind(due.statuses()),
					due.condition(c, "statuses"), due.dated());
		}
		else {
			anchor = ActionQueries.all(where == null ? "true" : where.toCypher(c), order);
		}
		return this.roots.connection(env, "Action", anchor, c.parameters(), window);
	}

	@QueryMapping
	Callable<Object> actionCounts(@Argument ActionWhere where, @Argument List<String> by, @Argument LocalDate asOf,
			@Argument String orderBy, @Argument Integer first, DataFetchingEnvironment env) {
		Conditions c = new Conditions();
		String anchor = ActionCounts.anchor(where, by, !"KEY".equals(orderBy), c);
		Map<String, Object> parameters = new HashMap<>(c.parameters());
		parameters.put("limit", Groups.first(first));
		parameters.put("asOf", asOf == null ? this.today.get() : asOf);
		// counts read many rows: each root field of them runs on the task executor, so a dashboard's panels
		// are counted side by side (Spring for GraphQL runs a Callable there)
		return () -> this.roots.list(env, "ActionCounts", "counts", anchor, parameters).get(0);
	}

}

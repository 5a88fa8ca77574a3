package uk.gov.inspectiongraph.action;

import java.util.Optional;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;

import uk.gov.inspectiongraph.model.Keys;
import uk.gov.inspectiongraph.query.Conditions;
import uk.gov.inspectiongraph.query.Page;
import uk.gov.inspectiongraph.query.Roots;
import uk.gov.inspectiongraph.query.Tallies;

/** {@code Query.actions}; the fields of Action are defined in {@link ActionFields}. */
@Controller
class ActionController {

	private final Roots roots;

	ActionController(Roots roots) {
		this.roots = roots;
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

}

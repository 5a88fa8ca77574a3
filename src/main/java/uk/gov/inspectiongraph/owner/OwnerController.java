package uk.gov.inspectiongraph.owner;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;

import uk.gov.inspectiongraph.model.Keys;
import uk.gov.inspectiongraph.query.BadRequestException;
import uk.gov.inspectiongraph.query.Page;
import uk.gov.inspectiongraph.query.Roots;

/** {@code Query.owners} and {@code Query.owner}; the fields of Owner are defined in {@link OwnerFields}. */
@Controller
class OwnerController {

	private final Roots roots;

	private final OwnerNames names;

	OwnerController(Roots roots, OwnerNames names) {
		this.roots = roots;
		this.names = names;
	}

	/**
	 * Without search text, owners by name. With it, owners ranked by {@link FuzzyOwnerMatch} over the names of
	 * {@link OwnerNames}, read with the request's selection in one query that holds while the graph is at the
	 * version they were ranked at. When names kept from before answer nothing, either nothing matched or the graph
	 * changed: the names are read again, and if they changed, ranked and read again.
	 */
	@QueryMapping
	List<Object> owners(@Argument String search, @Argument Integer first, DataFetchingEnvironment env) {
		if (first != null && first < 0) {
			throw new BadRequestException("first must be zero or more, was " + first);
		}
		int limit = first == null ? 20 : Math.min(first, Page.MAX_SIZE);
		if (search == null || search.isBlank()) {
			return this.roots.list(env, "Owner", "n", "MATCH (n:Owner) WITH n ORDER BY n.name LIMIT $limit",
					Map.of("limit", limit));
		}
		OwnerNames.Snapshot kept = this.names.kept();
		OwnerNames.Snapshot names = kept != null ? kept : this.names.read(env);
		List<Object> owners = ranked(env, names, search, limit);
		if (owners.isEmpty() && kept != null) {
			OwnerNames.Snapshot now = this.names.read(env);
			if (!now.version().equals(names.version())) {
				owners = ranked(env, now, search, limit);
			}
		}
		return owners;
	}

	private List<Object> ranked(DataFetchingEnvironment env, OwnerNames.Snapshot names, String search, int limit) {
		List<String> ids = names.best(search, limit);
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.roots.list(env, "Owner", "n", OwnerNames.GUARD + "\nUNWIND $ids AS id MATCH (n:Owner {id: id})",
				Map.of("ids", ids, "version", names.version()));
	}

	@QueryMapping
	Object owner(@Argument String name, DataFetchingEnvironment env) {
		return this.roots.one(env, "Owner", "n", "MATCH (n:Owner) WHERE $key IN n.keys WITH n LIMIT 1",
				Map.of("key", Keys.key(name)), "no owner role named '" + name + "'");
	}

}

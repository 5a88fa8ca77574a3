package uk.gov.inspectiongraph.owner;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.Value;

import uk.gov.inspectiongraph.graph.BadRequestException;
import uk.gov.inspectiongraph.graph.Page;
import uk.gov.inspectiongraph.graph.Roots;
import uk.gov.inspectiongraph.model.Keys;

/** {@code Query.owners} and {@code Query.owner}; the fields of Owner are defined in {@link OwnerFields}. */
@Controller
class OwnerController {

	private final Roots roots;

	OwnerController(Roots roots) {
		this.roots = roots;
	}

	/**
	 * Without search text, owners by name. With it, owners ranked by {@link FuzzyOwnerMatch} (scored here, over
	 * every owner's name and aliases), then the best ones read with the request's selection: two queries.
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
		record Scored(String id, String name, double score) {
		}
		List<String> ids = this.roots
			.read(env, "MATCH (o:Owner) RETURN o.id AS id, o.name AS name, o.aliases AS aliases", Map.of(),
					r -> new Scored(r.get("id").asString(), r.get("name").asString(), FuzzyOwnerMatch.score(search,
							r.get("name").asString(), r.get("aliases").isNull() ? List.of() : r.get("aliases").asList(Value::asString))))
			.stream()
			.filter(s -> s.score() >= 0.5)
			.sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::name))
			.limit(limit)
			.map(Scored::id)
			.toList();
		return this.roots.list(env, "Owner", "n", "UNWIND $ids AS id MATCH (n:Owner {id: id})", Map.of("ids", ids));
	}

	@QueryMapping
	Object owner(@Argument String name, DataFetchingEnvironment env) {
		return this.roots.one(env, "Owner", "n", "MATCH (n:Owner) WHERE $key IN n.keys WITH n LIMIT 1",
				Map.of("key", Keys.key(name)), "no owner role named '" + name + "'");
	}

}

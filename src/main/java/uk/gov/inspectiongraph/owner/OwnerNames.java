package uk.gov.inspectiongraph.owner;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

import graphql.schema.DataFetchingEnvironment;

import uk.gov.inspectiongraph.query.Roots;

/**
 * Every owner's id, name and aliases as of one version of the graph: what {@code owners(search:)} scores its
 * text against ({@link FuzzyOwnerMatch}), kept here so that a search is one query. That query checks the
 * version it was ranked at ({@link #GUARD}); a graph changed since answers nothing, and the names are read
 * again.
 */
@Component
class OwnerNames {

	/**
	 * Leads a query over owners ranked at the version {@code $version}: passes one row while the graph is at it,
	 * none once an import has changed it.
	 */
	static final String GUARD = """
			OPTIONAL MATCH (g:GraphVersion {id: 'graph'})
			WITH g WHERE coalesce(g.epoch + '-' + g.version, '0') = $version""";

	private static final String READ = """
			OPTIONAL MATCH (g:GraphVersion {id: 'graph'})
			RETURN coalesce(g.epoch + '-' + g.version, '0') AS version,
			       COLLECT { MATCH (o:Owner) RETURN [o.id, o.name] + coalesce(o.aliases, []) } AS owners""";

	/** The names of one version: each owner's id, then its name and aliases. */
	record Snapshot(String version, List<List<String>> owners) {

		/** The ids of the owners whose name or an alias is close to {@code search}, best first, at most {@code limit}. */
		List<String> best(String search, int limit) {
			record Scored(String id, String name, double score) {
			}
			return this.owners.stream()
				.map(o -> new Scored(o.get(0), o.get(1), FuzzyOwnerMatch.score(search, o.get(1), o.subList(2, o.size()))))
				.filter(s -> s.score() >= 0.5)
				.sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::name))
				.limit(limit)
				.map(Scored::id)
				.toList();
		}

	}

	private final Roots roots;

	private volatile Snapshot snapshot;

	OwnerNames(Roots roots) {
		this.roots = roots;
	}

	/** The names last read, or null if never. */
	Snapshot kept() {
		return this.snapshot;
	}

	/** The names as the graph holds them now. */
	Snapshot read(DataFetchingEnvironment env) {
		Snapshot s = this.roots.read(env, READ, Map.of(),
				r -> new Snapshot(r.get("version").asString(), r.get("owners").asList(v -> v.asList(Value::asString))))
			.get(0);
		this.snapshot = s;
		return s;
	}

}

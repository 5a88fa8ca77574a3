package uk.gov.inspectiongraph.web;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.gov.inspectiongraph.graph.Graph;

/** The graph's version, bumped by every import that changes a document ({@code cypher/loader/15_graph_version}). */
@Component
class GraphVersion {

	private final Graph graph;

	GraphVersion(Graph graph) {
		this.graph = graph;
	}

	/** The current version, {@code epoch-n}; "0" before the first import. One indexed read. */
	String current() {
		List<String> versions = this.graph.read("MATCH (g:GraphVersion {id: 'graph'}) RETURN g.epoch + '-' + g.version AS v",
				Map.of(), r -> r.get("v").asString());
		return versions.isEmpty() ? "0" : versions.get(0);
	}

}

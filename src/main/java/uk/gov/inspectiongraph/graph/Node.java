package uk.gov.inspectiongraph.graph;

/** A graph node the API returns: it has a stable id. */
public interface Node {

	String id();

}

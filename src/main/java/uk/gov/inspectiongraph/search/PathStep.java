package uk.gov.inspectiongraph.search;

/** One node on a path, and the relationship type that leads on to the next. */
public record PathStep(String id, String type, String name, String via) {
}

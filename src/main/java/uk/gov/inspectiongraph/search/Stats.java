package uk.gov.inspectiongraph.search;

/** Marker for the {@code Query.stats} object; each field is resolved on its own. */
public record Stats() {
}

package uk.gov.inspectiongraph.search;

/** A full-text match: a Recommendation, Action or Finding, and its relevance. */
public record SearchHit(double score, Object node) {
}

/** Recommendations: agreement, progress, sub-recommendations, addressees, references, mentions, filters. */
package uk.gov.inspectiongraph.recommendation;

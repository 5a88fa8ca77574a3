/** Read-only exploration: full-text search, shortest paths between nodes, dashboard statistics. */
package uk.gov.inspectiongraph.search;

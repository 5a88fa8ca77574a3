/**
 * The database: the in-process Neo4j (started early, on its own thread), the schema migrations, and {@code Graph},
 * the one way reads (read-only transactions, retried when transient) and writes reach Neo4j, embedded or external.
 * Uses nothing of the project but {@code model}.
 */
package uk.gov.inspectiongraph.graph;

/**
 * Wiring for Neo4j (the in-process default, migrations, read and write transactions) and GraphQL
 * (scalars, errors, limits). No domain logic lives here.
 */
package uk.gov.inspectiongraph.graph;

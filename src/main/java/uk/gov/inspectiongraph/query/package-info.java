/**
 * A GraphQL selection becomes one Cypher query: {@code Roots} runs a root field's translated read,
 * {@code Translator} walks the selection over the features' {@code TypeDef}/{@code FieldDef} declarations into a
 * Cypher-DSL projection ({@code Matches}, {@code Page}, {@code Conditions}, {@code Tallies}, {@code Sources}),
 * and {@code RowFetcher} reads each field back from the returned row. Uses only {@code graph}.
 */
package uk.gov.inspectiongraph.query;

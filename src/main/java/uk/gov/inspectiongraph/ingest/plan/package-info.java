/**
 * A document's way in, second stage: a plan's lines parsed in typed stages ({@code ActionPlanParser}:
 * {@code PlanPreamble} → {@code ColumnRoles} → {@code Commitments} → {@code PlanActions}; a summary by
 * {@code SummaryParser}) into a {@code ParsedDocument}, with owners ({@code OwnerDirectory}), targets
 * ({@code TargetParser}), the curated {@code Vocabulary} and the references found in the text ({@code References},
 * scored by {@code CitationScore}). Every doubt is a {@code Warning} with its line.
 */
package uk.gov.inspectiongraph.ingest.plan;

/** Inspections, their action plans and revisions, summary findings and statistics, and related inspections. */
package uk.gov.inspectiongraph.inspection;

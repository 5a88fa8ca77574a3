/** Actions: commitments with owners, targets and revisions, and the composable action filters. */
package uk.gov.inspectiongraph.action;

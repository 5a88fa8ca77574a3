/** Programmes and the rest of the curated vocabulary (entities that recommendations and actions mention). */
package uk.gov.inspectiongraph.programme;

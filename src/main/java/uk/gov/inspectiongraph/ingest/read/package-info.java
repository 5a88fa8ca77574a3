/**
 * A document's way in, first stage: a published file's format is told by its content ({@code PublishedPlan}) and
 * read into blocks of paragraphs and table rows ({@code DocxBody}, {@code OdtBody}, {@code PdfBody}), which
 * {@code PublishedTable} writes as the text format's lines, each with where it was read from.
 */
package uk.gov.inspectiongraph.ingest.read;

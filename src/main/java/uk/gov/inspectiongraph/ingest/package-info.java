/**
 * A document's way in, last stage: {@code DocumentReader} reads one file ({@code ingest.read}) and parses it
 * ({@code ingest.plan}); {@code Importer} loads it in one transaction with the loader's MERGE statements
 * ({@code LoaderCypher}), resolves its citations ({@code Citations}) and records what changed ({@code ChangeSets});
 * {@code CorpusLoader} loads a folder at start and {@code ImportCommand} from the command line.
 */
package uk.gov.inspectiongraph.ingest;

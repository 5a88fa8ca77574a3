package uk.gov.inspectiongraph.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The corpus loaded at start ({@code corpus.*}).
 *
 * @param dir folder of documents loaded when new or changed; empty for the bundled corpus ({@code data/corpus})
 * @param loadOnStart whether to load it at start (the import command does not)
 */
@ConfigurationProperties("corpus")
public record CorpusProperties(@DefaultValue("") String dir, @DefaultValue("true") boolean loadOnStart) {
}

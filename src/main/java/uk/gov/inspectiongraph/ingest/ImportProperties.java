package uk.gov.inspectiongraph.ingest;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import uk.gov.inspectiongraph.ingest.read.Limits;

/**
 * The importer's limits ({@code import.*}): what one document may hold before it is refused with a message that
 * names the limit and this setting. See {@link Limits} for each.
 */
@ConfigurationProperties("import")
public record ImportProperties(@DefaultValue("64MB") DataSize maxDocumentSize, @DefaultValue("128MB") DataSize maxInflatedSize,
		@DefaultValue("0.01") double minInflateRatio, @DefaultValue("2000") int maxPages,
		@DefaultValue("32MB") DataSize maxPageContentSize, @DefaultValue("2m") Duration maxReadTime,
		@DefaultValue("200000") int maxLineLength, @DefaultValue("100000") int maxLines) {

	public Limits limits() {
		return new Limits(this.maxDocumentSize.toBytes(), this.maxInflatedSize.toBytes(), this.minInflateRatio, this.maxPages,
				this.maxPageContentSize.toBytes(), this.maxReadTime, this.maxLineLength, this.maxLines);
	}

}

package uk.gov.inspectiongraph.ingest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.inspectiongraph.graph.SchemaMigrations;
import uk.gov.inspectiongraph.ingest.plan.OwnerDirectory;
import uk.gov.inspectiongraph.ingest.plan.Vocabulary;
import uk.gov.inspectiongraph.ingest.read.Limits;

/** The curated vocabulary and owner roles the importer reads documents with, and its data migrations. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

	@Bean
	Vocabulary vocabulary() {
		return Vocabulary.bundled();
	}

	@Bean
	Limits importLimits(ImportProperties properties) {
		return properties.limits();
	}

	@Bean
	OwnerDirectory ownerDirectory() {
		return OwnerDirectory.bundled();
	}

	/** The importer's data backfills (migrations 0007, 0009, 0010), applied with the schema migrations. */
	@Bean
	SchemaMigrations.DataMigrations backfills() {
		return new SchemaMigrations.DataMigrations(Backfill.all());
	}

}

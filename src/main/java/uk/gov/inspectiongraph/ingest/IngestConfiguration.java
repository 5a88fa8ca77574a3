package uk.gov.inspectiongraph.ingest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The curated vocabulary and owner roles the importer reads documents with. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

	@Bean
	Vocabulary vocabulary() {
		return Vocabulary.bundled();
	}

	@Bean
	OwnerDirectory ownerDirectory() {
		return OwnerDirectory.bundled();
	}

}

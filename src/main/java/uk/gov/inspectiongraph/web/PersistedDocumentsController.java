package uk.gov.inspectiongraph.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /graphql/persisted-documents}: the documents registered by hash, so that a dashboard can send
 * {@code {"extensions": {"persistedQuery": {"version": 1, "sha256Hash": ...}}, "operationName": ...}} (or a GET
 * with the same) instead of the text.
 */
@RestController
class PersistedDocumentsController {

	private final PersistedDocuments documents;

	PersistedDocumentsController(PersistedDocuments documents) {
		this.documents = documents;
	}

	@GetMapping("/graphql/persisted-documents")
	List<PersistedDocuments.Registered> registered() {
		return this.documents.registered();
	}

}

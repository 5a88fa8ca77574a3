package uk.gov.inspectiongraph.query;

/** The requested node does not exist; reported as a NOT_FOUND GraphQL error with this message. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}

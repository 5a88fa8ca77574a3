package uk.gov.inspectiongraph.query;

/** The request's arguments are wrong; reported as a BAD_REQUEST GraphQL error with this message. */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}

}

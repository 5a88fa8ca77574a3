package uk.gov.inspectiongraph.ingest.read;

/** A document that cannot be read or loaded: names the file, the 1-based line and the reason. */
public class DocumentException extends RuntimeException {

	private final String file;

	private final int line;

	public DocumentException(String file, int line, String reason) {
		super(file + ":" + line + ": " + reason);
		this.file = file;
		this.line = line;
	}

	public String file() {
		return this.file;
	}

	public int line() {
		return this.line;
	}

}

package uk.gov.inspectiongraph.export;

import java.io.IOException;
import java.util.List;

/** One export's output format: a header row, then one row per record, streamed. */
interface Sheet extends AutoCloseable {

	void header(List<String> headers) throws IOException;

	void row(List<Object> cells) throws IOException;

	/** Ends the output (what a format must write after the rows). */
	@Override
	void close() throws IOException;

}

package uk.gov.inspectiongraph.ingest.read;

import java.time.Duration;

/**
 * How much of a document the importer reads before it refuses it, each limit with the setting that raises it
 * ({@code import.*}). The defaults are generous for real plans (the largest published plan is a few MB and a few
 * dozen pages) and keep a 256 MB heap safe from one hostile file.
 *
 * @param maxDocumentBytes a document's size on disk ({@code import.max-document-size})
 * @param maxInflatedBytes the inflated size of one entry of a DOCX or ODT ({@code import.max-inflated-size})
 * @param minInflateRatio the smallest ratio of compressed to inflated size of such an entry; a zip bomb's is far
 * below a document's ({@code import.min-inflate-ratio})
 * @param maxPages a PDF's pages ({@code import.max-pages})
 * @param maxPageContentBytes one PDF page's content, inflated ({@code import.max-page-content-size})
 * @param maxReadTime the time spent reading one document ({@code import.max-read-time})
 * @param maxLineChars the length of one line of a document read as text, a table row's cells together
 * ({@code import.max-line-length})
 * @param maxLines the lines of one document, a table's rows among them ({@code import.max-lines})
 */
public record Limits(long maxDocumentBytes, long maxInflatedBytes, double minInflateRatio, int maxPages,
		long maxPageContentBytes, Duration maxReadTime, int maxLineChars, int maxLines) {

	public static final Limits DEFAULTS = new Limits(64L << 20, 128L << 20, 0.01, 2_000, 32L << 20, Duration.ofMinutes(2),
			200_000, 100_000);

	/** A refusal that names the file, what was over which limit, and the setting that raises it. */
	public static DocumentException over(String file, String what, String limit, String setting) {
		return new DocumentException(file, 1, what + " is over the limit of " + limit + " (raise it with " + setting + ")");
	}

	public static String size(long bytes) {
		if (bytes >= 1L << 20) {
			return (bytes >> 20) + " MB";
		}
		return bytes >= 1L << 10 ? (bytes >> 10) + " KB" : bytes + " bytes";
	}

	/** Refuses a document whose size on disk is over the limit. */
	public void checkSize(String file, long bytes) {
		if (bytes > this.maxDocumentBytes) {
			throw over(file, "the document's size (" + size(bytes) + ")", size(this.maxDocumentBytes), "import.max-document-size");
		}
	}

	/** A deadline for reading one document, from now. */
	public Deadline deadline(String file) {
		return new Deadline(file, System.nanoTime() + this.maxReadTime.toNanos(), this.maxReadTime);
	}

	/** The time left to read one document. */
	public record Deadline(String file, long at, Duration limit) {

		public void check() {
			if (System.nanoTime() > this.at) {
				throw over(this.file, "the time spent reading the document", this.limit.toSeconds() + " s", "import.max-read-time");
			}
		}

	}

}

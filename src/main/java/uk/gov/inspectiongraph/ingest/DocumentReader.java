package uk.gov.inspectiongraph.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import uk.gov.inspectiongraph.ingest.plan.ActionPlanParser;
import uk.gov.inspectiongraph.ingest.plan.OwnerDirectory;
import uk.gov.inspectiongraph.ingest.plan.ParsedDocument;
import uk.gov.inspectiongraph.ingest.plan.SummaryParser;
import uk.gov.inspectiongraph.ingest.plan.Vocabulary;
import uk.gov.inspectiongraph.ingest.read.DocumentException;
import uk.gov.inspectiongraph.ingest.read.Limits;
import uk.gov.inspectiongraph.ingest.read.PublishedPlan;
import uk.gov.inspectiongraph.model.Hashes;

/**
 * Turns a file's bytes into a parsed document: a published plan (DOCX, ODT, PDF, told by content) through its
 * table's cells; text after checking its encoding, telling plans from summaries.
 */
public final class DocumentReader {

	/**
	 * The version of the reading rules. Raise it when a rule changes what a document reads as: documents stored
	 * by an older version are imported once more at the next start-up or import.
	 */
	public static final int VERSION = 6;

	private final ActionPlanParser plans;

	private final SummaryParser summaries = new SummaryParser();

	private final Limits limits;

	public DocumentReader(Vocabulary vocabulary, OwnerDirectory owners) {
		this(vocabulary, owners, Limits.DEFAULTS);
	}

	public DocumentReader(Vocabulary vocabulary, OwnerDirectory owners, Limits limits) {
		this.plans = new ActionPlanParser(vocabulary, owners);
		this.limits = limits;
	}

	public ParsedDocument read(String file, byte[] bytes) {
		this.limits.checkSize(file, bytes.length);
		if (bytes.length == 0 || isBlank(bytes)) {
			throw new DocumentException(file, 1, "the document is empty");
		}
		PublishedPlan.Format format = PublishedPlan.formatOf(file, bytes);
		if (format != PublishedPlan.Format.TEXT) {
			PublishedPlan.Lines published = PublishedPlan.read(file, format, bytes, this.limits);
			checkLines(file, published.lines());
			ParsedDocument doc = this.plans.parse(file, Hashes.sha256(bytes), published.lines());
			doc.locations = published.locations();
			return doc;
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new DocumentException(file, lineOfFirstBadByte(bytes), "not valid UTF-8 text");
		}
		if (text.indexOf('\0') >= 0) {
			throw new DocumentException(file, 1, "binary content (NUL bytes) is not a document");
		}
		List<String> lines = text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
		checkLines(file, lines);
		String sha = Hashes.sha256(bytes);
		boolean plan = lines.stream().anyMatch(l -> ActionPlanParser.HEADER_ROW.matcher(l.strip()).find());
		String lower = text.toLowerCase();
		boolean planPreamble = lower.contains("response to") && lower.contains("submitted");
		if (plan || planPreamble && !lower.contains("key findings")) {
			return this.plans.parse(file, sha, lines);
		}
		if (lower.contains("key findings")) {
			return this.summaries.parse(file, sha, lines);
		}
		throw new DocumentException(file, 1,
				"neither an action plan (no '1. Rec No' table header) nor an inspection summary (no 'Key findings')");
	}

	private static boolean isBlank(byte[] bytes) {
		for (byte b : bytes) {
			if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
				return false;
			}
		}
		return true;
	}

	/** Refuses a document of more lines, or a longer line, than the limits allow (before any stage reads it). */
	private void checkLines(String file, List<String> lines) {
		if (lines.size() > this.limits.maxLines()) {
			throw Limits.over(file, "the count of the document's lines and table rows (" + lines.size() + ")",
					String.valueOf(this.limits.maxLines()), "import.max-lines");
		}
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).length() > this.limits.maxLineChars()) {
				throw new DocumentException(file, i + 1, "line " + (i + 1) + " is " + lines.get(i).length()
						+ " characters long, over the limit of " + this.limits.maxLineChars()
						+ " (raise it with import.max-line-length)");
			}
		}
	}

	private static int lineOfFirstBadByte(byte[] bytes) {
		var decoder = StandardCharsets.UTF_8.newDecoder();
		int line = 1;
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
			if (bytes[i] < 0) {
				int len = (bytes[i] & 0xE0) == 0xC0 ? 2 : (bytes[i] & 0xF0) == 0xE0 ? 3 : (bytes[i] & 0xF8) == 0xF0 ? 4 : 1;
				try {
					decoder.decode(ByteBuffer.wrap(bytes, i, Math.min(len, bytes.length - i)));
					i += len - 1;
				}
				catch (CharacterCodingException ex) {
					return line;
				}
			}
		}
		return line;
	}

}

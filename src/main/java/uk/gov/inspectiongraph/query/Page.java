package uk.gov.inspectiongraph.query;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import graphql.schema.DataFetcher;

/**
 * Cursor pagination: {@code first} defaults to 50 and is capped at 500, a negative one is a bad request;
 * cursors are opaque (base64 of the position in the ordered result) and stable while the data is.
 */
public final class Page {

	public static final int DEFAULT_SIZE = 50;

	public static final int MAX_SIZE = 500;

	private Page() {
	}

	/** The window a request asks for. */
	public record Window(int skip, int limit) {
	}

	public static Window window(Integer first, String after) {
		int limit = size("first", first, DEFAULT_SIZE);
		int skip = after == null || after.isEmpty() ? 0 : decode(after) + 1;
		return new Window(skip, limit);
	}

	/**
	 * How many the argument {@code argument} asks for: {@code value}, or {@code otherwise} without one, at most a
	 * page's maximum; a negative value is a bad request.
	 */
	public static int size(String argument, Integer value, int otherwise) {
		if (value != null && value < 0) {
			throw new BadRequestException(argument + " must be zero or more, was " + value);
		}
		return value == null ? otherwise : Math.min(value, MAX_SIZE);
	}

	/**
	 * The anchor of a connection: binds {@code total}, the number of rows of {@code count} (a match of
	 * {@code var}), and {@code page}, the window {@code $skip}/{@code $limit} of {@code ordered} (a match of
	 * {@code var} ending in {@code ORDER BY}) as a list of nodes in order.
	 */
	public static String query(String count, String ordered, String var) {
		return withTotal(count + "\nRETURN count(" + var + ") AS total", ordered, var);
	}

	/**
	 * The anchor of a connection whose total is known without counting its matches: {@code total} (the body of
	 * a subquery binding {@code total}, such as the counts the importer keeps) and the window of {@code ordered},
	 * as for {@link #query}.
	 */
	public static String withTotal(String total, String ordered, String var) {
		return """
				CALL () {
				%1$s
				}
				CALL () {
				  %2$s
				  SKIP $skip LIMIT $limit
				  RETURN collect(%3$s) AS page
				}
				""".formatted(total.indent(2).stripTrailing(), ordered, var);
	}

	/** Whether a field is a cursor, read from the position its translated row carries ({@link #CURSOR}). */
	public static boolean isCursor(String type, String field) {
		return (type.endsWith("Edge") && field.equals("cursor"))
				|| (type.equals("PageInfo") && (field.equals("startCursor") || field.equals("endCursor")));
	}

	/** A cursor field's fetcher: the position of its row's entry, encoded. */
	public static final DataFetcher<String> CURSOR = env -> cursor(RowFetcher.value(env));

	/** The cursor of a position a translated row carries, or null for none. */
	static String cursor(Object position) {
		return position == null ? null : encode(((Number) position).intValue());
	}

	public static String encode(int position) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("cursor:" + position).getBytes(StandardCharsets.UTF_8));
	}

	public static int decode(String cursor) {
		try {
			String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (!s.startsWith("cursor:")) {
				throw new IllegalArgumentException();
			}
			int position = Integer.parseInt(s.substring(7));
			if (position < 0) {
				throw new IllegalArgumentException();
			}
			return position;
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("after is not a cursor this service issued: '" + cursor + "'");
		}
	}

}

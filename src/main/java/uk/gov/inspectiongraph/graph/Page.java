package uk.gov.inspectiongraph.graph;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

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
		if (first != null && first < 0) {
			throw new BadRequestException("first must be zero or more, was " + first);
		}
		int limit = first == null ? DEFAULT_SIZE : Math.min(first, MAX_SIZE);
		int skip = after == null || after.isEmpty() ? 0 : decode(after) + 1;
		return new Window(skip, limit);
	}

	/**
	 * One query returning {@code total}, the number of rows of {@code count} (a match of {@code var}), and
	 * {@code page}, the window {@code $skip}/{@code $limit} of {@code ordered} (a match of {@code var} ending in
	 * {@code ORDER BY}) as map projections.
	 */
	public static String query(String count, String ordered, String var, String projection) {
		return """
				CALL () {
				  %1$s
				  RETURN count(%3$s) AS total
				}
				CALL () {
				  %2$s
				  SKIP $skip LIMIT $limit
				  RETURN collect(%3$s {%4$s}) AS page
				}
				RETURN total, page
				""".formatted(count, ordered, var, projection);
	}

	public static String encode(int position) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("cursor:" + position).getBytes(StandardCharsets.UTF_8));
	}

	static int decode(String cursor) {
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

	/** A connection: total, page info and edges built from a page of nodes. */
	public record Connection<T>(int totalCount, PageInfo pageInfo, List<Edge<T>> edges) {

		public static <T> Connection<T> of(int total, Window window, List<T> nodes) {
			List<Edge<T>> edges = new ArrayList<>();
			for (int i = 0; i < nodes.size(); i++) {
				edges.add(new Edge<>(encode(window.skip() + i), nodes.get(i)));
			}
			String start = edges.isEmpty() ? null : edges.get(0).cursor();
			String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
			return new Connection<>(total, new PageInfo(window.skip() + nodes.size() < total, window.skip() > 0, start, end),
					edges);
		}


	}

	/** One edge. */
	public record Edge<T>(String cursor, T node) {
	}

	/** Relay page info. */
	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

}

package uk.gov.inspectiongraph.graph;

import java.util.List;

/** Where a node came from: a document's file name and a 1-based line. */
public record Source(String document, int line) {

	public static List<Source> of(String document, List<Integer> lines) {
		if (document == null || lines == null) {
			return List.of();
		}
		return lines.stream().map(line -> new Source(document, line)).toList();
	}

}

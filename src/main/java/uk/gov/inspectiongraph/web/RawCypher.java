package uk.gov.inspectiongraph.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.neo4j.driver.exceptions.ClientException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import uk.gov.inspectiongraph.graph.Graph;
import uk.gov.inspectiongraph.graph.JavaValues;

/**
 * The benchmark's raw side ({@code inspection-graph.bench.raw-cypher=true}, never in production: it runs any
 * read the caller writes): {@code POST /bench/cypher} with {@code {"queries": [{"query", "parameters"}]}}, the
 * form {@code bench/bodies.py} saves from the explain extension, runs each query through the very read path a
 * translated request takes (in-process on the embedded default, read-only, with the query timeout) and answers
 * the {@code result} column of every row as JSON, {@code {"data": [[row, ...], ...]}}, one list per query. Set
 * against {@code POST /graphql} with the same load, it measures what GraphQL adds to the same Cypher over HTTP.
 */
@RestController
@ConditionalOnProperty(name = "inspection-graph.bench.raw-cypher", havingValue = "true")
public class RawCypher {

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private final Graph graph;

	RawCypher(Graph graph) {
		this.graph = graph;
	}

	@PostMapping("/bench/cypher")
	Map<String, Object> run(@RequestBody Map<String, Object> body) {
		if (!(body.get("queries") instanceof List<?> queries)) {
			throw bad("the body needs \"queries\": [{\"query\": ..., \"parameters\": {...}}]");
		}
		List<Object> answers = new ArrayList<>(queries.size());
		for (Object item : queries) {
			if (!(item instanceof Map<?, ?> query) || !(query.get("query") instanceof String cypher)) {
				throw bad("each query needs \"query\": the Cypher text");
			}
			Map<String, Object> parameters = new HashMap<>();
			if (query.get("parameters") instanceof Map<?, ?> given) {
				given.forEach((k, v) -> parameters.put((String) k, typed(v)));
			}
			try {
				answers.add(this.graph.column(cypher, parameters, "result", JavaValues::hashMap));
			}
			catch (ClientException ex) {
				throw bad(ex.code() + ": " + ex.getMessage());
			}
		}
		return Map.of("data", answers);
	}

	private static ResponseStatusException bad(String reason) {
		return new ResponseStatusException(HttpStatus.BAD_REQUEST, reason);
	}

	/** A parameter as the service bound it: JSON carries dates as text, the service bound them as dates. */
	public static Object typed(Object value) {
		if (value instanceof String s && DATE.matcher(s).matches()) {
			return LocalDate.parse(s);
		}
		if (value instanceof List<?> list) {
			return list.stream().map(RawCypher::typed).toList();
		}
		return value;
	}

}

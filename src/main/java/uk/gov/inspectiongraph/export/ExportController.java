package uk.gov.inspectiongraph.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import uk.gov.inspectiongraph.graph.Graph;
import uk.gov.inspectiongraph.query.Today;
import uk.gov.inspectiongraph.query.BadRequestException;

/**
 * {@code GET /export/actions.csv}, {@code .xlsx}, and the same for recommendations: every row the filters
 * (the query parameters, as the GraphQL {@code where} of the same names) select, streamed from one query as
 * the database returns it, in constant memory. A bad filter is a 400 with a message, before anything streams.
 */
@RestController
class ExportController {

	static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Graph graph;

	private final Today today;

	ExportController(Graph graph, Today today) {
		this.graph = graph;
		this.today = today;
	}

	@GetMapping("/export/{what:actions|recommendations}.{format:csv|xlsx}")
	ResponseEntity<StreamingResponseBody> export(@PathVariable String what, @PathVariable String format,
			@RequestParam MultiValueMap<String, String> filters) {
		Table table = what.equals("actions") ? Tables.actions(Filters.actions(filters), this.today.get())
				: Tables.recommendations(Filters.recommendations(filters));
		boolean csv = format.equals("csv");
		StreamingResponseBody body = out -> write(table, csv ? new CsvSheet(out) : new XlsxSheet(out, table.name()));
		return ResponseEntity.ok()
			.contentType(csv ? CSV : XLSX)
			.header("Content-Disposition", ContentDisposition.attachment().filename(what + "." + format).build().toString())
			.body(body);
	}

	private void write(Table table, Sheet sheet) throws IOException {
		try (sheet) {
			sheet.header(table.columns().stream().map(Table.Column::header).toList());
			this.graph.stream(table.cypher(), table.parameters(), record -> {
				List<Object> cells = new ArrayList<>(table.columns().size());
				for (Table.Column column : table.columns()) {
					cells.add(column.cell().apply(record));
				}
				try {
					sheet.row(cells);
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
		}
	}

	@ExceptionHandler(BadRequestException.class)
	ResponseEntity<ProblemDetail> badFilter(BadRequestException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Bad export filter");
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}

package uk.gov.inspectiongraph.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import uk.gov.inspectiongraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV and XLSX exports of actions and recommendations, checked against what the GraphQL API lists. */
@IntegrationTest
class ExportTests {

	private static final String WALES = "Regional Probation Director Wales";

	@LocalServerPort
	int port;

	@Autowired
	HttpGraphQlTester graphQl;

	private ResponseEntity<byte[]> get(String path) {
		return RestClient.create("http://127.0.0.1:" + this.port).get().uri(path).retrieve()
			.onStatus(s -> true, (req, res) -> {
			})
			.toEntity(byte[].class);
	}

	private static List<CSVRecord> csv(byte[] body) throws Exception {
		String text = new String(body, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(text.substring(1))).getRecords();
	}

	private List<Map<String, Object>> actionsOf(String owner) {
		return this.graphQl.document("""
				{ actions(where: {owner: "%s"}, first: 500) { edges { node { text target { dueOn status }
				    recommendation { number } sources { document line } } } } }""".formatted(owner))
			.execute().path("actions.edges[*].node").entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			}).get();
	}

	@Test
	void anOwnersActionsAsCsvAreTheRowsTheApiListsInPlanOrder() throws Exception {
		var response = get("/export/actions.csv?owner=" + WALES.replace(' ', '+'));
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
		assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("actions.csv");
		List<CSVRecord> rows = csv(response.getBody());
		List<Map<String, Object>> expected = actionsOf(WALES);
		assertThat(rows).hasSize(expected.size()).hasSize(10);
		for (int i = 0; i < rows.size(); i++) {
			CSVRecord row = rows.get(i);
			Map<String, Object> action = expected.get(i);
			assertThat(CsvSheet.neutralised((String) action.get("text"))).isEqualTo(row.get("Action"));
			assertThat(row.get("Recommendation")).isEqualTo(((Map<?, ?>) action.get("recommendation")).get("number"));
			assertThat(row.get("Owners")).contains(WALES);
			Map<?, ?> target = (Map<?, ?>) action.get("target");
			assertThat(row.get("Due")).isEqualTo(target.get("dueOn") == null ? "" : target.get("dueOn"));
			assertThat(row.get("Status")).isEqualTo(target.get("status"));
			Map<?, ?> source = ((List<Map<?, ?>>) action.get("sources")).get(0);
			assertThat(row.get("Source file")).isEqualTo(source.get("document"));
			assertThat(row.get("Source line")).isEqualTo(String.valueOf(source.get("line")));
			assertThat(row.get("Inspection")).isNotBlank();
			assertThat(row.get("Agreement")).isIn("AGREED", "PARTLY_AGREED", "NOT_AGREED");
		}
	}

	@Test
	void theDeferredActionsOfAnInspectionExportWithTheirSlippageAndDelivery() throws Exception {
		List<Map<String, Object>> expected = this.graphQl.document("""
				{ actions(where: {inspection: "probation-recall-culture-practice-2020", deferred: true}, first: 500) {
				    edges { node { slippage { firstDueOn latestDueOn deferrals daysDeferred unexplainedDeferrals reasons }
				      delivery { status completedOn basis } } } } }""")
			.execute().path("actions.edges[*].node").entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			}).get();
		List<CSVRecord> rows = csv(get("/export/actions.csv?inspection=probation-recall-culture-practice-2020&deferred=true")
			.getBody());
		assertThat(rows).hasSize(expected.size()).isNotEmpty();
		for (int i = 0; i < rows.size(); i++) {
			Map<?, ?> slippage = (Map<?, ?>) expected.get(i).get("slippage");
			Map<?, ?> delivery = (Map<?, ?>) expected.get(i).get("delivery");
			CSVRecord row = rows.get(i);
			assertThat(row.get("First due")).isEqualTo(slippage.get("firstDueOn"));
			assertThat(row.get("Latest due")).isEqualTo(slippage.get("latestDueOn"));
			assertThat(row.get("Deferrals")).isEqualTo(String.valueOf(slippage.get("deferrals")));
			assertThat(row.get("Days deferred")).isEqualTo(String.valueOf(slippage.get("daysDeferred")));
			assertThat(row.get("Unexplained deferrals")).isEqualTo(String.valueOf(slippage.get("unexplainedDeferrals")));
			assertThat(row.get("Deferral reasons")).isEqualTo(String.join(" | ", (List<String>) slippage.get("reasons")));
			assertThat(row.get("Delivery")).isEqualTo(delivery.get("status"));
		}
		assertThat(get("/export/actions.csv?deferredByDays=soon").getStatusCode().value()).isEqualTo(400);
	}

	@Test
	void filtersCombineAsInGraphQl() throws Exception {
		int expected = this.graphQl.document("""
				{ actions(where: {inspection: "electronic-monitoring-2022", status: [SCHEDULED, ONGOING], dueAfter: "2022-01-01", agreement: [AGREED]}) { totalCount } }""")
			.execute().path("actions.totalCount").entity(Integer.class).get();
		List<CSVRecord> rows = csv(get("/export/actions.csv?inspection=electronic-monitoring-2022&status=SCHEDULED,ongoing"
				+ "&dueAfter=2022-01-01&agreement=AGREED").getBody());
		assertThat(rows).hasSize(expected).isNotEmpty();
		assertThat(rows).allMatch(r -> r.get("Agreement").equals("AGREED") && r.get("Due").compareTo("2022-01-01") >= 0);
		int overdue = this.graphQl.document("{ stats { overdue(asOf: \"2022-06-01\") } }").execute().path("stats.overdue")
			.entity(Integer.class).get();
		assertThat(csv(get("/export/actions.csv?overdueOn=2022-06-01").getBody())).hasSize(overdue);
	}

	@Test
	void recommendationsCarryTheirCountOfActions() throws Exception {
		List<CSVRecord> rows = csv(get("/export/recommendations.csv?agreement=PARTLY_AGREED").getBody());
		List<Map<String, Object>> expected = this.graphQl.document("""
				{ recommendations(where: {agreement: [PARTLY_AGREED]}, first: 500) { edges { node { number text actions { id } } } } }""")
			.execute().path("recommendations.edges[*].node").entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			}).get();
		assertThat(rows).hasSize(expected.size()).isNotEmpty();
		for (int i = 0; i < rows.size(); i++) {
			assertThat(rows.get(i).get("Number")).isEqualTo(expected.get(i).get("number"));
			assertThat(rows.get(i).get("Actions")).isEqualTo(String.valueOf(((List<?>) expected.get(i).get("actions")).size()));
			assertThat(rows.get(i).get("Agreement")).isEqualTo("PARTLY_AGREED");
		}
	}

	@Test
	void xlsxHasAStyledFrozenHeaderRealDatesAndWidthsThatFit() throws Exception {
		var response = get("/export/actions.xlsx?owner=" + WALES.replace(' ', '+'));
		assertThat(response.getHeaders().getContentType().toString()).isEqualTo(ExportController.XLSX.toString());
		List<Map<String, Object>> expected = actionsOf(WALES);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(expected.size());
			Cell header = sheet.getRow(0).getCell(0);
			assertThat(header.getStringCellValue()).isEqualTo("Inspection");
			assertThat(workbook.getFontAt(header.getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			int due = 7;
			assertThat(sheet.getRow(0).getCell(due).getStringCellValue()).isEqualTo("Due");
			for (int i = 1; i <= expected.size(); i++) {
				Object dueOn = ((Map<?, ?>) expected.get(i - 1).get("target")).get("dueOn");
				Cell cell = sheet.getRow(i).getCell(due);
				if (dueOn == null) {
					assertThat(cell).isNull();
					continue;
				}
				assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
				assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
				assertThat(cell.getLocalDateTimeCellValue().toLocalDate().toString()).isEqualTo(dueOn);
			}
			int actionColumn = 4;
			assertThat(sheet.getColumnWidth(actionColumn)).isGreaterThan(sheet.getColumnWidth(due)).isLessThanOrEqualTo(81 * 256);
			assertThat(sheet.getRow(1).getCell(actionColumn).getStringCellValue())
				.isEqualTo(expected.get(0).get("text"));
		}
	}

	@Test
	void aCellThatWouldRunAsAFormulaIsNeutralised() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (CsvSheet sheet = new CsvSheet(out)) {
			sheet.header(List.of("a", "b", "c", "d", "e", "f"));
			sheet.row(java.util.Arrays.asList("=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "plain, \"quoted\"\nline", 42));
		}
		CSVRecord row = csv(out.toByteArray()).get(0);
		assertThat(row.values()).containsExactly("'=HYPERLINK(\"http://x\")", "'+1", "'-2", "'@SUM(A1)",
				"plain, \"quoted\"\nline", "42");
		assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).contains("\r\n");
	}

	@Test
	void aBadFilterIsA400ThatSaysWhy() {
		var status = get("/export/actions.csv?status=FINISHED");
		assertThat(status.getStatusCode().value()).isEqualTo(400);
		assertThat(new String(status.getBody(), StandardCharsets.UTF_8))
			.contains("status 'FINISHED' is not one of COMPLETED, ONGOING, SCHEDULED, UNSPECIFIED");
		var date = get("/export/recommendations.xlsx?agreement=AGREED&inspection=x&topLevel=maybe");
		assertThat(date.getStatusCode().value()).isEqualTo(400);
		assertThat(new String(date.getBody(), StandardCharsets.UTF_8)).contains("topLevel 'maybe' is neither true nor false");
		var due = get("/export/actions.xlsx?dueBefore=2022-13-01");
		assertThat(new String(due.getBody(), StandardCharsets.UTF_8)).contains("dueBefore '2022-13-01' is not a date");
		var unknown = get("/export/actions.csv?colour=red");
		assertThat(unknown.getStatusCode().value()).isEqualTo(400);
		assertThat(new String(unknown.getBody(), StandardCharsets.UTF_8)).contains("unknown filter 'colour'");
	}

	@Test
	void nothingMatchedIsAHeaderAlone() throws Exception {
		assertThat(csv(get("/export/actions.csv?owner=Nobody+At+All").getBody())).isEmpty();
	}

}

package uk.gov.inspectiongraph.dashboard;

import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.web.client.RestClient;

import uk.gov.inspectiongraph.IntegrationTest;
import uk.gov.inspectiongraph.explorer.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in a real browser. Every panel's numbers are read from its table and compared with counts this
 * test makes itself from the actions and recommendations the API lists, never from the counts the page asked
 * for. After every test: nothing logged as an error, and no request left 127.0.0.1.
 */
@IntegrationTest
class DashboardBrowserTests {

	private static final String WALES = "Regional Probation Director Wales";

	private static final String ALL_TABLES = "tables=agreement,due,overdue,delivery,deferred";

	private static final ParameterizedTypeReference<Map<String, Object>> ROW = new ParameterizedTypeReference<>() {
	};

	@LocalServerPort
	int port;

	@Autowired
	HttpGraphQlTester graphQl;

	private Browser browser;

	private final String today = LocalDate.now(ZoneId.of("Europe/London")).toString();

	private Browser browser(int width, int height) {
		this.browser = Browser.open(this.port, width, height);
		return this.browser;
	}

	@AfterEach
	void nothingLoggedAsAnErrorAndNoRequestLeftThisHost() {
		Browser.checkAndClose(this.browser, this.port);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	// ---- what the page shows ------------------------------------------------------------------------------

	private WebElement panel(String testId) {
		return this.browser.testId(testId);
	}

	/** A panel's table: each row's key (data-key) and its number cells. */
	private Map<String, List<Integer>> table(String testId) {
		Map<String, List<Integer>> rows = new HashMap<>();
		for (WebElement tr : panel(testId).findElements(By.cssSelector("tbody tr"))) {
			List<Integer> numbers = new ArrayList<>();
			for (WebElement td : tr.findElements(By.tagName("td"))) {
				numbers.add(Integer.parseInt(td.getAttribute("textContent").replace(",", "")));
			}
			rows.put(tr.getDomAttribute("data-key"), numbers);
		}
		return rows;
	}

	private int total(String testId) {
		return Integer.parseInt(panel(testId).getDomAttribute("data-total"));
	}

	private void waitForFilter(String key, String value) {
		this.browser.waitFor(d -> d.getCurrentUrl().contains(key + "=" + encode(value).replace("%20", "+"))
				|| d.getCurrentUrl().contains(key + "=" + encode(value)));
		this.browser.waitFor(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
	}

	// ---- what the API lists, counted here ------------------------------------------------------------------

	private List<Map<String, Object>> actions(String where) {
		return this.graphQl.document("""
				{ actions(where: {%s}, first: 500) { totalCount edges { node { id target { dueOn status } owners { name }
				    delivery(asOf: "%s") { status } slippage { deferrals daysDeferred } recommendation { inspection { id } } } } } }"""
			.formatted(where, this.today))
			.execute().path("actions.edges[*].node").entityList(ROW).get();
	}

	private List<Map<String, Object>> recommendations(String where) {
		return this.graphQl.document("{ recommendations(where: {%s}, first: 500) { edges { node { agreement inspection { id } } } } }"
			.formatted(where)).execute().path("recommendations.edges[*].node").entityList(ROW).get();
	}

	@SuppressWarnings("unchecked")
	private static Object at(Map<String, Object> row, String... path) {
		Object value = row;
		for (String key : path) {
			value = value == null ? null : ((Map<String, Object>) value).get(key);
		}
		return value;
	}

	@SuppressWarnings("unchecked")
	private static List<String> owners(Map<String, Object> action) {
		return ((List<Map<String, String>>) action.get("owners")).stream().map(o -> o.get("name")).toList();
	}

	/** Rows of counts by key, one column per value of {@code columns} and a total; keys from {@code key}. */
	private static Map<String, List<Integer>> crossTab(List<Map<String, Object>> items, Function<Map<String, Object>, String> key,
			Function<Map<String, Object>, String> column, List<String> columns) {
		Map<String, List<Integer>> rows = new HashMap<>();
		for (Map<String, Object> item : items) {
			List<Integer> row = rows.computeIfAbsent(key.apply(item), k -> new ArrayList<>(java.util.Collections.nCopies(columns.size() + 1, 0)));
			int c = columns.indexOf(column.apply(item));
			row.set(c, row.get(c) + 1);
			row.set(columns.size(), row.get(columns.size()) + 1);
		}
		return rows;
	}

	private static Map<String, List<Integer>> perOwner(List<Map<String, Object>> actions) {
		Map<String, List<Integer>> rows = new HashMap<>();
		for (Map<String, Object> a : actions) {
			for (String owner : owners(a)) {
				rows.computeIfAbsent(owner, k -> new ArrayList<>(List.of(0))).set(0, rows.get(owner).get(0) + 1);
			}
		}
		return rows;
	}

	private void everyPanelAgreesWithTheApi(String actionWhere, String recommendationWhere) {
		List<Map<String, Object>> actions = actions(actionWhere);
		assertThat(table("panel-agreement")).isEqualTo(crossTab(recommendations(recommendationWhere),
				r -> (String) at(r, "inspection", "id"), r -> (String) r.get("agreement"),
				List.of("AGREED", "PARTLY_AGREED", "NOT_AGREED")));
		assertThat(table("panel-due-by-month")).isEqualTo(withThisMonth(crossTab(actions, a -> {
			String due = (String) at(a, "target", "dueOn");
			return due == null ? "undated" : due.substring(0, 7);
		}, a -> (String) at(a, "target", "status"), List.of("COMPLETED", "ONGOING", "SCHEDULED", "UNSPECIFIED"))));
		assertThat(table("panel-delivery")).isEqualTo(crossTab(actions, a -> (String) at(a, "recommendation", "inspection", "id"),
				a -> (String) at(a, "delivery", "status"), List.of("ON_TIME", "LATE", "OPEN", "OVERDUE", "UNDATED")));
		List<Map<String, Object>> overdue = actions.stream()
			.filter(a -> "SCHEDULED".equals(at(a, "target", "status")) && at(a, "target", "dueOn") != null
					&& ((String) at(a, "target", "dueOn")).compareTo(this.today) < 0)
			.toList();
		Map<String, List<Integer>> overdueTable = table("panel-overdue-by-owner");
		assertThat(perOwner(overdue)).containsAllEntriesOf(overdueTable);
		assertThat(overdueTable).hasSize(Math.min(15, perOwner(overdue).size()));
		assertThat(total("panel-overdue-by-owner")).isEqualTo(overdue.size());
		List<Map<String, Object>> deferred = actions.stream()
			.filter(a -> ((Number) at(a, "slippage", "deferrals")).intValue() > 0)
			.toList();
		Map<String, List<Integer>> deferredTable = table("panel-deferred");
		deferredTable.replaceAll((owner, numbers) -> numbers.subList(0, 1));
		assertThat(perOwner(deferred)).containsAllEntriesOf(deferredTable);
		assertThat(total("panel-deferred")).isEqualTo(deferred.size());
	}

	/** The due-by-month table also has this month's row (the one "today" marks), empty when nothing is due in it. */
	private Map<String, List<Integer>> withThisMonth(Map<String, List<Integer>> rows) {
		rows.putIfAbsent(this.today.substring(0, 7), List.of(0, 0, 0, 0, 0));
		return rows;
	}

	private static List<CSVRecord> csvRows(String href) throws Exception {
		String text = RestClient.create().get().uri(java.net.URI.create(href)).retrieve().body(String.class);
		return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(text.substring(1))).getRecords();
	}

	// ---- the tests ---------------------------------------------------------------------------------------

	@Test
	void everyPanelRendersWithTheNumbersTheApiGives() throws Exception {
		Browser b = browser(1400, 1000);
		b.open("/dashboard#" + ALL_TABLES);
		for (String panel : List.of("panel-agreement", "panel-due-by-month", "panel-overdue-by-owner", "panel-delivery", "panel-deferred")) {
			assertThat(panel(panel).findElements(By.cssSelector(".chart svg"))).as(panel).hasSize(1);
			assertThat(panel(panel).findElement(By.tagName("h2")).getText()).as(panel).isNotBlank();
			assertThat(panel(panel).findElement(By.tagName("table")).isDisplayed()).as(panel).isTrue();
		}
		assertThat(panel("panel-delivery").findElement(By.tagName("h2")).getText()).contains("first promised date");
		assertThat(panel("panel-due-by-month").findElement(By.cssSelector(".sub")).getText()).contains("today");
		everyPanelAgreesWithTheApi("", "");
		String changed = this.graphQl.document("{ stats { lastChanged } }").execute().path("stats.lastChanged").entity(String.class).get();
		assertThat(b.testId("last-changed").getDomAttribute("data-changed")).isEqualTo(changed);
		assertThat(b.testId("last-changed").getText()).startsWith("Data last changed");
		b.screenshot("dashboard");
	}

	@Test
	void anOwnerFilterChangesEveryPanelSurvivesAReloadAndLinksTheOwnersCalendar() {
		Browser b = browser(1400, 1000);
		b.open("/dashboard#" + ALL_TABLES);
		Map<String, Map<String, List<Integer>>> before = new HashMap<>();
		for (String panel : List.of("panel-agreement", "panel-due-by-month", "panel-overdue-by-owner", "panel-delivery", "panel-deferred")) {
			before.put(panel, table(panel));
		}
		b.testId("filter-owner").sendKeys("regional probation director, wales", Keys.ENTER);
		waitForFilter("owner", "regional probation director, wales");
		b.waitFor(d -> !table("panel-delivery").equals(before.get("panel-delivery")));
		for (String panel : before.keySet()) {
			assertThat(table(panel)).as(panel).isNotEqualTo(before.get(panel));
		}
		everyPanelAgreesWithTheApi("owner: \"" + WALES + "\"", "owner: \"" + WALES + "\"");
		assertThat(b.testId("owner-calendar").getDomProperty("href"))
			.isEqualTo("http://127.0.0.1:" + this.port + "/calendar/owner/" + encode(WALES) + ".ics");
		Map<String, List<Integer>> filtered = table("panel-delivery");
		b.driver.navigate().refresh();
		b.waitFor(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
		assertThat(b.testId("filter-owner").getDomProperty("value")).isEqualTo("regional probation director, wales");
		assertThat(table("panel-delivery")).isEqualTo(filtered);
		b.driver.navigate().back();
		b.waitFor(d -> table("panel-delivery").equals(before.get("panel-delivery")));
		assertThat(b.testId("filter-owner").getDomProperty("value")).isEmpty();
	}

	@Test
	void inspectionAndProgrammeFiltersComposeWithTheOwner() {
		Browser b = browser(1400, 1000);
		b.open("/dashboard#" + ALL_TABLES);
		new Select(b.testId("filter-inspection")).selectByValue("electronic-monitoring-2022");
		waitForFilter("inspection", "electronic-monitoring-2022");
		assertThat(table("panel-delivery")).containsOnlyKeys("electronic-monitoring-2022");
		new Select(b.testId("filter-programme")).selectByVisibleText("EM Expansion Programme");
		waitForFilter("programme", "EM Expansion Programme");
		everyPanelAgreesWithTheApi("inspection: \"electronic-monitoring-2022\", programme: \"EM Expansion Programme\"",
				"inspection: \"electronic-monitoring-2022\", programme: \"EM Expansion Programme\"");
	}

	@Test
	void anUnknownOwnerSaysWhichOneItCouldMean() {
		Browser b = browser(1400, 1000);
		b.open("/dashboard#owner=" + encode("Regional Probation Director Wles"));
		b.waitFor(d -> b.testId("message").getText().contains("No owner role is called"));
		assertThat(b.testId("message").getText()).contains(WALES);
		b.testId("message").findElement(By.xpath(".//button[normalize-space()='" + WALES + "']")).click();
		waitForFilter("owner", WALES);
		assertThat(total("panel-overdue-by-owner")).isPositive();
	}

	@Test
	void aClickOnAnOwnersBarOpensThatOwnersViewInTheExplorer() {
		Browser b = browser(1400, 1000);
		b.open("/dashboard");
		WebElement chart = panel("panel-overdue-by-owner").findElement(By.cssSelector(".chart"));
		@SuppressWarnings("unchecked")
		List<Number> point = (List<Number>) b.script("""
				const c = echarts.getInstanceByDom(arguments[0]);
				const option = c.getOption();
				const value = option.series[0].data[0];
				const [x, y] = c.convertToPixel({ seriesIndex: 0 }, [value / 2, 0]);
				return [x, y];""", chart);
		String first = panel("panel-overdue-by-owner").findElement(By.cssSelector("tbody tr")).getDomAttribute("data-key");
		int dx = point.get(0).intValue() - chart.getSize().getWidth() / 2;
		int dy = point.get(1).intValue() - chart.getSize().getHeight() / 2;
		b.script("arguments[0].scrollIntoView({block: 'center'});", chart);
		new Actions(b.driver).moveToElement(chart, dx, dy).click().perform();
		b.waitFor(d -> d.getCurrentUrl().contains("/#owner="));
		b.waitFor(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
		b.waitFor(d -> b.testId("owner-actions").getText().contains(first));
		assertThat(b.url()).startsWith("http://127.0.0.1:" + this.port + "/#owner=");
	}

	@Test
	void aPanelsExportListsExactlyTheRowsItCounts() throws Exception {
		Browser b = browser(1400, 1000);
		b.open("/dashboard#owner=" + encode(WALES));
		for (String panel : List.of("panel-overdue-by-owner", "panel-due-by-month", "panel-delivery", "panel-agreement")) {
			String href = panel(panel).findElement(By.cssSelector("a.export-csv")).getDomProperty("href");
			assertThat(href).contains("owner=");
			assertThat(csvRows(href)).as(panel).hasSize(total(panel));
			assertThat(total(panel)).as(panel).isPositive();
			String xlsx = panel(panel).findElement(By.cssSelector("a.export-xlsx")).getDomProperty("href");
			assertThat(xlsx).isEqualTo(href.replace(".csv?", ".xlsx?"));
		}
		int overdue = this.graphQl.document("{ actions(where: {owner: \"%s\", overdueOn: \"%s\"}) { totalCount } }"
			.formatted(WALES, this.today)).execute().path("actions.totalCount").entity(Integer.class).get();
		assertThat(total("panel-overdue-by-owner")).isEqualTo(overdue);
		// the owner has no deferred target; without the filter, the deferred panel's export is its rows too
		assertThat(total("panel-deferred")).isZero();
		b.driver.findElement(By.id("clear-filters")).click();
		b.waitFor(d -> !d.getCurrentUrl().contains("owner="));
		b.waitFor(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
		assertThat(csvRows(panel("panel-deferred").findElement(By.cssSelector("a.export-csv")).getDomProperty("href")))
			.hasSize(total("panel-deferred"))
			.allSatisfy(r -> assertThat(Integer.parseInt(r.get("Days deferred"))).isPositive());
	}

	@Test
	void aCheckForNewDataWithNothingChangedRedrawsNothing() {
		Browser b = browser(1400, 1000);
		b.open("/dashboard");
		WebElement firstBar = panel("panel-agreement").findElement(By.cssSelector(".chart svg"));
		b.driver.findElement(By.id("refresh")).click();
		b.waitFor(d -> "1".equals(b.testId("last-changed").getDomAttribute("data-unchanged")));
		assertThat(b.testId("last-changed").getText()).contains("no change");
		// the same chart element: nothing was drawn again
		assertThat(panel("panel-agreement").findElement(By.cssSelector(".chart svg"))).isEqualTo(firstBar);
	}

	@Test
	void atPhoneWidthThePanelsStandInOneColumn() throws Exception {
		Browser b = browser(390, 844);
		b.open("/dashboard");
		Long overflow = (Long) b.script("return document.documentElement.scrollWidth - window.innerWidth;");
		assertThat(overflow).isLessThanOrEqualTo(0L);
		int x = panel("panel-agreement").getLocation().getX();
		for (String panel : List.of("panel-due-by-month", "panel-overdue-by-owner", "panel-delivery", "panel-deferred")) {
			assertThat(panel(panel).getLocation().getX()).as(panel).isEqualTo(x);
			assertThat(panel(panel).getSize().getWidth()).as(panel).isGreaterThan(300);
		}
		b.screenshot("dashboard-phone");
	}

	@Test
	void itPrintsAsOnePage() throws Exception {
		Browser b = browser(1400, 1000);
		b.open("/dashboard");
		PrintOptions options = new PrintOptions();
		options.setOrientation(PrintOptions.Orientation.LANDSCAPE);
		byte[] pdf = Base64.getDecoder().decode(b.driver.print(options).getContent());
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
		java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/dashboard-print.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
		}
	}

	@Test
	void theExplorerAndTheDashboardLinkToEachOther() {
		Browser b = browser(1400, 1000);
		b.open("/");
		b.testId("dashboard-link").click();
		b.waitFor(d -> d.getCurrentUrl().endsWith("/dashboard"));
		b.waitFor(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
		assertThat(b.driver.findElement(By.linkText("GraphiQL")).getDomProperty("href")).endsWith("/graphiql?path=/graphql");
		b.driver.findElement(By.linkText("Explorer")).click();
		b.waitFor(d -> d.getCurrentUrl().endsWith(":" + this.port + "/"));
	}

}

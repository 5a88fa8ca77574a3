package uk.gov.inspectiongraph.explorer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import uk.gov.inspectiongraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer page in a real browser, as a person uses it. After every test: nothing logged as an error, and
 * no request left 127.0.0.1. Expected values come from the GraphQL API and the corpus files, not from the page.
 */
@IntegrationTest
class ExplorerBrowserTests {

	private static final String WALES = "Regional Probation Director Wales";

	@LocalServerPort
	int port;

	@Autowired
	HttpGraphQlTester graphQl;

	private Browser browser;

	private Browser browser() {
		return browser(1280, 800);
	}

	private Browser browser(int width, int height) {
		this.browser = Browser.open(this.port, width, height);
		return this.browser;
	}

	@AfterEach
	void nothingLoggedAsAnErrorAndNoRequestLeftThisHost() {
		Browser.checkAndClose(this.browser, this.port);
	}

	private List<String> ids(String css) {
		return this.browser.all(css).stream().map(e -> e.getDomAttribute("data-id")).toList();
	}

	private void waitForText(String testId, String text) {
		this.browser.waitFor(d -> this.browser.testId(testId).getText().contains(text));
	}

	@Test
	void aSearchAndAPickShowTheDetailsWithTheirTextAndSourceLine() throws Exception {
		Browser b = browser();
		b.open("/");
		b.testId("search-input").sendKeys("domestic abuse safeguarding checks", Keys.ENTER);
		b.waitFor(d -> !b.all("[data-testid='search-results'] button[data-id]").isEmpty());
		assertThat(b.testId("search-results").findElement(By.tagName("h3")).getText()).startsWith("Recommendations");
		WebElement first = b.all("[data-testid='search-results'] button[data-id]").get(0);
		String id = first.getDomAttribute("data-id");
		first.click();
		var expected = this.graphQl.document("{ node(id: \"%s\") { object { ... on Recommendation { text sources { document line } } } } }"
			.formatted(id)).execute();
		String text = expected.path("node.object.text").entity(String.class).get();
		String file = expected.path("node.object.sources[0].document").entity(String.class).get();
		int line = expected.path("node.object.sources[0].line").entity(Integer.class).get();
		waitForText("details", text);
		assertThat(b.testId("details-source").getText()).contains(file).contains("line " + line);
		b.screenshot("details");
		b.testId("details-source").findElement(By.tagName("a")).click();
		b.waitFor(d -> !b.all("#source-lines li.hit").isEmpty());
		String printed = Files.readAllLines(Path.of("data/corpus", file)).get(line - 1);
		// the browser shows the line's tabs as spaces
		assertThat(b.all("#source-lines li.hit").get(0).getText()).isEqualTo(printed.strip().replaceAll("\\s+", " "));
		assertThat(b.url()).contains("sel=").contains("src=");
	}

	@Test
	void aRecommendationsDetailsShowItsTimelineAndTheRecommendationItRepeatsIsOneClickAway() throws Exception {
		String recall = "probation-recall-culture-practice-2020/7";
		var expected = this.graphQl.document("""
				{ recommendation(inspection: "probation-recall-culture-practice-2020", number: "7") {
				    timeline { madeOn label target { text } } similar { recommendation { id text } } } }""").execute();
		List<String> made = expected.path("recommendation.timeline[*].madeOn").entityList(String.class).get();
		List<String> targets = expected.path("recommendation.timeline[*].target.text").entityList(String.class).get();
		String similarText = expected.path("recommendation.similar[0].recommendation.text").entity(String.class).get();
		Browser b = browser();
		b.open("/#sel=" + java.net.URLEncoder.encode(recall, java.nio.charset.StandardCharsets.UTF_8));
		b.waitFor(d -> b.all("[data-testid='details-timeline'] li").size() == made.size());
		List<String> entries = b.all("[data-testid='details-timeline'] li").stream().map(WebElement::getText).toList();
		for (int i = 0; i < entries.size(); i++) {
			assertThat(entries.get(i)).startsWith(made.get(i)).contains("target " + targets.get(i));
		}
		assertThat(entries.get(entries.size() - 1)).contains("Update December 2021");
		b.screenshot("timeline");
		b.testId("similar-recommendations").findElement(By.tagName("button")).click();
		waitForText("details", similarText);
		assertThat(b.url()).contains("sel=electronic-monitoring-2022%2F11");
	}

	@Test
	void clickingAnOwnerOnTheCanvasShowsTheirActionsAndASecondClickFoldsThem() throws Exception {
		var owner = this.graphQl.document("{ owner(name: \"%s\") { id actions { id } } }".formatted(WALES)).execute();
		String ownerId = owner.path("owner.id").entity(String.class).get();
		List<String> actions = owner.path("owner.actions[*].id").entityList(String.class).get();
		Browser b = browser();
		b.open("/#add=" + ownerId);
		b.waitFor(d -> ids("[data-testid='node-list'] li[data-id]").contains(ownerId));
		clickOnCanvas(ownerId);
		b.waitFor(d -> ids("[data-testid='node-list'] li[data-id]").containsAll(actions));
		assertThat(ids("[data-testid='node-list'] li[data-id]")).hasSize(actions.size() + 1 + countOtherNeighbours(ownerId, actions));
		b.screenshot("owner-expanded");
		clickOnCanvas(ownerId);
		b.waitFor(d -> ids("[data-testid='node-list'] li[data-id]").equals(List.of(ownerId)));
	}

	private int countOtherNeighbours(String id, List<String> actions) {
		List<String> all = this.graphQl.document("{ node(id: \"%s\") { neighbours(first: 100) { node { id } } } }".formatted(id))
			.execute().path("node.neighbours[*].node.id").entityList(String.class).get();
		return (int) all.stream().distinct().filter(x -> !actions.contains(x)).count();
	}

	/** A click where Cytoscape draws the node. */
	private void clickOnCanvas(String id) {
		WebElement canvas = this.browser.testId("canvas");
		@SuppressWarnings("unchecked")
		Map<String, Number> at = (Map<String, Number>) this.browser.script(
				"return arguments[0].cytoscape.getElementById(arguments[1]).renderedPosition();", canvas, id);
		var size = canvas.getSize();
		new Actions(this.browser.driver)
			.moveToElement(canvas, (int) (at.get("x").doubleValue() - size.getWidth() / 2.0),
					(int) (at.get("y").doubleValue() - size.getHeight() / 2.0))
			.click()
			.perform();
	}

	@Test
	void theShortestPathBetweenRecommendationsOfTwoInspectionsIsDrawnAndListed() {
		String from = "electronic-monitoring-2022/4";
		String to = "probation-recall-culture-practice-2020/1";
		List<String> expected = this.graphQl.document("{ path(from: \"%s\", to: \"%s\") { id } }".formatted(from, to))
			.execute().path("path[*].id").entityList(String.class).get();
		Browser b = browser();
		b.open("/#add=" + encode(from) + "&add=" + encode(to));
		b.waitFor(d -> new Select(b.testId("path-to")).getOptions().size() == 3);
		new Select(b.testId("path-from")).selectByValue(from);
		new Select(b.testId("path-to")).selectByValue(to);
		b.driver.findElement(By.cssSelector("#path-form button")).click();
		b.waitFor(d -> !b.all("[data-testid='path-steps'] li[data-id]").isEmpty());
		assertThat(ids("[data-testid='path-steps'] li[data-id]")).isEqualTo(expected).hasSizeGreaterThan(2);
		assertThat(ids("[data-testid='node-list'] li[data-id]")).containsAll(expected);
		Long onPath = (Long) b.script("return arguments[0].cytoscape.nodes('.on-path').length;", b.testId("canvas"));
		assertThat(onPath).isEqualTo(expected.size());
	}

	private static String encode(String id) {
		return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void aReloadRestoresTheViewAndBackAndForwardWork() {
		Browser b = browser();
		b.open("/#add=electronic-monitoring-2022");
		b.waitFor(d -> ids("[data-testid='node-list'] li[data-id]").size() == 1);
		b.testId("node-list").findElement(By.cssSelector("button[aria-pressed]")).click();
		b.waitFor(d -> ids("[data-testid='node-list'] li[data-id]").size() > 10);
		b.testId("owner-input").sendKeys(WALES, Keys.ENTER);
		waitForText("owner-actions", WALES);
		b.testId("node-list").findElement(By.cssSelector("li[data-id='electronic-monitoring-2022'] button.link")).click();
		waitForText("details", "Related inspections");
		List<String> nodes = ids("[data-testid='node-list'] li[data-id]");
		String details = b.testId("details").getText();
		String owner = b.testId("owner-actions").getText();
		b.driver.navigate().refresh();
		b.waitFor(d -> ids("[data-testid='node-list'] li[data-id]").equals(nodes));
		waitForText("details", "Related inspections");
		assertThat(b.testId("details").getText()).isEqualTo(details);
		waitForText("owner-actions", WALES);
		assertThat(b.testId("owner-actions").getText()).isEqualTo(owner);
		b.driver.navigate().back();
		b.waitFor(d -> b.testId("details").getText().contains("Pick a search result"));
		b.driver.navigate().back();
		b.waitFor(d -> b.testId("owner-actions").getText().isEmpty());
		b.driver.navigate().forward();
		waitForText("owner-actions", WALES);
	}

	@Test
	void theOwnerViewListsEveryActionOfRegionalProbationDirectorWalesOverdueFirst() throws Exception {
		var owner = this.graphQl.document("{ owner(name: \"%s\") { actions { id overdue } } }".formatted(WALES)).execute();
		List<String> actions = owner.path("owner.actions[*].id").entityList(String.class).get();
		Browser b = browser();
		b.open("/");
		b.testId("owner-input").sendKeys("probation director wales");
		b.waitFor(d -> b.all("#owner-suggestions option").stream().anyMatch(o -> WALES.equals(o.getDomAttribute("value"))));
		b.testId("owner-input").clear();
		b.testId("owner-input").sendKeys(WALES, Keys.ENTER);
		b.waitFor(d -> b.all("[data-testid='owner-actions'] li").size() == actions.size());
		List<String> shown = b.all("[data-testid='owner-actions'] li button")
			.stream()
			.map(e -> e.getDomAttribute("data-id"))
			.toList();
		assertThat(shown).containsExactlyInAnyOrderElementsOf(actions);
		List<Boolean> overdue = b.all("[data-testid='owner-actions'] li").stream()
			.map(li -> li.getDomAttribute("class") != null && li.getDomAttribute("class").contains("overdue"))
			.toList();
		for (var section : b.all("[data-testid='owner-actions'] section")) {
			List<Boolean> inSection = section.findElements(By.tagName("li")).stream()
				.map(li -> li.getDomAttribute("class") != null && li.getDomAttribute("class").contains("overdue"))
				.toList();
			assertThat(inSection.indexOf(false) < 0 || inSection.lastIndexOf(true) < inSection.indexOf(false))
				.as("overdue first in %s", section.findElement(By.tagName("h4")).getText()).isTrue();
		}
		assertThat(overdue).contains(true);
		assertThat(b.testId("owner-export-csv").getDomProperty("href"))
			.isEqualTo("http://127.0.0.1:" + this.port + "/export/actions.csv?owner=Regional%20Probation%20Director%20Wales");
		b.screenshot("owner-view");
	}

	@Test
	void searchAndDetailsWorkWithTheKeyboardAlone() {
		Browser b = browser();
		b.open("/");
		WebElement active = b.driver.switchTo().activeElement();
		for (int i = 0; i < 10 && !"search-input".equals(active.getDomAttribute("data-testid")); i++) {
			active.sendKeys(Keys.TAB);
			active = b.driver.switchTo().activeElement();
		}
		assertThat(active.getDomAttribute("data-testid")).isEqualTo("search-input");
		active.sendKeys("electronic monitoring curfew", Keys.ENTER);
		b.waitFor(d -> !b.all("[data-testid='search-results'] button[data-id]").isEmpty());
		b.driver.switchTo().activeElement().sendKeys(Keys.TAB, Keys.TAB);
		WebElement result = b.driver.switchTo().activeElement();
		assertThat(result.getDomAttribute("data-id")).isNotNull();
		result.sendKeys(Keys.ENTER);
		b.waitFor(d -> "details".equals(d.switchTo().activeElement().getDomAttribute("data-testid")));
		b.waitFor(d -> !b.all("[data-testid='details-source'] a").isEmpty());
		WebElement focused = b.driver.switchTo().activeElement();
		for (int i = 0; i < 30 && focused.findElements(By.xpath("ancestor::*[@data-testid='details-source']")).isEmpty(); i++) {
			focused.sendKeys(Keys.TAB);
			focused = b.driver.switchTo().activeElement();
		}
		String outline = (String) b.script("return getComputedStyle(arguments[0]).outlineStyle;", focused);
		assertThat(outline).as("visible focus").isNotEqualTo("none");
		focused.sendKeys(Keys.ENTER);
		b.waitFor(d -> !b.all("#source-lines li.hit").isEmpty());
		assertThat(b.driver.switchTo().activeElement()).as("focus stays on the link").isEqualTo(focused);
	}

	@Test
	void badInputGetsAClearMessage() {
		Browser b = browser();
		b.open("/#sel=no-such-node");
		waitForText("details", "Nothing has the id 'no-such-node'");
		b.testId("search-input").sendKeys("   ", Keys.ENTER);
		b.waitFor(d -> b.testId("message").getText().contains("Type some words"));
		b.testId("search-input").sendKeys("\" AND (( OR ~~ * ?", Keys.ENTER);
		b.waitFor(d -> !b.testId("search-results").getText().isBlank());
		b.testId("owner-input").sendKeys("Chief Inspector of Nowhere", Keys.ENTER);
		waitForText("owner-actions", "No owner role is called 'Chief Inspector of Nowhere'");
	}

	@Test
	void aServiceThatDoesNotAnswerGetsAClearMessageNotABlankPage() {
		Browser b = browser();
		b.open("/#add=electronic-monitoring-2022");
		b.waitFor(d -> ids("[data-testid='node-list'] li[data-id]").size() == 1);
		ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
		offline.setOffline(true);
		b.driver.setNetworkConditions(offline);
		b.testId("search-input").sendKeys("curfew", Keys.ENTER);
		b.waitFor(d -> b.testId("message").getText().contains("The service is not answering"));
		assertThat(ids("[data-testid='node-list'] li[data-id]")).containsExactly("electronic-monitoring-2022");
		b.driver.deleteNetworkConditions();
		b.testId("search-input").sendKeys(Keys.ENTER);
		b.waitFor(d -> !b.all("[data-testid='search-results'] button[data-id]").isEmpty());
		// the browser itself reports the failed request; the page adds nothing to it
		assertThat(b.consoleErrors()).allMatch(e -> e.contains("net::ERR_INTERNET_DISCONNECTED"));
		b.consoleErrors().clear();
	}

	@Test
	void itWorksAtPhoneWidthWithoutScrollingSideways() throws Exception {
		Browser b = browser(390, 844);
		b.open("/#add=electronic-monitoring-2022&sel=electronic-monitoring-2022");
		waitForText("details", "Related inspections");
		Long overflow = (Long) b.script("return document.documentElement.scrollWidth - window.innerWidth;");
		assertThat(overflow).isLessThanOrEqualTo(0L);
		assertThat(b.testId("canvas").getSize().getWidth()).isGreaterThan(300);
		b.screenshot("phone");
	}

	@Test
	void graphiqlRendersFromTheJarWithTheContractOperationsAndRunsAQuery() throws Exception {
		Browser b = browser();
		b.open("/graphiql?path=/graphql");
		b.waitFor(d -> d.findElement(By.cssSelector(".graphiql-query-editor")).getText().contains("query Inspections"));
		b.open("/graphiql?path=/graphql&query=" + encode("{ stats { overdue(asOf: \"2022-06-01\") } }"));
		b.waitFor(d -> d.findElement(By.cssSelector(".graphiql-query-editor")).getText().contains("overdue"));
		b.driver.findElement(By.cssSelector(".graphiql-execute-button")).click();
		int overdue = this.graphQl.document("{ stats { overdue(asOf: \"2022-06-01\") } }").execute()
			.path("stats.overdue").entity(Integer.class).get();
		b.waitFor(d -> d.findElement(By.cssSelector(".graphiql-response")).getText().contains("\"overdue\": " + overdue));
		b.screenshot("graphiql");
	}

}

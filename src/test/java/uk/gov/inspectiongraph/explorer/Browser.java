package uk.gov.inspectiongraph.explorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (nothing is downloaded at run time), with
 * what the page logged and every URL it requested, read from Chromium's own logs.
 */
public final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/** Generous: the machine is small and often busy; a wait ends as soon as its condition holds. */
	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final ObjectMapper JSON = new ObjectMapper();

	public final ChromeDriver driver;

	private final String base;

	private final List<String> console = new ArrayList<>();

	private final List<String> requests = new ArrayList<>();

	/** Starts Chromium; skips the test where it is not installed, unless on CI, which must have it. */
	public static Browser open(int port, int width, int height) {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed && System.getenv("CI") != null) {
			throw new IllegalStateException(".ci/run installs chromium and chromium-driver; they are missing");
		}
		assumeTrue(installed, "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
		return new Browser(port, width, height);
	}

	private Browser(int port, int width, int height) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--disable-extensions", "--window-size=" + width + "," + height);
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		logs.enable(LogType.PERFORMANCE, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.base = "http://127.0.0.1:" + port;
	}

	public void open(String path) {
		this.driver.get(this.base + path);
		waitFor(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready"))
				|| !d.findElements(By.cssSelector(".graphiql-container")).isEmpty());
	}

	public WebElement testId(String id) {
		return this.driver.findElement(By.cssSelector("[data-testid='" + id + "']"));
	}

	public List<WebElement> all(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	public <T> T waitFor(ExpectedCondition<T> condition) {
		// a page that redraws replaces elements under a condition that is reading them: ask again
		return new WebDriverWait(this.driver, PATIENCE).ignoring(StaleElementReferenceException.class).until(condition);
	}

	public Object script(String js, Object... args) {
		return this.driver.executeScript(js, args);
	}

	public String url() {
		return this.driver.getCurrentUrl();
	}

	/** Saves a screenshot under target/screenshots. */
	public void screenshot(String name) throws IOException {
		Path dir = Path.of("target/screenshots");
		Files.createDirectories(dir);
		Files.write(dir.resolve(name + ".png"), this.driver.getScreenshotAs(OutputType.BYTES));
	}

	/** What the page logged as an error (SEVERE) so far. */
	public List<String> consoleErrors() {
		drainLogs();
		return this.console;
	}

	/** Every URL the browser requested so far. */
	public List<String> requestedUrls() {
		drainLogs();
		return this.requests;
	}

	private void drainLogs() {
		for (LogEntry entry : this.driver.manage().logs().get(LogType.BROWSER)) {
			if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
				this.console.add(entry.getMessage());
			}
		}
		for (LogEntry entry : this.driver.manage().logs().get(LogType.PERFORMANCE)) {
			try {
				JsonNode message = JSON.readTree(entry.getMessage()).path("message");
				if ("Network.requestWillBeSent".equals(message.path("method").asText())) {
					this.requests.add(message.path("params").path("request").path("url").asText());
				}
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

	/**
	 * What every browser test checks after it ran: nothing was logged as an error and no request left
	 * 127.0.0.1 (the page's assets all come from the jar); then the browser is closed.
	 */
	public static void checkAndClose(Browser browser, int port) {
		if (browser == null) {
			return;
		}
		try {
			org.assertj.core.api.Assertions.assertThat(browser.consoleErrors()).as("console errors").isEmpty();
			org.assertj.core.api.Assertions.assertThat(browser.requestedUrls()).as("requests")
				.isNotEmpty()
				.allMatch(u -> u.startsWith("http://127.0.0.1:" + port + "/") || u.startsWith("data:"), "stays on 127.0.0.1");
		}
		finally {
			browser.close();
		}
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}

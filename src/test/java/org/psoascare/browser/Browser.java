package org.psoascare.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium driven by Selenium, offline. The driver path is given
 * explicitly so Selenium Manager never tries to download anything. Without a browser a
 * developer's run skips these tests; with CI=true a missing browser fails them instead.
 */
final class Browser implements AutoCloseable {

	private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	final WebDriver driver;

	private final Path profile;

	private Browser(WebDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	static Browser start() {
		Optional<String> chromium = onPath("chromium");
		Optional<String> chromedriver = onPath("chromedriver");
		if (chromium.isEmpty() || chromedriver.isEmpty()) {
			String missing = "chromium and chromedriver must be on the PATH (apt-get install chromium chromium-driver)";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException("Browser tests must run in CI: " + missing);
			}
			Assumptions.abort("Skipping browser test: " + missing);
		}
		try {
			Path profile = Files.createTempDirectory("chromium-profile");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(chromium.get());
			LoggingPreferences logs = new LoggingPreferences();
			logs.enable(LogType.BROWSER, Level.ALL);
			options.setCapability("goog:loggingPrefs", logs);
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
					"--no-first-run", "--user-data-dir=" + profile);
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(new File(chromedriver.get()))
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().window().setSize(new Dimension(1280, 900));
			return new Browser(driver, profile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	WebDriverWait waitUpTo(Duration timeout) {
		return new WebDriverWait(this.driver, timeout);
	}

	/** Clicks something that loads a new page and waits until the old page is gone. */
	void clickAndWaitForNewPage(WebElement element) {
		WebElement oldPage = this.driver.findElement(By.tagName("html"));
		element.click();
		waitUpTo(Duration.ofSeconds(15)).until((driver) -> isGone(oldPage));
		waitUpTo(Duration.ofSeconds(15)).until((driver) -> "complete"
			.equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
	}

	/**
	 * Whether an element's document has been replaced. Mid-navigation Chrome may answer
	 * that the node "does not belong to the document", which means the same.
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/** The WCAG 2.2 A and AA violations axe-core finds on the current page. */
	List<String> accessibilityViolations() {
		Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(this.driver);
		return results.getViolations().stream().map(Browser::describe).toList();
	}

	/** Console errors since the last call (the browser hands each entry out once). */
	List<String> consoleErrors() {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	/** Everything the current page loaded from anywhere but its own origin. */
	List<String> requestsToOtherOrigins() {
		@SuppressWarnings("unchecked")
		List<String> urls = (List<String>) script(
				"return performance.getEntriesByType('resource')" + ".map(e => e.name).concat([document.location.href])"
						+ ".filter(u => new URL(u).origin !== document.location.origin)");
		return urls;
	}

	/** Whether anything makes the page wider than the window. */
	boolean overflowsHorizontally() {
		return (Boolean) script("return document.documentElement.scrollWidth > document.documentElement.clientWidth");
	}

	/**
	 * Presses Tab from the top of the page up to {@code presses} times and returns each
	 * focused element that shows no focus indicator (no outline and no box shadow).
	 */
	List<String> focusWithoutIndicator(int presses) {
		script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)");
		List<String> missing = new ArrayList<>();
		for (int i = 0; i < presses; i++) {
			new Actions(this.driver).sendKeys(Keys.TAB).perform();
			Object problem = script("const e = document.activeElement; if (!e || e === document.body) return null;"
					+ "const s = getComputedStyle(e);"
					+ "const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;"
					+ "const shadow = s.boxShadow && s.boxShadow !== 'none';"
					+ "return (outline || shadow) ? null : e.tagName + ' ' + (e.textContent || e.name || '').trim().slice(0, 40);");
			if (problem != null) {
				missing.add(problem.toString());
			}
		}
		return missing;
	}

	/**
	 * Emulates the reader's settings through Chrome DevTools:
	 * {@code prefers-color-scheme} ({@code light} or {@code dark}),
	 * {@code prefers-reduced-motion} ({@code no-preference} or {@code reduce}), and the
	 * media type ({@code screen} or {@code print}).
	 */
	void emulate(String colorScheme, String reducedMotion, String media) {
		((ChromeDriver) this.driver).executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("media", media, "features", List.of(Map.of("name", "prefers-color-scheme", "value", colorScheme),
						Map.of("name", "prefers-reduced-motion", "value", reducedMotion))));
	}

	/** Back to the browser's own settings: light, motion allowed, screen. */
	void emulateDefaults() {
		emulate("light", "no-preference", "screen");
	}

	/**
	 * Ticks the box or radio whose label has this text, by clicking the label, as a
	 * person would; a checklist box behind a gate is reached by answering its gate "Yes"
	 * first.
	 */
	void chooseByLabel(String labelText) {
		WebElement label = this.driver.findElement(By.xpath("//label[normalize-space()=\"" + labelText + "\"]"));
		if (!label.isDisplayed()) {
			String gate = (String) script(
					"const g = arguments[0].closest('[data-gate]'); return g && g.getAttribute('data-gate');", label);
			assertThat(gate).as("a hidden box is behind a gate: %s", labelText).isNotNull();
			this.driver.findElement(By.cssSelector("label[for='q-" + gate + "-yes']")).click();
			assertThat(label.isDisplayed()).as("the gate's yes shows %s", labelText).isTrue();
		}
		label.click();
		assertThat(this.driver.findElement(By.id(label.getAttribute("for"))).isSelected()).as(labelText).isTrue();
	}

	Object script(String script, Object... args) {
		return ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

	private static String describe(Rule rule) {
		return rule.getId() + ": " + rule.getHelp() + " "
				+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList();
	}

	private static Optional<String> onPath(String command) {
		return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
			.map((dir) -> Path.of(dir, command))
			.filter(Files::isExecutable)
			.map(Path::toString)
			.findFirst();
	}

	@Override
	public void close() {
		this.driver.quit();
		try (Stream<Path> files = Files.walk(this.profile)) {
			files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException ex) {
			// A leftover temporary profile is harmless.
		}
	}

}

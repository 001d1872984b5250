package org.psoascare.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search in a real browser: typing a query, and every kind of result page (results, a
 * second page, nothing found, only common words, a right-to-left override, a warning sign
 * with the emergency signs card) at a phone and a desktop width, without axe-core WCAG
 * 2.2 AA violations, console errors or horizontal scrolling. The whole-site gate reaches
 * only the empty search page.
 */
class SearchBrowserTests extends BrowserTestSupport {

	private static final List<String> PAGES = List.of("/search?q=psoas", "/search?q=stretch&page=2",
			"/search?q=psoas%20zzzzqqq", "/search?q=a", "/search?q=%E2%80%AEesrow%20gnitteg%20niap",
			"/search?q=" + "sciatica%20".repeat(30), "/search?q=numb%20groin");

	@Test
	void aPersonTypesAQueryAndGetsLabelledResults() {
		open("/search");
		browser.driver.findElement(By.id("q")).sendKeys("hip flexors");
		browser.clickAndWaitForNewPage(browser.driver.findElement(By.cssSelector("form.search-form button")));

		assertThat(browser.driver.getTitle()).contains("hip flexors");
		assertThat(browser.driver.findElement(By.cssSelector(".results h3 a")).getText())
			.isEqualTo("Standing hip flexor stretch");
		assertThat(browser.driver.findElement(By.cssSelector(".results .result-kind")).getText())
			.isEqualTo("Stretch or exercise");
		assertThat(browser.driver.findElements(By.cssSelector(".results mark"))).isNotEmpty();
	}

	@Test
	void everyKindOfResultPageIsAccessibleAtPhoneAndDesktopWidth() {
		Map<String, List<String>> problems = new LinkedHashMap<>();
		for (int width : new int[] { 390, 1280 }) {
			browser.driver.manage().window().setSize(new Dimension(width, 900));
			for (String page : PAGES) {
				open(page);
				List<String> found = new ArrayList<>();
				browser.consoleErrors().forEach((error) -> found.add("console: " + error));
				browser.accessibilityViolations().forEach((violation) -> found.add("axe: " + violation));
				if (browser.overflowsHorizontally()) {
					found.add("wider than the window");
				}
				if (!found.isEmpty()) {
					problems.put(width + "px " + page, found);
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void aReversedQueryStaysInsideItsIsolateAndTheHeadingReadsLeftToRight() {
		open("/search?q=%E2%80%AEesrow%20gnitteg%20niap");

		var lead = browser.driver.findElement(By.cssSelector("h2 > span"));
		var query = browser.driver.findElement(By.cssSelector("h2 bdi"));
		assertThat(lead.getText()).isEqualTo("Results for");
		assertThat(lead.getRect().getX()).as("'Results for' stays first, on the left")
			.isLessThan(query.getRect().getX());
		assertThat(browser.driver.getTitle()).startsWith("Results for \u201c\u2068");
	}

	@Test
	void onAPhoneAWarningSignTypedInSearchShowsTheEmergencySignsBeforeAnyResult() {
		browser.driver.manage().window().setSize(new Dimension(390, 800));
		open("/search");
		browser.driver.findElement(By.id("q")).sendKeys("numb groin");
		browser.clickAndWaitForNewPage(browser.driver.findElement(By.cssSelector("form.search-form button")));

		var card = browser.driver.findElement(By.cssSelector("[data-urgency=emergency]"));
		var firstResult = browser.driver.findElement(By.cssSelector(".results li"));
		assertThat(card.isDisplayed()).isTrue();
		assertThat(card.getRect().getY()).as("the signs come before the results")
			.isLessThan(firstResult.getRect().getY());
		assertThat(card.getText()).contains("999");
	}

}

package org.psoascare.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.psoascare.content.RealContent;
import org.psoascare.web.SiteCrawler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole-site gate: every page reachable from the home page, at a phone width and a
 * desktop width, in the light and the dark colour scheme, in a real browser. It fails on
 * any link that does not answer 200, any console error, any axe-core WCAG 2.2 AA
 * violation, any request to another origin, any page wider than the window, and any
 * focused element without a visible focus indicator. It also runs the checklist and the
 * routine player once.
 */
class WholeSiteGateTests extends BrowserTestSupport {

	private static final int[] WIDTHS = { 390, 1280 };

	/**
	 * The reader's colour scheme, emulated through Chrome DevTools: the site follows it.
	 */
	private static final List<String> SCHEMES = List.of("light", "dark");

	private static final int TAB_PRESSES = 6;

	@Test
	void everyPageAtPhoneAndDesktopWidthInLightAndDark() {
		SiteCrawler site = new SiteCrawler(this.port).crawl();
		assertThat(site.broken()).as("links that do not answer 200").isEmpty();
		List<String> pages = site.pages();
		// Every guide, stretch and routine page and at least five more (home, lists,
		// checklist).
		assertThat(pages)
			.hasSizeGreaterThanOrEqualTo(RealContent.guides() + RealContent.stretches() + RealContent.routines() + 5);

		Map<String, List<String>> problems = new LinkedHashMap<>();
		try {
			for (String scheme : SCHEMES) {
				browser.emulate(scheme, "no-preference", "screen");
				browser.driver.get(url("/"));
				assertThat(browser.script("return matchMedia('(prefers-color-scheme: dark)').matches"))
					.as("the browser reports the %s scheme", scheme)
					.isEqualTo(scheme.equals("dark"));
				for (int width : WIDTHS) {
					browser.driver.manage().window().setSize(new Dimension(width, 900));
					for (String page : pages) {
						browser.driver.get(url(page));
						List<String> found = new ArrayList<>();
						browser.consoleErrors().forEach((error) -> found.add("console: " + error));
						browser.accessibilityViolations().forEach((violation) -> found.add("axe: " + violation));
						browser.requestsToOtherOrigins().forEach((request) -> found.add("other origin: " + request));
						if (browser.overflowsHorizontally()) {
							found.add("wider than the window");
						}
						browser.focusWithoutIndicator(TAB_PRESSES)
							.forEach((element) -> found.add("no visible focus: " + element));
						if (!found.isEmpty()) {
							problems.put(scheme + " " + width + "px " + page, found);
						}
					}
				}
			}
		}
		finally {
			browser.emulateDefaults();
		}
		assertThat(problems).as("pages visited: %d at each of %d widths in %s", pages.size(), WIDTHS.length, SCHEMES)
			.isEmpty();
	}

	@Test
	void theChecklistAndThePlayerRunCleanlyOnAPhone() {
		browser.driver.manage().window().setSize(new Dimension(390, 900));

		browser.driver.get(url("/checklist"));
		browser.driver.findElement(By.cssSelector("label[for='q-one-leg-yes']")).click();
		browser.driver.findElement(By.cssSelector("label[for='q-pain-one-leg']")).click();
		browser.driver.findElement(By.id("age")).sendKeys("52");
		browser.clickAndWaitForNewPage(
				browser.driver.findElement(By.cssSelector("form.checklist-form > button[type=submit]")));
		assertThat(browser.driver.findElement(By.cssSelector("[data-disposition]")).getAttribute("data-disposition"))
			.isEqualTo("self-care");
		assertThat(browser.driver.findElement(By.cssSelector(".patterns")).getText()).contains("sciatica-type pain");
		assertThat(browser.overflowsHorizontally()).as("result page width").isFalse();
		assertThat(browser.consoleErrors()).as("console on the checklist").isEmpty();

		browser.driver.get(url("/routines/morning-mobility"));
		browser.script("document.querySelector('[data-player]').dataset.clock = 'manual'");
		browser.driver.findElement(By.cssSelector("[data-action='start']")).click();
		browser.script("window.dispatchEvent(new CustomEvent('player:tick', {detail: 6}))");
		assertThat(browser.driver.findElement(By.cssSelector("[data-role='progress']")).getText())
			.startsWith("Step 1 of");
		browser.driver.findElement(By.cssSelector("#player [data-action='next']")).click();
		assertThat(browser.driver.findElement(By.cssSelector("[data-role='progress']")).getText())
			.startsWith("Step 2 of");
		assertThat(browser.overflowsHorizontally()).as("player width").isFalse();
		assertThat(browser.accessibilityViolations()).as("axe on the player on a phone").isEmpty();
		browser.driver.findElement(By.cssSelector("#player [data-action='stop']")).click();
		assertThat(browser.consoleErrors()).as("console on the player").isEmpty();
	}

}

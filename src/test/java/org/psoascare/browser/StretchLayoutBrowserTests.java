package org.psoascare.browser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.psoascare.content.RealContent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stretch and routine pages as people see them: on a phone, on a wide screen, and on
 * paper (Chrome's print emulation and its PDF).
 */
class StretchLayoutBrowserTests extends BrowserTestSupport {

	private static final List<String> ROUTINES = List.of("desk-break", "psoas-release", "gentle-sciatica",
			"core-foundation", "morning-mobility");

	private double top(String selector) {
		return ((Number) browser.script("return document.querySelector(arguments[0]).getBoundingClientRect().top",
				selector))
			.doubleValue();
	}

	private double bottom(String selector) {
		return ((Number) browser.script("return document.querySelector(arguments[0]).getBoundingClientRect().bottom",
				selector))
			.doubleValue();
	}

	@Test
	void onAPhoneThePictureCautionsAndFirstStepAreOnTheFirstScreen() {
		ChromeDriver chrome = (ChromeDriver) browser.driver;
		chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
		try {
			open("/stretches");
			@SuppressWarnings("unchecked")
			List<String> links = (List<String>) browser.script(
					"return Array.from(document.querySelectorAll('.stretch-card h3 a')).map(a => a.getAttribute('href'))");
			assertThat(links).hasSize(RealContent.stretches());
			List<String> late = new ArrayList<>();
			for (String link : links) {
				open(link);
				double screen = ((Number) browser.script("return window.innerHeight")).doubleValue();
				assertThat(((Number) browser.script("return window.innerWidth")).intValue()).isEqualTo(390);
				assertThat(bottom(".illustration svg")).as("picture on " + link).isLessThan(screen);
				assertThat(top(".how .cautions")).as("cautions before the steps on " + link)
					.isLessThan(top(".how .steps li"));
				if (top(".how .steps li") >= screen) {
					late.add(link + " (" + Math.round(top(".how .steps li")) + " px)");
				}
				assertThat(browser.overflowsHorizontally()).as(link).isFalse();
			}
			assertThat(late).as("pages whose first step starts below the first screen").isEmpty();
		}
		finally {
			chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	@Test
	void theStretchListShowsThreeColumnsOnAWideScreen() {
		browser.driver.manage().window().setSize(new Dimension(1280, 900));
		open("/stretches");
		List<WebElement> cards = browser.driver.findElements(By.cssSelector(".stretch-card"));
		assertThat(cards.get(1).getLocation().getY()).isEqualTo(cards.get(0).getLocation().getY());
		assertThat(cards.get(2).getLocation().getY()).isEqualTo(cards.get(0).getLocation().getY());
		assertThat(cards.get(3).getLocation().getY()).isGreaterThan(cards.get(0).getLocation().getY());
	}

	@Test
	void aRoutinePrintsAsAOneOrTwoPageA4SheetWithEverythingToFollowIt() {
		ChromeDriver chrome = (ChromeDriver) browser.driver;
		for (String slug : ROUTINES) {
			open("/routines/" + slug);
			chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
			try {
				List<WebElement> steps = browser.driver.findElements(By.cssSelector(".routine-steps > li"));
				assertThat(steps).as(slug).isNotEmpty();
				for (WebElement step : steps) {
					assertThat(step.findElement(By.cssSelector(".step-picture svg .still")).isDisplayed())
						.as("picture, " + slug)
						.isTrue();
					if (step.findElements(By.cssSelector(".print-same")).isEmpty()) {
						assertThat(step.findElement(By.cssSelector(".print-detail .steps li")).isDisplayed())
							.as("steps, " + slug)
							.isTrue();
						assertThat(step.findElement(By.cssSelector(".print-detail .cautions li")).isDisplayed())
							.as("cautions, " + slug)
							.isTrue();
					}
					else {
						assertThat(step.findElement(By.cssSelector(".print-same")).getText())
							.as("a repeated stretch, " + slug)
							.matches("How to do it and when to stop: as in step \\d+");
					}
					assertThat(step.getText()).as("hold, reps and sides, " + slug)
						.containsPattern("Hold|Move in and out");
				}
				assertThat(browser.driver.findElement(By.cssSelector(".routine > .cautions")).isDisplayed()).isTrue();
				assertThat(browser.driver.findElement(By.cssSelector(".emergency-line")).isDisplayed())
					.as("the emergency line on paper")
					.isTrue();
				assertThat(browser.driver.findElement(By.cssSelector("[data-action='start']")).isDisplayed()).isFalse();
				assertThat(browser.driver.findElement(By.cssSelector("[data-print]")).isDisplayed()).isFalse();
				@SuppressWarnings("unchecked")
				List<String> small = (List<String>) browser.script(PRINTED_TEXT_SMALLER_THAN, MINIMUM_PRINT_POINTS);
				assertThat(small).as("printed text under " + MINIMUM_PRINT_POINTS + " pt, " + slug).isEmpty();
			}
			finally {
				chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
			}
			Map<String, Object> pdf = chrome.executeCdpCommand("Page.printToPDF", Map.of("preferCSSPageSize", true));
			String text = new String(Base64.getDecoder().decode((String) pdf.get("data")), StandardCharsets.ISO_8859_1);
			System.out.printf("Printed routine %s: %d A4 pages%n", slug, count(text, "/Type\\s*/Page\\b(?!s)"));
			assertThat(count(text, "/Type\\s*/Page\\b(?!s)")).as("pages of " + slug).isBetween(1, 2);
			assertThat(all(text, "/MediaBox\\s*\\[([^\\]]+)\\]")).as("A4 (595 × 842 points), " + slug)
				.isNotEmpty()
				.allMatch((box) -> box.trim().matches("0 0 59[45](\\.\\d+)? 84[12](\\.\\d+)?"));
		}
	}

	/** The smallest type on a printed handout, body text and cautions alike. */
	private static final double MINIMUM_PRINT_POINTS = 10;

	/**
	 * Every visible piece of text in the printed routine and its footer (the emergency
	 * line and the disclaimer; the licence credit is fine print) whose type is smaller
	 * than the given size in points (1 pt is 4/3 CSS px).
	 */
	private static final String PRINTED_TEXT_SMALLER_THAN = """
			var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); var small = [];
			while (walker.nextNode()) { var node = walker.currentNode; var e = node.parentElement;
			  if (!node.textContent.trim() || !e.closest('.routine, .site-footer') || e.closest('.licence')
			    || !e.getClientRects().length) continue;
			  var px = parseFloat(getComputedStyle(e).fontSize);
			  if (px < arguments[0] * 4 / 3 - 0.01) small.push(e.tagName + '.' + e.className + ' ' + (px * 3 / 4).toFixed(1)
			    + ' pt: ' + node.textContent.trim().slice(0, 40)); }
			return small;""";

	@Test
	void routineAndStretchPagesHaveAPrintButtonThatOpensThePrintDialogue() {
		for (String path : List.of("/routines/" + ROUTINES.get(0), "/stretches/" + firstStretch())) {
			open(path);
			browser.script("window.printed = 0; window.print = function () { window.printed++; };");
			WebElement print = browser.driver.findElement(By.cssSelector("[data-print]"));
			assertThat(print.isDisplayed()).as("Print on " + path).isTrue();
			assertThat(print.getText()).isEqualTo("Print");
			print.click();
			assertThat(((Number) browser.script("return window.printed")).intValue()).as(path).isEqualTo(1);
		}
	}

	private String firstStretch() {
		open("/stretches");
		String href = (String) browser
			.script("return document.querySelector('.stretch-card h3 a').getAttribute('href')");
		return href.substring(href.lastIndexOf('/') + 1);
	}

	private static int count(String text, String regex) {
		return all(text, regex).size();
	}

	/** Every match of a pattern in a text: its first group, or the whole match. */
	private static List<String> all(String text, String regex) {
		Matcher match = Pattern.compile(regex).matcher(text);
		List<String> found = new ArrayList<>();
		while (match.find()) {
			found.add((match.groupCount() > 0) ? match.group(1) : match.group());
		}
		return found;
	}

}

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.psoascare.content.RealContent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plan pages as people see them: on a phone at 390 x 844 (every week of every plan, with
 * axe), the week picker and the exclusion form with no JavaScript at all, and on paper as
 * a short A4 handout. Plans are found from the list, so a new plan is covered without
 * changing this test.
 */
class PlanBrowserTests extends BrowserTestSupport {

	private void phone() {
		((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
	}

	private void desktop() {
		((ChromeDriver) browser.driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	private void javaScript(boolean enabled) {
		((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setScriptExecutionDisabled",
				Map.of("value", !enabled));
	}

	@SuppressWarnings("unchecked")
	private List<String> planLinks() {
		open("/plans");
		return (List<String>) browser
			.script("return Array.from(document.querySelectorAll('.card h3 a')).map(a => a.getAttribute('href'))");
	}

	private double top(String selector) {
		return ((Number) browser.script("return document.querySelector(arguments[0]).getBoundingClientRect().top",
				selector))
			.doubleValue();
	}

	@Test
	void onAPhoneEveryWeekFitsTheWidthPassesAxeAndShowsTheWeekPickerOnTheFirstScreen() {
		phone();
		try {
			List<String> links = planLinks();
			assertThat(links).hasSize(RealContent.plans());
			assertThat(browser.accessibilityViolations()).as("axe on /plans").isEmpty();
			List<String> measured = new ArrayList<>();
			for (String link : links) {
				open(link);
				int weeks = browser.driver.findElements(By.cssSelector(".week-picker a")).size();
				assertThat(weeks).as(link).isBetween(4, 6);
				assertThat(top(".week-picker")).as("week picker on the first screen of " + link).isLessThan(844);
				measured.add(link + ": week heading at " + Math.round(top("#week-heading")) + " px, page "
						+ browser.script("return document.documentElement.scrollHeight") + " px");
				for (int week = 1; week <= weeks; week++) {
					open(link + "?week=" + week);
					assertThat(((Number) browser.script("return window.innerWidth")).intValue()).isEqualTo(390);
					assertThat(browser.overflowsHorizontally()).as(link + " week " + week).isFalse();
					assertThat(browser.accessibilityViolations()).as("axe on " + link + " week " + week).isEmpty();
				}
			}
			open(links.get(0) + "?week=2&without=osteoporosis,hip-replacement,pregnancy,tummy-massage");
			assertThat(browser.overflowsHorizontally()).isFalse();
			assertThat(browser.accessibilityViolations()).as("axe on a shaped plan").isEmpty();
			System.out.println("Plan pages at 390 x 844: " + measured);
		}
		finally {
			desktop();
		}
	}

	@Test
	void theWeekPickerAndTheExclusionsWorkWithoutJavaScript() {
		phone();
		javaScript(false);
		try {
			open("/plans/sciatica-plan");
			assertThat(browser.driver.findElement(By.id("week-heading")).getText()).startsWith("Week 1");
			browser
				.clickAndWaitForNewPage(browser.driver.findElement(By.cssSelector(".week-picker li:nth-child(2) a")));
			assertThat(browser.driver.getCurrentUrl()).endsWith("/plans/sciatica-plan?week=2");
			assertThat(browser.driver.findElement(By.id("week-heading")).getText()).startsWith("Week 2");
			assertThat(browser.driver.findElement(By.cssSelector(".week-picker a[aria-current='page']")).getText())
				.contains("Week 2");

			browser.driver.findElement(By.cssSelector("label[for='without-osteoporosis']")).click();
			browser.clickAndWaitForNewPage(browser.driver.findElement(By.cssSelector(".shape-plan button")));
			assertThat(browser.driver.getCurrentUrl()).contains("week=2").contains("without=osteoporosis");
			assertThat(browser.driver.findElement(By.id("week-heading")).getText()).startsWith("Week 2");
			assertThat(browser.driver.findElement(By.id("shaped-heading")).isDisplayed()).isTrue();
			assertThat(browser.driver.findElement(By.cssSelector(".plan-week")).getText())
				.contains("Leave out: Lying single knee-to-chest");
			assertThat(browser.driver.findElement(By.id("without-osteoporosis")).isSelected()).isTrue();
		}
		finally {
			javaScript(true);
			desktop();
		}
	}

	@Test
	void aWeekPrintsAsAOneOrTwoPageA4HandoutWithTheStopSignsAndTheSafetyNet() {
		ChromeDriver chrome = (ChromeDriver) browser.driver;
		for (String link : planLinks()) {
			open(link + "?week=2");
			chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
			try {
				for (String shown : List.of("#week-heading", ".plan-practice", ".stop-signs", ".bad-day",
						".safety-net .emergency-signs", ".emergency-line")) {
					assertThat(browser.driver.findElement(By.cssSelector(shown)).isDisplayed()).as(shown + ", " + link)
						.isTrue();
				}
				for (String hidden : List.of(".week-picker", ".shape-plan", ".site-header nav")) {
					assertThat(browser.driver.findElement(By.cssSelector(hidden)).isDisplayed())
						.as(hidden + " on paper, " + link)
						.isFalse();
				}
				List<WebElement> steps = browser.driver.findElements(By.cssSelector(".plan-steps li"));
				assertThat(steps).as(link).isNotEmpty();
				steps.forEach((step) -> assertThat(step.getText()).containsPattern("Hold|Move in and out"));
			}
			finally {
				chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
			}
			Map<String, Object> pdf = chrome.executeCdpCommand("Page.printToPDF", Map.of("preferCSSPageSize", true));
			String text = new String(Base64.getDecoder().decode((String) pdf.get("data")), StandardCharsets.ISO_8859_1);
			int pages = 0;
			Matcher page = Pattern.compile("/Type\\s*/Page\\b(?!s)").matcher(text);
			while (page.find()) {
				pages++;
			}
			System.out.println("Printed " + link + " week 2: " + pages + " A4 pages");
			assertThat(pages).as("pages of " + link).isBetween(1, 2);
		}
	}

}

package org.psoascare.browser;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checklist (v3) on a phone, 390 × 844, as a frightened person would use it: how far
 * they scroll to reach the result, what the first screen of each result says, and how a
 * result prints. Answers are given by clicking labels, as a person would.
 */
class ChecklistOnAPhoneBrowserTests extends BrowserTestSupport {

	private static final int SCREEN = 844;

	/** Ordinary sciatica answers, by the labels a person reads. */
	private static final List<String> SCIATICA = List.of("Pain spreads from my back or bottom into one leg",
			"The pain goes below my knee", "Tingling or pins and needles in one leg or foot",
			"I have pain in my lower back", "My pain is worse when I sit", "Less than 6 weeks", "About the same");

	@BeforeEach
	void phone() {
		browser.driver.manage().window().setSize(new Dimension(390, SCREEN));
	}

	@AfterEach
	void desktop() {
		browser.driver.manage().window().setSize(new Dimension(1280, 900));
	}

	@Test
	void withOrdinarySciaticaAnswersTheResultIsAtMostFourPhoneScreensAway() {
		open("/checklist");
		answerEveryGateNoExcept("one-leg");
		for (String label : SCIATICA) {
			choose(label);
		}
		typeAge("42");
		WebElement submit = browser.driver.findElement(By.xpath("//button[normalize-space()='See my result']"));
		long scroll = bottom(submit) - SCREEN;
		System.out.printf(
				"checklist scroll distance to the result, sciatica answers, 390 x 844: %d px (%.1f screens)%n", scroll,
				scroll / (double) SCREEN);
		assertThat(scroll).as("scroll distance to 'See my result'").isLessThanOrEqualTo(4L * SCREEN);
		assertThat(browser.overflowsHorizontally()).isFalse();
		assertThat(browser.accessibilityViolations()).as("axe with a gate open").isEmpty();

		browser.clickAndWaitForNewPage(submit);
		assertThat(disposition()).isEqualTo("self-care");
	}

	@Test
	void withoutAGateAnsweredEveryBoxIsShownAndAYesWithNothingTickedIsReadCarefully() {
		open("/checklist");
		browser.driver.findElement(By.cssSelector("label[for='q-peeing-changed-not-sure']")).click();
		assertThat(browser.driver.findElement(By.id("q-cannot-pee")).isDisplayed()).as("not sure opens the gate")
			.isTrue();
		browser.clickAndWaitForNewPage(
				browser.driver.findElement(By.xpath("//button[normalize-space()='See what to do now']")));

		assertThat(disposition()).isEqualTo("emergency");
		assertThat(browser.driver.findElement(By.cssSelector(".read-carefully")).getText())
			.contains("ticked nothing under it", "I cannot pee, even when I try");
		assertThat(browser.accessibilityViolations()).as("axe on a result read carefully").isEmpty();
	}

	@Test
	void theFirstScreenOfEachResultSaysWhatToDoNow() {
		Map<String, List<String>> answers = Map.of("emergency", List.of("I have pain in my chest as well as my back"),
				"urgent", List.of("I have a high temperature (fever)"), "soon",
				concat(SCIATICA, "I am worried about my pain"), "self-care", SCIATICA);
		for (Map.Entry<String, List<String>> level : answers.entrySet()) {
			open("/checklist");
			level.getValue().forEach(this::choose);
			browser.clickAndWaitForNewPage(
					browser.driver.findElement(By.xpath("//button[normalize-space()='See my result']")));
			assertThat(disposition()).isEqualTo(level.getKey());
			WebElement heading = browser.driver.findElement(By.tagName("h1"));
			String prefix = heading.findElement(By.cssSelector(".care-level")).getAttribute("textContent").strip();
			assertThat(count(heading.getText().toLowerCase().replace("emergency department", "a&e"),
					Pattern.quote(prefix.replace(":", "").toLowerCase())))
				.as("the level said once in the heading: %s", heading.getText())
				.isEqualTo(1);
			assertThat(heading.getText().split("\\s+").length).as("a heading of a few words: %s", heading.getText())
				.isLessThanOrEqualTo(12);
			assertThat(bottom(heading)).as("%s heading on the first screen", level.getKey()).isLessThan(SCREEN);
			if (level.getKey().equals("emergency")) {
				assertThat(bottom(browser.driver.findElement(By.cssSelector(".call-button")))).as("the call button")
					.isLessThan(SCREEN);
			}
			else {
				assertThat(bottom(browser.driver.findElement(By.cssSelector(".care-detail"))))
					.as("%s: where to go", level.getKey())
					.isLessThan(SCREEN);
			}
			if (level.getKey().equals("soon") || level.getKey().equals("self-care")) {
				WebElement routine = browser.driver.findElement(By.cssSelector(".today a[href^='/routines/']"));
				assertThat(bottom(routine)).as("%s: today's routine on the first screen", level.getKey())
					.isLessThan(SCREEN);
			}
			assertThat(browser.driver.findElement(By.cssSelector("[data-print]")).isDisplayed()).as("a Print button")
				.isTrue();
			assertThat(browser.accessibilityViolations()).as("axe on the %s result at 390 px", level.getKey())
				.isEmpty();
		}
	}

	@Test
	void everyResultPrintsOnAtMostTwoA4PagesStartingWithTheActionAndTheAnswers() {
		Map<String, String> results = Map.of("emergency, many signs",
				"answer=saddle-numbness&answer=pee-leaking&answer=pee-pads&answer=chest-pain&answer=weak-both-legs"
						+ "&answer=past-cancer&answer=pain-one-leg&answer=fever&answer=weight-loss&age=63",
				"self-care, sciatica",
				"answer=pain-one-leg&answer=pain-below-knee&answer=tingling-one-leg&answer=worse-sitting"
						+ "&duration=duration-under-6-weeks&trend=trend-same&age=42",
				"soon", "answer=pain-one-leg&answer=worried&answer=numb-one-leg&answer=stops-activities&age=42",
				"every box ticked", everyBox());
		ChromeDriver chrome = (ChromeDriver) browser.driver;
		for (Map.Entry<String, String> result : results.entrySet()) {
			post(result.getValue());
			chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
			try {
				WebElement first = browser.driver.findElement(By.cssSelector(".checklist-result h1"));
				WebElement answers = browser.driver.findElement(By.cssSelector(".given-on-paper"));
				assertThat(top(first)).as("%s: the action first", result.getKey()).isLessThan(top(answers));
				for (WebElement other : browser.driver
					.findElements(By.cssSelector(".safety-net, .patterns, .recommends, .avoid"))) {
					assertThat(top(answers)).as("%s: the answers before the rest", result.getKey())
						.isLessThan(top(other));
				}
				assertThat(browser.driver.findElements(By.cssSelector(".card-list li")))
					.as("%s: no stretch or routine cards on paper", result.getKey())
					.noneMatch(WebElement::isDisplayed);
				assertThat(top(first)).as("%s: no blank first page", result.getKey()).isLessThan(300);
			}
			finally {
				chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
			}
			Map<String, Object> pdf = chrome.executeCdpCommand("Page.printToPDF", Map.of("preferCSSPageSize", true));
			String text = new String(Base64.getDecoder().decode((String) pdf.get("data")), StandardCharsets.ISO_8859_1);
			int pages = count(text, "/Type\\s*/Page\\b(?!s)");
			System.out.printf("checklist result printed (%s): %d A4 page(s)%n", result.getKey(), pages);
			assertThat(pages).as("pages of the %s result", result.getKey()).isBetween(1, 2);
		}
	}

	/** Every tick box and the first option of every choice, as one form body. */
	private String everyBox() {
		open("/checklist");
		return (String) browser.script("const seen = new Set(); return Array.from(document.querySelectorAll("
				+ "'#checklist-form input[type=checkbox], #checklist-form input[type=radio]')).filter((i) => "
				+ "i.type === 'checkbox' || (!seen.has(i.name) && seen.add(i.name))).map((i) => "
				+ "encodeURIComponent(i.name) + '=' + encodeURIComponent(i.value)).join('&') + '&age=70'");
	}

	/** Sends a form body to the checklist from the page, as its form would, and waits. */
	private void post(String body) {
		open("/checklist");
		WebElement oldPage = browser.driver.findElement(By.tagName("html"));
		browser.script("const f = document.createElement('form'); f.method = 'post'; f.action = '/checklist';"
				+ "new URLSearchParams(arguments[0]).forEach((v, k) => { const i = document.createElement('input');"
				+ "i.type = 'hidden'; i.name = k; i.value = v; f.appendChild(i); });"
				+ "document.body.appendChild(f); f.submit();", body);
		browser.waitUpTo(java.time.Duration.ofSeconds(15)).until((driver) -> {
			try {
				oldPage.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.WebDriverException ex) {
				return true;
			}
		});
		browser.waitUpTo(java.time.Duration.ofSeconds(15))
			.until((driver) -> "complete".equals(browser.script("return document.readyState")));
	}

	private void answerEveryGateNoExcept(String open) {
		for (WebElement gated : browser.driver.findElements(By.cssSelector("[data-gate]"))) {
			String gate = gated.getAttribute("data-gate");
			String answer = gate.equals(open) ? "yes" : "no";
			browser.driver.findElement(By.cssSelector("label[for='q-" + gate + "-" + answer + "']")).click();
		}
	}

	private void choose(String labelText) {
		browser.chooseByLabel(labelText);
	}

	private void typeAge(String age) {
		WebElement input = browser.driver.findElement(By.id("age"));
		input.clear();
		input.sendKeys(age);
	}

	private static String disposition() {
		return browser.driver.findElement(By.cssSelector("[data-disposition]")).getAttribute("data-disposition");
	}

	private static long top(WebElement element) {
		return ((Number) browser.script("return arguments[0].getBoundingClientRect().top + window.scrollY", element))
			.longValue();
	}

	private static long bottom(WebElement element) {
		return ((Number) browser.script("return arguments[0].getBoundingClientRect().bottom + window.scrollY", element))
			.longValue();
	}

	private static List<String> concat(List<String> list, String more) {
		return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(more)).toList();
	}

	private static int count(String text, String regex) {
		Matcher match = Pattern.compile(regex).matcher(text);
		int found = 0;
		while (match.find()) {
			found++;
		}
		return found;
	}

}

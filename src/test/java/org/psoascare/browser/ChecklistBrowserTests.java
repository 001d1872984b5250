package org.psoascare.browser;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person fills in the checklist by its labels, as they would with a mouse or keyboard.
 */
class ChecklistBrowserTests extends BrowserTestSupport {

	private void openForm() {
		open("/checklist");
	}

	private void choose(String labelText) {
		browser.chooseByLabel(labelText);
	}

	private void typeInto(String labelText, String text) {
		WebElement label = browser.driver.findElement(By.xpath("//label[normalize-space()=\"" + labelText + "\"]"));
		WebElement input = browser.driver.findElement(By.id(label.getAttribute("for")));
		input.clear();
		input.sendKeys(text);
	}

	private void submit() {
		browser.clickAndWaitForNewPage(
				browser.driver.findElement(By.xpath("//button[normalize-space()='See my result']")));
	}

	private String disposition() {
		return browser.driver.findElement(By.cssSelector("[data-disposition]")).getAttribute("data-disposition");
	}

	@Test
	void fillingTheFormByLabelGivesTheResult() {
		openForm();
		assertThat(browser.accessibilityViolations()).as("axe on the form").isEmpty();

		typeInto("How old are you?", "46");
		choose("Pain spreads from my back or bottom into one leg");
		choose("Less than 6 weeks");
		submit();

		assertThat(disposition()).isEqualTo("self-care");
		assertThat(browser.driver.findElement(By.tagName("h1")).getText()).startsWith("SELF-CARE:")
			.contains("Look after your back at home");
		assertThat(browser.driver.findElement(By.cssSelector(".patterns")).getText())
			.contains("Your answers fit a pattern often seen with sciatica-type pain.");
		assertThat(browser.driver.findElement(By.cssSelector(".given")).getText()).contains("Age: 46");
		assertThat(browser.accessibilityViolations()).as("axe on a self-care result").isEmpty();
	}

	@Test
	void aBadAgeShowsTheErrorByTheFieldWithAnswersKept() {
		openForm();
		choose("Pain spreads from my back or bottom into one leg");
		typeInto("How old are you?", "forty");
		submit();

		WebElement summary = browser.driver.findElement(By.cssSelector(".error-summary"));
		assertThat(summary.getText()).contains("There is a problem");
		assertThat(browser.driver.switchTo().activeElement()).as("focus moves to the summary").isEqualTo(summary);
		assertThat(browser.driver.findElement(By.id("age")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.driver.findElement(By.id("q-pain-one-leg")).isSelected()).isTrue();
		assertThat(browser.accessibilityViolations()).as("axe on the form with an error").isEmpty();

		summary.findElement(By.linkText("Enter your age as a whole number from 0 to 120, or leave it blank")).click();
		assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("age");
		assertThat(inView(browser.driver.findElement(By.cssSelector("label[for='age']")))).as("label in view").isTrue();
		assertThat(inView(browser.driver.findElement(By.id("age-hint")))).as("hint in view").isTrue();
	}

	@Test
	void withoutJavaScriptTheSummaryLinkStillBringsTheLabelIntoView() {
		openForm();
		choose("Pain spreads from my back or bottom into one leg");
		typeInto("How old are you?", "forty");
		submit();
		browser.script("document.querySelectorAll('[data-focus]').forEach((a) => a.removeAttribute('data-focus'))");

		browser.driver.findElement(By.cssSelector(".error-summary a[href='#age-field']")).click();
		assertThat(inView(browser.driver.findElement(By.cssSelector("label[for='age']")))).as("label in view").isTrue();
	}

	@Test
	void onAPhoneAPersonTicksAnEmergencySignFirstAndGetsTheEmergencyResult() {
		browser.driver.manage().window().setSize(new Dimension(390, 844));
		try {
			openForm();
			WebElement checkFirst = browser.driver.findElement(By.id("check-first-heading"));
			assertThat(checkFirst.getText()).isEqualTo("Check these first");
			assertThat(top(checkFirst)).as("'Check these first' on the first screen").isLessThan(844);
			assertThat(top(browser.driver.findElement(By.id("q-saddle-numbness"))))
				.isLessThan(top(browser.driver.findElement(By.id("rest-heading"))));
			assertThat(browser.overflowsHorizontally()).isFalse();

			choose("I am leaking pee");
			browser.clickAndWaitForNewPage(
					browser.driver.findElement(By.xpath("//button[normalize-space()='See what to do now']")));

			assertThat(disposition()).isEqualTo("emergency");
			WebElement heading = browser.driver.findElement(By.tagName("h1"));
			assertThat(heading.getText()).contains("Call 999 now or go to the emergency department");
			assertThat(top(heading)).as("the action on the first screen").isLessThan(844);
			WebElement call = browser.driver.findElement(By.linkText("Call 999"));
			assertThat(call.getAttribute("href")).isEqualTo("tel:999");
			assertThat(top(call)).as("the call button on the first screen").isLessThan(844);
			assertThat(browser.driver.findElement(By.cssSelector(".tell-staff")).getText())
				.isEqualTo("I have back pain and this sign: leaking pee. I am worried about cauda equina syndrome.");
			assertThat(browser.overflowsHorizontally()).isFalse();
			assertThat(browser.accessibilityViolations()).as("axe on the emergency result on a phone").isEmpty();
			assertThat(browser.consoleErrors()).isEmpty();

			ChromeDriver chrome = (ChromeDriver) browser.driver;
			chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
			assertThat(browser.driver.findElement(By.cssSelector(".site-header nav")).isDisplayed()).as("nav in print")
				.isFalse();
			assertThat(heading.isDisplayed()).isTrue();
			assertThat(browser.driver.findElement(By.cssSelector(".tell-staff")).isDisplayed()).isTrue();
			assertThat(call.isDisplayed()).as("the number stays on paper").isTrue();
			chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
			Map<String, Object> pdf = chrome.executeCdpCommand("Page.printToPDF",
					Map.of("paperWidth", 8.27, "paperHeight", 11.69));
			assertThat(Base64.getDecoder().decode((String) pdf.get("data"))).as("a printable PDF")
				.startsWith("%PDF".getBytes());
		}
		finally {
			browser.driver.manage().window().setSize(new Dimension(1280, 900));
		}
	}

	@Test
	void aBadAgeBesideARedFlagShowsTheResultAndTheAgeCanBeAddedThere() {
		openForm();
		choose("I have severe pain in the centre of my back, right over my spine");
		choose("My pain started after a small fall or a strain, such as lifting or twisting");
		typeInto("How old are you?", "45 years");
		submit();

		assertThat(disposition()).isEqualTo("emergency");
		assertThat(browser.driver.findElement(By.cssSelector(".problems")).getText())
			.contains("Your age could not be read");
		assertThat(browser.accessibilityViolations()).as("axe on a result with an unreadable answer").isEmpty();

		typeInto("Add your age to update this result", "45");
		browser.clickAndWaitForNewPage(
				browser.driver.findElement(By.xpath("//button[normalize-space()='Update my result']")));
		assertThat(disposition()).isEqualTo("soon");
		assertThat(browser.driver.findElement(By.cssSelector(".given")).getText()).contains("Age: 45",
				"I have severe pain in the centre of my back");
		assertThat(browser.driver.findElement(By.cssSelector(".safety-net")).getText())
			.contains("Get help straight away if any of these start");
		assertThat(browser.accessibilityViolations()).as("axe on a soon result with its safety net").isEmpty();
	}

	private static long top(WebElement element) {
		return ((Number) browser.script("return arguments[0].getBoundingClientRect().top + window.scrollY", element))
			.longValue();
	}

	private static boolean inView(WebElement element) {
		return (Boolean) browser.script("const r = arguments[0].getBoundingClientRect();"
				+ "return r.top >= -1 && r.bottom <= window.innerHeight + 1;", element); // sub-pixel
																							// layout
	}

	@Test
	void everyLevelReadsWellAndPassesAxe() {
		for (String level : new String[] { "emergency", "urgent", "soon" }) {
			openForm();
			chooseByCode(level);
			submit();
			assertThat(disposition()).isEqualTo(level);
			WebElement card = browser.driver.findElement(By.cssSelector("[data-urgency='" + level + "'] h1"));
			assertThat(card.getText()).isNotBlank();
			assertThat(browser.accessibilityViolations()).as("axe on a " + level + " result").isEmpty();
		}
	}

	/** A sign for each level, ticked through its label. */
	private void chooseByCode(String level) {
		String code = switch (level) {
			case "emergency" -> "chest-pain";
			case "urgent" -> "fever";
			default -> "trend-worse";
		};
		WebElement label = browser.driver.findElement(By.cssSelector("label[for='q-" + code + "']"));
		choose(label.getAttribute("textContent").strip());
	}

}

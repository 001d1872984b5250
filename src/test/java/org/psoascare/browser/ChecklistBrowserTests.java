package org.psoascare.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** A person fills in the checklist by its labels, as they would with a mouse or keyboard. */
class ChecklistBrowserTests extends BrowserTestSupport {

	private void openForm() {
		open("/checklist");
	}

	/** Ticks the box or radio whose label has this text, by clicking the label. */
	private void choose(String labelText) {
		WebElement label = browser.driver.findElement(By.xpath("//label[normalize-space()=\"" + labelText + "\"]"));
		label.click();
		WebElement input = browser.driver.findElement(By.id(label.getAttribute("for")));
		assertThat(input.isSelected()).as(labelText).isTrue();
	}

	private void typeInto(String labelText, String text) {
		WebElement label = browser.driver.findElement(By.xpath("//label[normalize-space()=\"" + labelText + "\"]"));
		WebElement input = browser.driver.findElement(By.id(label.getAttribute("for")));
		input.clear();
		input.sendKeys(text);
	}

	private void submit() {
		browser.clickAndWaitForNewPage(browser.driver.findElement(By.xpath("//button[normalize-space()='See my result']")));
	}

	private String disposition() {
		return browser.driver.findElement(By.cssSelector("[data-disposition]")).getAttribute("data-disposition");
	}

	@Test
	void fillingTheFormByLabelGivesTheResult() {
		openForm();
		assertThat(browser.accessibilityViolations()).as("axe on the form").isEmpty();

		typeInto("How old are you?", "46");
		choose("Pain spreads from my back or bottom down into one leg");
		choose("Less than 6 weeks");
		submit();

		assertThat(disposition()).isEqualTo("self-care");
		assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your checklist result");
		assertThat(browser.driver.findElement(By.cssSelector(".patterns")).getText())
			.contains("Your answers fit a pattern often seen with sciatica-type pain.");
		assertThat(browser.driver.findElement(By.cssSelector(".given")).getText()).contains("Age: 46");
		assertThat(browser.accessibilityViolations()).as("axe on a self-care result").isEmpty();
	}

	@Test
	void aBadAgeShowsTheErrorByTheFieldWithAnswersKept() {
		openForm();
		choose("Pain spreads from my back or bottom down into one leg");
		typeInto("How old are you?", "forty");
		submit();

		assertThat(browser.driver.findElement(By.cssSelector(".error-summary")).getText()).contains("There is a problem");
		assertThat(browser.driver.findElement(By.id("age")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.driver.findElement(By.id("q-pain-one-leg")).isSelected()).isTrue();
		assertThat(browser.accessibilityViolations()).as("axe on the form with an error").isEmpty();
	}

	@Test
	void everyLevelReadsWellAndPassesAxe() {
		for (String level : new String[] { "emergency", "urgent", "soon" }) {
			openForm();
			chooseByCode(level);
			submit();
			assertThat(disposition()).isEqualTo(level);
			WebElement card = browser.driver.findElement(By.cssSelector("[data-urgency='" + level + "'] h2"));
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
		choose(label.getText().strip());
	}

}

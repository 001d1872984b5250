package org.psoascare.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** A person opens the home page, goes to the guides and reads one, in a real browser. */
class GuideJourneyBrowserTests extends BrowserTestSupport {

	@Test
	void homeToAGuideWithNoAccessibilityViolations() {
		open("/");
		assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Look after your back, safely");
		assertThat(browser.accessibilityViolations()).as("axe on home").isEmpty();

		browser.clickAndWaitForNewPage(browser.driver.findElement(By.linkText("Guides")));
		assertThat(browser.driver.getTitle()).startsWith("Guides");
		assertThat(browser.accessibilityViolations()).as("axe on guides").isEmpty();

		browser.clickAndWaitForNewPage(browser.driver.findElement(By.linkText("The psoas muscle")));
		assertThat(browser.driver.getTitle()).startsWith("The psoas muscle");
		assertThat(browser.driver.findElement(By.cssSelector(".toc")).getText()).contains("On this page");
		assertThat(browser.driver.findElement(By.id("sources")).isDisplayed()).isTrue();
		assertThat(browser.accessibilityViolations()).as("axe on a guide").isEmpty();
	}

}

package org.psoascare.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A person opens the home page, goes to the guides and reads one, in a real browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GuideJourneyBrowserTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void homeToAGuideWithNoAccessibilityViolations() {
		browser.driver.get("http://localhost:" + this.port + "/");
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

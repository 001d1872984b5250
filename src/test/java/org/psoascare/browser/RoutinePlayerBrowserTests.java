package org.psoascare.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Following a routine in a real browser. Time is driven by the test: the player is
 * switched to its manual clock before Start, and each tick advances it by a number of
 * seconds, so nothing here waits on the wall clock.
 */
class RoutinePlayerBrowserTests extends BrowserTestSupport {

	private void tick(int seconds) {
		((JavascriptExecutor) browser.driver)
			.executeScript("window.dispatchEvent(new CustomEvent('player:tick', {detail: arguments[0]}))", seconds);
	}

	private String role(String role) {
		return browser.driver.findElement(By.cssSelector("[data-role='" + role + "']")).getText();
	}

	private WebElement button(String text) {
		return browser.driver.findElement(By.xpath("//section[@id='player']//button[normalize-space()='" + text + "']"));
	}

	@Test
	void startCountDownPauseResumeSkipBackAndFinish() {
		open("/routines/desk-break");
		((JavascriptExecutor) browser.driver)
			.executeScript("document.querySelector('[data-player]').dataset.clock = 'manual'");
		WebElement player = browser.driver.findElement(By.id("player"));
		assertThat(player.isDisplayed()).isFalse();

		browser.driver.findElement(By.xpath("//button[normalize-space()='Start routine']")).click();

		assertThat(player.isDisplayed()).isTrue();
		assertThat(role("progress")).isEqualTo("Step 1 of 5 · Get ready");
		assertThat(role("count")).isEqualTo("5");
		assertThat(player.findElement(By.cssSelector("[role='timer']")).getText()).isEqualTo("5");
		assertThat(browser.accessibilityViolations()).as("axe on the running player").isEmpty();

		tick(5);
		assertThat(role("progress")).isEqualTo("Step 1 of 5");
		assertThat(role("name")).isEqualTo("Gentle standing backbend");
		assertThat(role("count")).isEqualTo("5");
		tick(2);
		assertThat(role("count")).isEqualTo("3");

		button("Pause").click();
		tick(10);
		assertThat(role("count")).as("paused: the number stops").isEqualTo("3");
		assertThat(player.getAttribute("data-state")).isEqualTo("paused");

		button("Resume").click();
		tick(1);
		assertThat(role("count")).isEqualTo("2");

		button("Skip").click();
		assertThat(role("progress")).isEqualTo("Step 2 of 5");
		assertThat(role("name")).isEqualTo("Standing hip flexor stretch");
		assertThat(role("side")).startsWith("Now your right side");
		assertThat(role("count")).isEqualTo("30");
		tick(30);
		tick(30);
		assertThat(role("side")).startsWith("Now your left side");

		button("Back").click();
		assertThat(role("progress")).isEqualTo("Step 1 of 5");

		for (int i = 0; i < 200 && player.isDisplayed(); i++) {
			tick(30);
		}
		WebElement done = browser.driver.findElement(By.cssSelector("[data-role='done']"));
		assertThat(done.isDisplayed()).isTrue();
		assertThat(done.getText()).contains("Well done");
		assertThat(role("last-done")).contains("You last finished this routine on");
		Object stored = ((JavascriptExecutor) browser.driver)
			.executeScript("return window.localStorage.getItem('psoascare:last-done:desk-break')");
		assertThat(stored).isNotNull();
	}

	@Test
	void aGlideIsTimedAsMovingInAndOutWithNoHold() {
		open("/routines/gentle-sciatica");
		((JavascriptExecutor) browser.driver)
			.executeScript("document.querySelector('[data-player]').dataset.clock = 'manual'");
		browser.driver.findElement(By.xpath("//button[normalize-space()='Start routine']")).click();
		tick(5);
		assertThat(role("side")).doesNotContain("no hold");
		for (int i = 0; i < 5; i++) {
			button("Skip").click();
		}

		assertThat(role("progress")).isEqualTo("Step 6 of 6");
		assertThat(role("name")).isEqualTo("Sciatic nerve glide");
		assertThat(role("side")).startsWith("Now your right side").contains("Move in and out, no hold");
		assertThat(role("count")).isEqualTo("5");
	}

	@Test
	void stopHidesThePlayerAndReturnsToTheList() {
		open("/routines/gentle-sciatica");
		((JavascriptExecutor) browser.driver)
			.executeScript("document.querySelector('[data-player]').dataset.clock = 'manual'");
		browser.driver.findElement(By.xpath("//button[normalize-space()='Start routine']")).click();
		button("Stop").click();

		assertThat(browser.driver.findElement(By.id("player")).isDisplayed()).isFalse();
		assertThat(browser.driver.switchTo().activeElement().getText()).isEqualTo("Start routine");
	}

	@Test
	void stretchAndRoutinePagesHaveNoAccessibilityViolations() {
		for (String path : new String[] { "/stretches", "/stretches?target=piriformis", "/stretches/thomas-stretch",
				"/routines", "/routines/psoas-release" }) {
			open(path);
			assertThat(browser.accessibilityViolations()).as("axe on " + path).isEmpty();
		}
	}

}

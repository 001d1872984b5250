package org.psoascare.browser;

import java.time.Duration;
import java.util.List;

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

	private void tick(double seconds) {
		((JavascriptExecutor) browser.driver)
			.executeScript("window.dispatchEvent(new CustomEvent('player:tick', {detail: arguments[0]}))", seconds);
	}

	private void useManualClock() {
		browser.script("document.querySelector('[data-player]').dataset.clock = 'manual'");
	}

	private void start() {
		browser.driver.findElement(By.xpath("//button[normalize-space()='Start routine']")).click();
	}

	/**
	 * The routine's length as its page lists it, in seconds, with the 5 s lead-in: what a
	 * wall clock should read when the player finishes.
	 */
	private double wallClockLength() {
		return ((Number) browser.script("var total = 5;"
				+ "document.querySelectorAll('[data-step]').forEach(function (s, i, all) {"
				+ "  total += Number(s.dataset.hold) * Number(s.dataset.reps) * (s.dataset.sides === 'each' ? 2 : 1);"
				+ "  if (i < all.length - 1) { total += Number(s.dataset.rest); } });" + "return total;"))
			.doubleValue();
	}

	/**
	 * Ticks of the given length, all in one script, until the player closes; the time
	 * ticked, in seconds.
	 */
	private double tickUntilDone(double seconds) {
		return ((Number) browser.script(
				"var player = document.getElementById('player'); var n = 0;" + "while (!player.hidden && n < 100000) {"
						+ "  window.dispatchEvent(new CustomEvent('player:tick', {detail: arguments[0]})); n++; }"
						+ "return n * arguments[0];",
				seconds))
			.doubleValue();
	}

	private String role(String role) {
		return browser.driver.findElement(By.cssSelector("[data-role='" + role + "']")).getText();
	}

	private WebElement button(String text) {
		return browser.driver
			.findElement(By.xpath("//section[@id='player']//button[normalize-space()='" + text + "']"));
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
	void lateTicksLoseNoTimeOverAWholeRoutine() {
		open("/routines/desk-break");
		useManualClock();
		double length = wallClockLength();
		start();

		double ticked = tickUntilDone(0.7);

		System.out.printf("Whole routine (desk-break, %.1f s) with 0.7 s ticks took %.1f s: error %.1f s%n", length,
				ticked, ticked - length);
		assertThat(ticked - length).as("time lost or gained over the whole routine").isBetween(0.0, 0.7);
		assertThat(browser.driver.findElement(By.cssSelector("[data-role='done']")).isDisplayed()).isTrue();
	}

	@Test
	void oneLateTickLandsWhereTheWallClockSays() {
		open("/routines/desk-break");
		useManualClock();
		start();
		// The lead-in, step 1 (both sides or all its reps) and its rest, in one tick: a
		// tab that slept.
		double stepOne = ((Number) browser.script("var s = document.querySelector('[data-step]');"
				+ "return 5 + Number(s.dataset.hold) * Number(s.dataset.reps) * (s.dataset.sides === 'each' ? 2 : 1)"
				+ " + Number(s.dataset.rest);"))
			.doubleValue();

		tick(stepOne + 1);

		assertThat(role("progress")).isEqualTo("Step 2 of 5");
		assertThat(role("name")).isEqualTo("Standing hip flexor stretch");
		assertThat(role("count")).isEqualTo("29");
	}

	@Test
	void startAnnouncesGetReadyAndNeverResume() {
		open("/routines/desk-break");
		useManualClock();
		browser.script("window.announced = [];"
				+ "new MutationObserver(function () { var t = document.querySelector('[data-role=announce]').textContent;"
				+ "  if (t) { window.announced.push(t); } })"
				+ ".observe(document.querySelector('[data-role=announce]'), {childList: true, characterData: true, subtree: true});");
		start();

		browser.waitUpTo(Duration.ofSeconds(10))
			.until((driver) -> !((List<?>) browser.script("return window.announced")).isEmpty());
		List<?> announced = (List<?>) browser.script("return window.announced");
		assertThat(announced.get(0).toString()).startsWith("Get ready");
		assertThat(announced).noneMatch((text) -> text.toString().contains("Resume"));
	}

	@Test
	void stopOrPauseRightAfterStartLetsGoOfTheScreenOnceTheLockArrives() {
		for (String action : new String[] { "stop", "pause" }) {
			open("/routines/desk-break");
			useManualClock();
			browser.script("window.lock = {requests: 0, released: 0, resolve: null};"
					+ "Object.defineProperty(navigator, 'wakeLock', {configurable: true, value: {request: function () {"
					+ "  window.lock.requests++;"
					+ "  return new Promise(function (resolve) { window.lock.resolve = function () { resolve({"
					+ "    release: function () { window.lock.released++; return Promise.resolve(); },"
					+ "    addEventListener: function () {} }); }; }); }}});");
			browser.script(
					"document.querySelector('[data-action=start]').click();"
							+ "document.querySelector('#player [data-action=\"' + arguments[0] + '\"]').click();",
					action);
			assertThat(((Number) browser.script("return window.lock.requests")).intValue()).as(action).isEqualTo(1);

			browser.script("window.lock.resolve()");

			browser.waitUpTo(Duration.ofSeconds(10))
				.until((driver) -> ((Number) browser.script("return window.lock.released")).intValue() == 1);
		}
	}

	@Test
	void theBeepsSoundIsUnlockedByTheClickThatTurnsItOn() {
		open("/routines/desk-break");
		useManualClock();
		browser.script("window.audio = {made: [], resumed: 0, oscillators: 0};"
				+ "window.AudioContext = function () { window.audio.made.push(window.event ? window.event.type : 'timer');"
				+ "  this.state = 'suspended'; this.currentTime = 0; this.destination = {}; };"
				+ "AudioContext.prototype.resume = function () { window.audio.resumed++; this.state = 'running'; return Promise.resolve(); };"
				+ "AudioContext.prototype.createOscillator = function () { window.audio.oscillators++;"
				+ "  return {frequency: {}, connect: function () {}, start: function () {}, stop: function () {}}; };"
				+ "AudioContext.prototype.createGain = function () { return {gain: {}, connect: function () {}}; };");
		start();

		browser.driver.findElement(By.cssSelector("[data-role='sound']")).click();

		assertThat(browser.script("return window.audio.made")).isEqualTo(List.of("change"));
		assertThat(((Number) browser.script("return window.audio.resumed")).intValue()).isEqualTo(1);
		tick(5);
		tick(5);
		assertThat(((Number) browser.script("return window.audio.oscillators")).intValue()).as("beeped").isEqualTo(1);
		assertThat((List<?>) browser.script("return window.audio.made")).as("the same sound, no new one").hasSize(1);
	}

	@Test
	void theRunningTimerShowsTheKeyStepAndWhatComesNext() {
		open("/routines/desk-break");
		useManualClock();
		start();
		assertThat(role("cue")).as("during the lead-in, the first step's cue")
			.isEqualTo("Hands on your lower back; lean back a little, looking ahead.");

		tick(5);

		assertThat(role("name")).isEqualTo("Gentle standing backbend");
		assertThat(role("cue")).isEqualTo("Hands on your lower back; lean back a little, looking ahead.");
		assertThat(role("next")).isEqualTo("Then: Standing hip flexor stretch");
		for (int i = 0; i < 4; i++) {
			button("Skip").click();
		}
		assertThat(role("progress")).isEqualTo("Step 5 of 5");
		assertThat(role("next")).isEqualTo("Then: the end of the routine");
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

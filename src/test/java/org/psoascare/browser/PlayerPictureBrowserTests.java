package org.psoascare.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.psoascare.browser.RoutinePlayerBrowserTests.Segment;
import org.psoascare.browser.RoutinePlayerBrowserTests.Step;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routine player shows the current step's moving picture: a copy of the inline SVG
 * the page has for that step, restarted at the start of each hold, standing still with
 * reduced motion, when paused and when "Keep pictures still" is ticked. The player's
 * clock is the test's manual one; the picture's own animation clock (SMIL) runs on real
 * time, so "it moves" is checked by waiting for its drawing to change (at most a few
 * seconds), and "it stands still" by its animation clock not advancing while the page's
 * frames go by, and by every moment of its cycle looking the same. The steps and the
 * timeline come from the page (the content), as in {@link RoutinePlayerBrowserTests}.
 */
class PlayerPictureBrowserTests extends BrowserTestSupport {

	/**
	 * A routine with a step done on each side, repeated, so sides and reps are covered.
	 */
	private static final String ROUTINE = "/routines/desk-break";

	/**
	 * Where each visible shape of the player's picture is on screen, and whether shown.
	 */
	private static final String DRAWING = """
			const svg = document.querySelector('#player svg.moving-picture');
			return Array.from(svg.querySelectorAll('path, circle, ellipse, rect, text')).map((e) => {
			  const r = e.getBoundingClientRect(), s = getComputedStyle(e);
			  return r.width > 0 && s.visibility === 'visible' ? [r.x, r.y, r.width, r.height].map(Math.round).join(',') : '-';
			}).join(' ');
			""";

	/**
	 * How far the player's picture's animation clock moves while the page draws frames
	 * for at least 300 ms of its own time: 0 when it stands still.
	 */
	private static final String CLOCK_MOVES = """
			const done = arguments[arguments.length - 1];
			const svg = document.querySelector('#player svg.moving-picture');
			const from = svg.getCurrentTime(), since = performance.now();
			const frame = () => {
			  if (performance.now() - since < 300) {
			    requestAnimationFrame(frame);
			    return;
			  }
			  done(svg.getCurrentTime() - from);
			};
			requestAnimationFrame(frame);
			""";

	/**
	 * How many different drawings the player's picture shows at 12 moments across its
	 * cycle, sought with setCurrentTime (its animations paused meanwhile, and left as
	 * they were).
	 */
	private static final String DRAWINGS_ACROSS_CYCLE = """
			const done = arguments[arguments.length - 1];
			const svg = document.querySelector('#player svg.moving-picture');
			const wasPaused = svg.animationsPaused(), at = svg.getCurrentTime();
			const a = svg.querySelector('animate, animateTransform');
			const cycle = a ? a.getSimpleDuration() : 10;
			const drawing = () => Array.from(svg.querySelectorAll('path, circle, ellipse, rect, text')).map((e) => {
			  const r = e.getBoundingClientRect(), s = getComputedStyle(e);
			  return r.width > 0 && s.visibility === 'visible' ? [r.x, r.y, r.width, r.height].map(Math.round).join(',') : '-';
			}).join(' ');
			const seen = new Set();
			svg.pauseAnimations();
			let i = 0;
			const next = () => {
			  if (i === 12) {
			    svg.setCurrentTime(at);
			    if (!wasPaused) svg.unpauseAnimations();
			    done(seen.size);
			    return;
			  }
			  svg.setCurrentTime(cycle * i / 12);
			  requestAnimationFrame(() => { seen.add(drawing()); i++; next(); });
			};
			next();
			""";

	@AfterEach
	void backToDefaults() {
		browser.emulateDefaults();
		browser.script("localStorage.clear()");
	}

	/**
	 * Walking the whole routine with Skip, each moment shows the picture of its step, the
	 * very one in the step's list item, moving from the moment it appears; each hold
	 * starts its side's movement from the start; and the picture's accessible name says
	 * what moves.
	 */
	@Test
	void everyMomentShowsItsStepsPictureRestartedAtEachHold() {
		open(ROUTINE);
		List<Step> steps = RoutinePlayerBrowserTests.steps();
		List<Segment> segments = RoutinePlayerBrowserTests.timeline(steps);
		assertThat(steps).as("this routine has a step on each side with repeats")
			.anyMatch((step) -> step.each() && step.reps() > 1);
		List<String> pictures = stepPictures();
		assertThat(pictures).as("each step has its picture in the page").hasSize(steps.size());
		assertThat(count("#player svg")).as("the player has no copy of a picture in the page").isZero();
		useManualClock();
		start();

		List<String> wrong = new ArrayList<>();
		for (int i = 0; i < segments.size(); i++) {
			Segment segment = segments.get(i);
			String where = segment.kind() + " " + (i + 1) + " (step " + (segment.step() + 1) + ", " + segment.side()
					+ ")";
			@SuppressWarnings("unchecked")
			Map<String, Object> shown = (Map<String, Object>) browser
				.script("const all = document.querySelectorAll('#player svg'), svg = all[0];"
						+ "return {count: all.length, html: svg.outerHTML, time: svg.getCurrentTime(),"
						+ " paused: svg.animationsPaused(), label: svg.getAttribute('aria-label'),"
						+ " role: svg.getAttribute('role'), left: Number(svg.getAttribute('data-side-seconds')) || 0}");
			assertThat(((Number) shown.get("count")).intValue()).as(where).isOne();
			if (!shown.get("html").equals(pictures.get(segment.step()))) {
				wrong.add(where + ": not the step's picture");
			}
			assertThat((String) shown.get("label")).as(where).isNotBlank();
			assertThat(shown.get("role")).as(where).isEqualTo("img");
			assertThat(shown.get("paused")).as(where + " moves").isEqualTo(false);
			if (segment.kind().equals("hold")) {
				double start = "left".equals(segment.side()) ? ((Number) shown.get("left")).doubleValue() : 0;
				double time = ((Number) shown.get("time")).doubleValue();
				if (time < start - 0.01 || time > start + 1.5) {
					wrong.add(where + ": the picture is at " + time + " s, not at the side's start, " + start + " s");
				}
			}
			if (i == 0 || segments.get(i - 1).step() != segment.step()) {
				String first = drawing();
				browser.waitUpTo(Duration.ofSeconds(10)).until((driver) -> !drawing().equals(first));
			}
			button("skip").click();
		}
		assertThat(wrong).isEmpty();
		assertThat(browser.driver.findElement(By.id("player")).isDisplayed()).as("finished").isFalse();
		assertThat(count("#player svg")).as("nothing left moving behind the closed player").isZero();
	}

	@Test
	void thePictureMovesWithMotionAllowedAndStandsStillWithReducedMotion() {
		open(ROUTINE);
		useManualClock();
		start();
		toFirstHold();
		assertThat(shows(".moving")).isTrue();
		assertThat(shows(".still")).isFalse();
		String first = drawing();
		browser.waitUpTo(Duration.ofSeconds(10)).until((driver) -> !drawing().equals(first));
		assertThat(clockMoves()).isGreaterThan(0.1);
		assertThat(drawingsAcrossCycle()).isGreaterThan(2);

		button("stop").click();
		browser.emulate("light", "reduce", "screen");
		start();
		toFirstHold();
		assertThat(shows(".moving")).isFalse();
		assertThat(shows(".still")).as("the still end pose").isTrue();
		assertThat(clockMoves()).isZero();
		assertThat(drawingsAcrossCycle()).as("every moment looks the same").isOne();
	}

	@Test
	void pauseAndKeepPicturesStillStopThePicture() {
		open(ROUTINE);
		useManualClock();
		start();
		toFirstHold();
		assertThat(clockMoves()).isGreaterThan(0.1);

		button("pause").click();
		assertThat(clockMoves()).as("paused").isZero();
		String paused = drawing();
		button("pause").click();
		assertThat(clockMoves()).as("resumed").isGreaterThan(0.1);
		browser.waitUpTo(Duration.ofSeconds(10)).until((driver) -> !drawing().equals(paused));

		WebElement keepStill = browser.driver.findElement(By.cssSelector("#player .motion-control label"));
		assertThat(keepStill.isDisplayed()).isTrue();
		keepStill.click();
		assertThat(clockMoves()).as("kept still").isZero();
		assertThat(shows(".still")).isTrue();
		assertThat(shows(".moving")).isFalse();
		assertThat(drawingsAcrossCycle()).isOne();
		assertThat(browser
			.script("return Array.from(document.querySelectorAll('input.motion-off')).every(b => b.checked)"))
			.as("the page's box says the same")
			.isEqualTo(true);

		keepStill.click();
		assertThat(clockMoves()).as("moving again").isGreaterThan(0.1);
		assertThat(shows(".moving")).isTrue();
	}

	@Test
	void theNextStepsPictureShowsAfterSkip() {
		open(ROUTINE);
		List<Segment> segments = RoutinePlayerBrowserTests.timeline(RoutinePlayerBrowserTests.steps());
		List<String> pictures = stepPictures();
		useManualClock();
		start();
		int last = segments.get(0).step();
		int skips = 0;
		for (int i = 1; i < segments.size() && segments.get(i).step() == last; i++) {
			skips++;
		}
		for (int i = 0; i <= skips; i++) {
			button("skip").click();
		}
		int next = segments.get(skips + 1).step();
		assertThat(next).isNotEqualTo(last);
		assertThat(browser.script("return document.querySelector('#player svg').outerHTML"))
			.isEqualTo(pictures.get(next));
		String first = drawing();
		browser.waitUpTo(Duration.ofSeconds(10)).until((driver) -> !drawing().equals(first));
	}

	@Test
	void thePlayingPictureHasNoAccessibilityViolationsInLightAndDark() {
		ChromeDriver chrome = (ChromeDriver) browser.driver;
		chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
		try {
			for (String scheme : List.of("light", "dark")) {
				browser.emulate(scheme, "no-preference", "screen");
				open(ROUTINE);
				useManualClock();
				start();
				toFirstHold();
				assertThat(browser.accessibilityViolations()).as("axe on a hold, " + scheme).isEmpty();
				browser.driver.findElement(By.cssSelector("#player .motion-control label")).click();
				button("pause").click();
				assertThat(browser.accessibilityViolations()).as("axe paused and still, " + scheme).isEmpty();
			}
		}
		finally {
			chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	private void useManualClock() {
		browser.script("document.querySelector('[data-player]').dataset.clock = 'manual'");
	}

	private void start() {
		browser.driver.findElement(By.cssSelector("[data-action='start']")).click();
	}

	private WebElement button(String action) {
		return browser.driver.findElement(By.cssSelector("#player [data-action='" + action + "']"));
	}

	/** Skips to the routine's first hold, counted from the timeline. */
	private void toFirstHold() {
		List<Segment> segments = RoutinePlayerBrowserTests.timeline(RoutinePlayerBrowserTests.steps());
		for (int i = 0; !segments.get(i).kind().equals("hold"); i++) {
			button("skip").click();
		}
		assertThat(browser.driver.findElement(By.id("player")).getAttribute("data-kind")).isEqualTo("hold");
	}

	/** Each step's picture as the page's list of steps has it, in order. */
	private List<String> stepPictures() {
		@SuppressWarnings("unchecked")
		List<String> pictures = (List<String>) browser
			.script("return Array.from(document.querySelectorAll('li[data-step]')).map(function (li) {"
					+ " var svg = li.querySelector('svg.moving-picture'); return svg ? svg.outerHTML : ''; })");
		assertThat(new LinkedHashSet<>(pictures)).doesNotContain("");
		return pictures;
	}

	private long count(String selector) {
		return ((Number) browser.script("return document.querySelectorAll(arguments[0]).length", selector)).longValue();
	}

	private String drawing() {
		return (String) browser.script(DRAWING);
	}

	private double clockMoves() {
		return ((Number) ((JavascriptExecutor) browser.driver).executeAsyncScript(CLOCK_MOVES)).doubleValue();
	}

	private int drawingsAcrossCycle() {
		return ((Number) ((JavascriptExecutor) browser.driver).executeAsyncScript(DRAWINGS_ACROSS_CYCLE)).intValue();
	}

	/** Whether the player's picture shows its group with this class. */
	private boolean shows(String group) {
		return (Boolean) browser.script(
				"const g = document.querySelector('#player svg.moving-picture > ' + arguments[0]);"
						+ "return getComputedStyle(g).display !== 'none' && g.getBoundingClientRect().width > 0",
				group);
	}

}

package org.psoascare.browser;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.psoascare.content.RealContent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stretch pictures move (SVG animation, no script) on stretch and routine pages, and
 * stay still when the reader asks for reduced motion, stops them with the page's control,
 * or prints. No test waits for time to pass: each picture's animations are paused and
 * sought to moments across one whole cycle ({@code pauseAnimations},
 * {@code setCurrentTime}), and what is drawn on screen is compared between them.
 */
class MovingPictureBrowserTests extends BrowserTestSupport {

	/** Moments sampled across one cycle of each picture. */
	private static final int SAMPLES = 12;

	/**
	 * For each moving picture on the page: the set of different drawings seen at
	 * {@link #SAMPLES} moments across its cycle. A drawing is where each visible shape is
	 * on screen (rounded to a pixel) and whether it is visible at all.
	 */
	private static final String DRAWINGS = """
			const samples = arguments[0], done = arguments[arguments.length - 1];
			const pictures = Array.from(document.querySelectorAll('svg.moving-picture'));
			const cycle = (svg) => {
			  const a = svg.querySelector('animate, animateTransform');
			  return a ? a.getSimpleDuration() : 10;
			};
			const drawing = (svg) => Array.from(svg.querySelectorAll('path, circle, ellipse, rect, text'))
			  .map((e) => {
			    const r = e.getBoundingClientRect(), s = getComputedStyle(e);
			    const seen = r.width > 0 && s.visibility === 'visible';
			    return seen ? [r.x, r.y, r.width, r.height].map(Math.round).join(',') : '-';
			  }).join(' ');
			const seen = pictures.map(() => new Set());
			pictures.forEach((svg) => svg.pauseAnimations());
			let i = 0;
			const step = () => {
			  if (i === samples) {
			    done(seen.map((set) => Array.from(set)));
			    return;
			  }
			  pictures.forEach((svg) => svg.setCurrentTime(cycle(svg) * i / samples));
			  requestAnimationFrame(() => {
			    pictures.forEach((svg, n) => seen[n].add(drawing(svg)));
			    i++;
			    step();
			  });
			};
			step();
			""";

	@AfterEach
	void backToDefaults() {
		browser.emulateDefaults();
	}

	@Test
	void everyStretchPageShowsItsPictureMovingAndStillWithReducedMotion() {
		List<String> links = stretchLinks();
		Map<String, String> problems = new LinkedHashMap<>();
		for (String link : links) {
			browser.emulateDefaults();
			open(link);
			assertThat(pictures()).as(link).hasSize(1);
			if (drawings().get(0) < 3) {
				problems.put(link, "does not move with motion allowed");
			}
			if (!shows(".moving") || shows(".still")) {
				problems.put(link, "shows the still picture with motion allowed");
			}
			browser.emulate("light", "reduce", "screen");
			if (drawings().get(0) != 1) {
				problems.put(link, "moves with reduced motion");
			}
			if (shows(".moving") || !shows(".still")) {
				problems.put(link, "does not show the still end pose with reduced motion");
			}
			assertThat(browser.driver.findElement(By.cssSelector(".motion-control")).isDisplayed())
				.as("a stop control with nothing moving, " + link)
				.isFalse();
		}
		assertThat(problems).as("stretch pages: %d", links.size()).isEmpty();
	}

	@Test
	void theStopControlStopsEveryPictureOnTheRoutinePage() {
		open("/routines/morning-mobility");
		int steps = browser.driver.findElements(By.cssSelector("li[data-step]")).size();
		assertThat(pictures()).hasSize(steps);
		assertThat(drawings()).as("each step's picture moves")
			.allSatisfy((count) -> assertThat(count).isGreaterThan(2));

		// The page's own box, above the steps (the player, closed, has one of its own).
		WebElement control = browser.driver.findElement(By.cssSelector("#steps-heading ~ .motion-control label"));
		assertThat(control.isDisplayed()).isTrue();
		control.click();
		assertThat(drawings()).as("each step's picture after stopping")
			.allSatisfy((count) -> assertThat(count).isOne());
		assertThat(shows(".still")).isTrue();

		control.click();
		assertThat(drawings()).as("each step's picture moves again")
			.allSatisfy((count) -> assertThat(count).isGreaterThan(2));
	}

	@Test
	void theStopControlStopsTheStretchPicture() {
		open(stretchLinks().get(0));
		assertThat(drawings().get(0)).isGreaterThan(2);
		browser.driver.findElement(By.cssSelector(".motion-control label")).click();
		assertThat(drawings().get(0)).isOne();
		assertThat(shows(".still")).isTrue();
	}

	@Test
	void printShowsTheStillEndPoseWithItsArrows() {
		open("/stretches/glute-bridge");
		browser.emulate("light", "no-preference", "print");
		assertThat(drawings().get(0)).isOne();
		assertThat(shows(".still")).isTrue();
		assertThat(shows(".moving")).isFalse();
		assertThat(browser.script("return document.querySelector('.still .still-only') !== null")).isEqualTo(true);
	}

	@Test
	void thePictureSaysWhatMoves() {
		open("/stretches/glute-bridge");
		String label = pictures().get(0).getAttribute("aria-label");
		assertThat(label).startsWith("Moving picture.").contains("the hips lift slowly");
		assertThat(pictures().get(0).getAttribute("role")).isEqualTo("img");
	}

	private List<String> stretchLinks() {
		open("/stretches");
		@SuppressWarnings("unchecked")
		List<String> links = (List<String>) browser.script(
				"return Array.from(document.querySelectorAll('.stretch-card h3 a')).map(a => a.getAttribute('href'))");
		assertThat(links).hasSize(RealContent.stretches());
		return links;
	}

	private List<WebElement> pictures() {
		return browser.driver.findElements(By.cssSelector("svg.moving-picture"));
	}

	/** How many different drawings each picture on the page shows across its cycle. */
	private List<Integer> drawings() {
		@SuppressWarnings("unchecked")
		List<List<String>> seen = (List<List<String>>) ((org.openqa.selenium.JavascriptExecutor) browser.driver)
			.executeAsyncScript(DRAWINGS, SAMPLES);
		return seen.stream().map((drawings) -> {
			Set<String> different = new LinkedHashSet<>(drawings);
			return different.size();
		}).toList();
	}

	/** Whether every picture on the page shows its group with this class. */
	private boolean shows(String group) {
		return (Boolean) browser.script(
				"return Array.from(document.querySelectorAll('svg.moving-picture > ' + arguments[0]))"
						+ ".every(g => getComputedStyle(g).display !== 'none' && g.getBoundingClientRect().width > 0)",
				group);
	}

}

package org.psoascare.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Following a routine in a real browser. Time is driven by the test: the player is
 * switched to its manual clock before Start, and each tick advances it by a number of
 * seconds, so nothing here waits on the wall clock. Speech, vibration and the Web Audio
 * sounds are replaced, in the test only, by recorders that note what was asked of them
 * and when. What should happen is worked out from the page's own steps (the content), so
 * an author who changes a routine breaks none of these tests.
 */
class RoutinePlayerBrowserTests extends BrowserTestSupport {

	/** Segments of at least this many seconds tick in their last 3 seconds. */
	private static final int COUNTED_FROM = 8;

	/** One step as the page lists it for the player. */
	record Step(String name, int hold, boolean holds, int reps, boolean each, int rest, int leadIn, int changeSides,
			int repPause, String position) {
	}

	/**
	 * One timed part of a routine: a lead-in ({@code position}), a hold, the pause
	 * between holds ({@code relax}), a change of sides or a rest.
	 */
	record Segment(String kind, int step, String side, int rep, int seconds, int start) {
	}

	/** One cue as the recorders saw it: its time on the test's clock and what it was. */
	record Cue(double at, String what, String detail) {
	}

	private static final String RECORDERS = """
			window.clockT = 0; window.sounds = []; window.spoken = []; window.cancels = []; window.buzzes = [];
			window.AudioContext = function () { this.state = 'running'; this.currentTime = 0; this.destination = {}; };
			AudioContext.prototype.resume = function () { return Promise.resolve(); };
			AudioContext.prototype.createGain = function () {
			  var sound = {at: window.clockT, tones: []}; window.sounds.push(sound); this.last = sound;
			  return {gain: {}, connect: function () {}}; };
			AudioContext.prototype.createOscillator = function () { var o = {frequency: {}, connect: function () {},
			  start: function () {}, stop: function () {}}; this.last.tones.push(o); return o; };
			Object.defineProperty(window, 'speechSynthesis', {configurable: true, value: {
			  speak: function (u) { window.spoken.push({at: window.clockT, text: u.text, lang: u.lang}); },
			  cancel: function () { window.cancels.push(window.clockT); },
			  getVoices: function () { return []; }}});
			Object.defineProperty(navigator, 'vibrate', {configurable: true, value: function (p) {
			  window.buzzes.push({at: window.clockT, pattern: JSON.stringify(p)}); return true; }});
			""";

	private void tick(double seconds) {
		browser.script("window.clockT = (window.clockT || 0) + arguments[0];"
				+ "window.dispatchEvent(new CustomEvent('player:tick', {detail: arguments[0]}))", seconds);
	}

	private void useManualClock() {
		browser.script("document.querySelector('[data-player]').dataset.clock = 'manual'");
	}

	private void record() {
		browser.script(RECORDERS);
	}

	private WebElement startButton() {
		return browser.driver.findElement(By.cssSelector("[data-action='start']"));
	}

	private void start() {
		startButton().click();
	}

	static List<Step> steps() {
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> found = (List<Map<String, Object>>) browser
			.script("return Array.from(document.querySelectorAll('[data-step]')).map(function (s) { var d = s.dataset;"
					+ " return {name: d.name, hold: +d.hold, holds: d.holds === 'true', reps: +d.reps,"
					+ " each: d.sides === 'each', rest: +d.rest, leadIn: +d.leadIn, changeSides: +d.changeSides,"
					+ " repPause: +d.repPause, position: d.positionLabel}; })");
		return found.stream()
			.map((s) -> new Step((String) s.get("name"), number(s.get("hold")), (Boolean) s.get("holds"),
					number(s.get("reps")), (Boolean) s.get("each"), number(s.get("rest")), number(s.get("leadIn")),
					number(s.get("changeSides")), number(s.get("repPause")), (String) s.get("position")))
			.toList();
	}

	private static int number(Object value) {
		return ((Number) value).intValue();
	}

	/**
	 * The timeline the content asks for (docs/architecture.md, "Routine player"): a
	 * lead-in before a step in a new position, each side's holds with a pause between
	 * them, a change of sides, and a rest after a step.
	 */
	static List<Segment> timeline(List<Step> steps) {
		List<Segment> segments = new ArrayList<>();
		int at = 0;
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			if (step.leadIn() > 0) {
				segments.add(new Segment("position", i, null, 0, step.leadIn(), at));
				at += step.leadIn();
			}
			List<String> sides = step.each() ? List.of("right", "left") : java.util.Collections.singletonList(null);
			for (int s = 0; s < sides.size(); s++) {
				if (s > 0 && step.changeSides() > 0) {
					segments.add(new Segment("sides", i, sides.get(s), 0, step.changeSides(), at));
					at += step.changeSides();
				}
				for (int rep = 1; rep <= step.reps(); rep++) {
					if (rep > 1 && step.repPause() > 0) {
						segments.add(new Segment("relax", i, sides.get(s), rep, step.repPause(), at));
						at += step.repPause();
					}
					segments.add(new Segment("hold", i, sides.get(s), rep, step.hold(), at));
					at += step.hold();
				}
			}
			if (step.rest() > 0 && i < steps.size() - 1) {
				segments.add(new Segment("rest", i + 1, null, 0, step.rest(), at));
				at += step.rest();
			}
		}
		return segments;
	}

	private static int length(List<Segment> segments) {
		Segment last = segments.get(segments.size() - 1);
		return last.start() + last.seconds();
	}

	private String role(String role) {
		return browser.driver.findElement(By.cssSelector("[data-role='" + role + "']")).getText();
	}

	private String kind() {
		return browser.driver.findElement(By.id("player")).getAttribute("data-kind");
	}

	private WebElement button(String action) {
		return browser.driver.findElement(By.cssSelector("#player [data-action='" + action + "']"));
	}

	private List<Cue> recorded(String list, String what, String detail) {
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> found = (List<Map<String, Object>>) browser.script("return window." + list);
		return found.stream()
			.map((m) -> new Cue(((Number) m.get("at")).doubleValue(), what, String.valueOf(m.get(detail))))
			.toList();
	}

	/** Each sound the player made, with its tones' frequencies as its signature. */
	private List<Cue> sounds() {
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> found = (List<Map<String, Object>>) browser
			.script("return window.sounds.map(function (s) { return {at: s.at, tones: s.tones.map(function (o) {"
					+ " return o.frequency.value; }).join(' ')}; })");
		return found.stream()
			.map((m) -> new Cue(((Number) m.get("at")).doubleValue(), "sound", String.valueOf(m.get("tones"))))
			.toList();
	}

	/**
	 * Runs a whole routine with sides, repeats, rests and a change of position, second by
	 * second, and checks every cue against the content: the sound for each kind of moment
	 * (one sound per kind, each kind its own), a vibration with each, what is said, and
	 * that nothing is said over the last-seconds count.
	 */
	@Test
	void aWholeRoutineGivesEveryCueAtItsTimeWithDistinctSoundsSpeechAndVibration() {
		open("/routines/desk-break");
		useManualClock();
		record();
		List<Step> steps = steps();
		assertThat(steps).as("this routine has a step on each side with repeats")
			.anyMatch((step) -> step.each() && step.reps() > 1 && step.holds());
		List<Segment> segments = timeline(steps);
		assertThat(segments).extracting(Segment::kind).contains("position", "hold", "relax", "sides", "rest");

		start();
		for (int t = 0; t < length(segments) + 1; t++) {
			tick(1);
		}

		// What should have happened, from the content.
		List<double[]> expectedTimes = new ArrayList<>();
		List<String> expectedKinds = new ArrayList<>();
		Map<String, String> soundKind = Map.of("position", "ready", "hold", "hold", "relax", "relax", "sides", "sides",
				"rest", "next");
		for (Segment segment : segments) {
			expectedTimes.add(new double[] { segment.start() });
			expectedKinds.add(soundKind.get(segment.kind()));
			if (segment.seconds() >= COUNTED_FROM) {
				for (int left = 3; left >= 1; left--) {
					expectedTimes.add(new double[] { segment.start() + segment.seconds() - left });
					expectedKinds.add("count");
				}
			}
		}
		expectedTimes.add(new double[] { length(segments) });
		expectedKinds.add("end");

		List<Cue> sounds = sounds();
		assertThat(sounds).extracting(Cue::at)
			.as("a sound at every moment the content makes")
			.containsExactlyElementsOf(expectedTimes.stream().map((t) -> t[0]).toList());
		Map<String, String> signatures = new LinkedHashMap<>();
		for (int i = 0; i < sounds.size(); i++) {
			String previous = signatures.putIfAbsent(expectedKinds.get(i), sounds.get(i).detail());
			assertThat(previous == null || previous.equals(sounds.get(i).detail()))
				.as("one sound for every " + expectedKinds.get(i) + " (at " + sounds.get(i).at() + " s)")
				.isTrue();
		}
		assertThat(signatures.keySet()).contains("ready", "hold", "count", "sides", "next", "end");
		assertThat(new LinkedHashSet<>(signatures.values())).as("each kind of moment sounds different: " + signatures)
			.hasSameSizeAs(signatures.values());

		assertThat(recorded("buzzes", "vibrate", "pattern")).extracting(Cue::at)
			.as("a vibration with every sound")
			.containsExactlyElementsOf(sounds.stream().map(Cue::at).toList());

		List<Cue> spoken = recorded("spoken", "speech", "text");
		Map<Double, String> said = new HashMap<>();
		spoken.forEach((cue) -> said.put(cue.at(), cue.detail()));
		assertThat(recorded("spoken", "speech", "lang")).extracting(Cue::detail).containsOnly("en-GB");
		for (Segment segment : segments) {
			Step step = steps.get(segment.step());
			String words = said.get((double) segment.start());
			switch (segment.kind()) {
				case "position" -> assertThat(words).as("lead-in at " + segment.start())
					.endsWith("Get into position: " + step.position())
					.contains(step.name());
				case "sides" -> assertThat(words).isEqualTo("Change sides: switch to your " + segment.side() + " side");
				case "rest" -> assertThat(words).isEqualTo("Rest. Next: " + step.name());
				case "relax" -> assertThat(words).isEqualTo("Relax");
				default -> {
					if (segment.rep() == 1) {
						assertThat(words).as("hold at " + segment.start())
							.startsWith(step.name() + (segment.side() != null ? ", " + segment.side() + " side" : ""))
							.contains(step.holds() ? "hold for " + step.hold() + " seconds" : "move in and out");
					}
					else if (step.holds()) {
						assertThat(words).isEqualTo("Repeat " + segment.rep() + " of " + step.reps());
					}
				}
			}
		}
		assertThat(said.get((double) length(segments))).isEqualTo("Routine finished. Well done.");

		@SuppressWarnings("unchecked")
		List<Double> cancels = ((List<Number>) browser.script("return window.cancels")).stream()
			.map(Number::doubleValue)
			.toList();
		for (Segment segment : segments) {
			if (segment.seconds() >= COUNTED_FROM) {
				double countFrom = segment.start() + segment.seconds() - 3;
				assertThat(spoken).as("nothing said over the count of the " + segment.kind() + " at " + segment.start())
					.noneMatch((cue) -> cue.at() >= countFrom && cue.at() < segment.start() + segment.seconds());
				assertThat(cancels).as("speech stopped before the count at " + countFrom).contains(countFrom);
			}
		}
		assertThat(browser.driver.findElement(By.cssSelector("[data-role='done']")).isDisplayed()).isTrue();
	}

	/**
	 * Every segment of a routine, as the person sees it: the screen says what it is, and
	 * each pause has its own countdown of the length the content gives.
	 */
	@Test
	void theLeadInPausesAndRestsEachShowTheirOwnCountdown() {
		open("/routines/desk-break");
		useManualClock();
		List<Step> steps = steps();
		List<Segment> segments = timeline(steps);
		start();
		Map<String, String> labels = Map.of("position", "Get into position", "relax", "Relax", "sides", "Change sides",
				"rest", "Rest");
		for (Segment segment : segments) {
			String where = segment.kind() + " at " + segment.start() + " s";
			assertThat(kind()).as(where).isEqualTo(segment.kind());
			assertThat(role("count")).as(where).isEqualTo(String.valueOf(segment.seconds()));
			String progress = "Step " + (segment.step() + 1) + " of " + steps.size();
			assertThat(role("progress")).as(where)
				.isEqualTo(segment.kind().equals("hold") ? progress : progress + " · " + labels.get(segment.kind()));
			tick(segment.seconds() - 1);
			assertThat(role("count")).as(where + ", a second before its end").isEqualTo("1");
			tick(1);
		}
		assertThat(browser.driver.findElement(By.id("player")).isDisplayed()).isFalse();
	}

	@Test
	void skipEndsTheHoldBackRestartsItAndTheExerciseButtonsJumpBetweenSteps() {
		open("/routines/desk-break");
		useManualClock();
		List<Step> steps = steps();
		int sided = 0;
		while (!(steps.get(sided).each() && steps.get(sided).reps() > 1 && steps.get(sided).holds())) {
			sided++;
		}
		Step step = steps.get(sided);
		start();
		assertThat(kind()).isEqualTo("position");
		for (int i = 0; i < sided; i++) {
			button("next").click();
		}
		String progress = "Step " + (sided + 1) + " of " + steps.size();
		assertThat(role("progress")).startsWith(progress);
		if (!kind().equals("hold")) {
			button("skip").click();
		}
		assertThat(kind()).isEqualTo("hold");
		assertThat(role("side")).startsWith("Now your right side").contains("Repeat 1 of " + step.reps());
		tick(2);
		assertThat(role("count")).isEqualTo(String.valueOf(step.hold() - 2));

		button("back").click();
		assertThat(role("count")).as("Back restarts the hold").isEqualTo(String.valueOf(step.hold()));
		assertThat(role("side")).contains("Repeat 1 of " + step.reps());

		button("skip").click();
		assertThat(kind()).as("Skip ends the hold: the pause before the next one").isEqualTo("relax");
		assertThat(role("count")).isEqualTo(String.valueOf(step.repPause()));
		button("back").click();
		assertThat(kind()).as("Back in the pause restarts the hold before it").isEqualTo("hold");
		assertThat(role("side")).contains("Repeat 1 of " + step.reps());

		for (int rep = 1; rep < step.reps(); rep++) {
			button("skip").click();
			button("skip").click();
		}
		assertThat(role("side")).contains("Repeat " + step.reps() + " of " + step.reps());
		button("skip").click();
		assertThat(kind()).isEqualTo("sides");
		assertThat(role("progress")).isEqualTo(progress + " · Change sides");
		assertThat(role("count")).isEqualTo(String.valueOf(step.changeSides()));
		button("skip").click();
		assertThat(role("side")).startsWith("Now your left side").contains("Repeat 1 of " + step.reps());

		button("next").click();
		assertThat(role("progress")).startsWith("Step " + (sided + 2) + " of " + steps.size());
		button("previous").click();
		assertThat(role("progress")).startsWith(progress);
		assertThat(role("name")).contains(step.name());

		// The same from the keyboard, with focus on the player's heading.
		browser.driver.findElement(By.id("player-heading")).click();
		String before = role("side") + role("count") + kind();
		new Actions(browser.driver).sendKeys(Keys.ARROW_RIGHT).perform();
		assertThat(role("side") + role("count") + kind()).as("the right arrow skips").isNotEqualTo(before);
		new Actions(browser.driver).sendKeys(Keys.SPACE).perform();
		assertThat(browser.driver.findElement(By.id("player")).getAttribute("data-state")).isEqualTo("paused");
		tick(5);
		new Actions(browser.driver).sendKeys(Keys.SPACE).perform();
		assertThat(browser.driver.findElement(By.id("player")).getAttribute("data-state")).isEqualTo("running");
		new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
		assertThat(browser.driver.findElement(By.id("player")).isDisplayed()).isFalse();
	}

	@Test
	void startPauseResumeAndFinishRemembersTheDayAndTellsTheDiary() {
		open("/routines/desk-break");
		useManualClock();
		browser.script("window.finished = [];"
				+ "document.addEventListener('psoascare:routine-finished', function (e) { window.finished.push(e.detail.slug); });");
		List<Segment> segments = timeline(steps());
		WebElement player = browser.driver.findElement(By.id("player"));
		assertThat(player.isDisplayed()).isFalse();

		start();

		assertThat(player.isDisplayed()).isTrue();
		assertThat(startButton().isDisplayed()).as("Start is really hidden while playing").isFalse();
		assertThat(role("count")).isEqualTo(String.valueOf(segments.get(0).seconds()));
		tick(2);
		button("pause").click();
		tick(10);
		assertThat(role("count")).as("paused: the number stops")
			.isEqualTo(String.valueOf(segments.get(0).seconds() - 2));
		assertThat(player.getAttribute("data-state")).isEqualTo("paused");
		button("pause").click();
		assertThat(button("pause").getText()).isEqualTo("Pause");

		for (int i = 0; i < 2000 && player.isDisplayed(); i++) {
			tick(30);
		}
		WebElement done = browser.driver.findElement(By.cssSelector("[data-role='done']"));
		assertThat(done.isDisplayed()).isTrue();
		assertThat(startButton().isDisplayed()).as("Start is back at the end").isTrue();
		assertThat(role("last-done")).contains("You last finished this routine on");
		assertThat(browser.script("return window.localStorage.getItem('psoascare:last-done:desk-break')")).isNotNull();
		assertThat(browser.script("return window.finished")).isEqualTo(List.of("desk-break"));
		assertThat(browser.script("return document.cookie")).isEqualTo("");
	}

	@Test
	void oneSwitchTurnsSoundSpeechAndVibrationOffAndThisBrowserRemembersIt() {
		open("/routines/gentle-sciatica");
		browser.script("window.localStorage.clear()");
		open("/routines/gentle-sciatica");
		useManualClock();
		record();
		start();
		assertThat(recorded("spoken", "speech", "text")).as("on from the Start tap").isNotEmpty();
		assertThat(sounds()).isNotEmpty();
		WebElement sound = browser.driver.findElement(By.cssSelector("[data-role='sound']"));
		assertThat(sound.isSelected()).isTrue();
		sound.click();
		button("stop").click();

		open("/routines/gentle-sciatica");
		useManualClock();
		record();
		assertThat(browser.driver.findElement(By.cssSelector("[data-role='sound']")).isSelected())
			.as("remembered by this browser")
			.isFalse();
		start();
		for (int i = 0; i < 60; i++) {
			tick(1);
		}
		assertThat(recorded("spoken", "speech", "text")).isEmpty();
		assertThat(sounds()).isEmpty();
		assertThat(recorded("buzzes", "vibrate", "pattern")).isEmpty();
		assertThat(browser.script("return window.localStorage.getItem('psoascare:player-sound')")).isEqualTo("off");
		assertThat(browser.script("return document.cookie")).isEqualTo("");
		browser.script("window.localStorage.clear()");
	}

	@Test
	void lateTicksLoseNoTimeOverAWholeRoutine() {
		open("/routines/desk-break");
		useManualClock();
		double length = length(timeline(steps()));
		start();

		double ticked = ((Number) browser.script(
				"var player = document.getElementById('player'); var n = 0;" + "while (!player.hidden && n < 100000) {"
						+ "  window.dispatchEvent(new CustomEvent('player:tick', {detail: arguments[0]})); n++; }"
						+ "return n * arguments[0];",
				0.7))
			.doubleValue();

		System.out.printf("Whole routine (desk-break, %.1f s) with 0.7 s ticks took %.1f s: error %.1f s%n", length,
				ticked, ticked - length);
		assertThat(ticked - length).as("time lost or gained over the whole routine").isBetween(0.0, 0.7);
		assertThat(browser.driver.findElement(By.cssSelector("[data-role='done']")).isDisplayed()).isTrue();
	}

	@Test
	void oneLateTickLandsWhereTheWallClockSays() {
		open("/routines/desk-break");
		useManualClock();
		List<Step> steps = steps();
		List<Segment> segments = timeline(steps);
		Segment secondStep = segments.stream()
			.filter((s) -> s.kind().equals("hold") && s.step() == 1)
			.findFirst()
			.orElseThrow();
		start();

		// Everything up to a second into the second step's first hold, in one tick: a tab
		// that slept.
		tick(secondStep.start() + 1);

		assertThat(role("progress")).isEqualTo("Step 2 of " + steps.size());
		assertThat(role("name")).isEqualTo(steps.get(1).name());
		assertThat(role("count")).isEqualTo(String.valueOf(secondStep.seconds() - 1));
	}

	@Test
	void startAnnouncesTheLeadInToScreenReadersAndNeverResume() {
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
		assertThat(announced.get(0).toString()).startsWith("Get into position. Next: " + steps().get(0).name());
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
	void theSoundIsMadeInTheStartTap() {
		open("/routines/desk-break");
		useManualClock();
		browser.script("window.audio = {made: [], resumed: 0};"
				+ "window.AudioContext = function () { window.audio.made.push(window.event ? window.event.type : 'timer');"
				+ "  this.state = 'suspended'; this.currentTime = 0; this.destination = {}; };"
				+ "AudioContext.prototype.resume = function () { window.audio.resumed++; this.state = 'running'; return Promise.resolve(); };"
				+ "AudioContext.prototype.createOscillator = function () {"
				+ "  return {frequency: {}, connect: function () {}, start: function () {}, stop: function () {}}; };"
				+ "AudioContext.prototype.createGain = function () { return {gain: {}, connect: function () {}}; };");
		start();

		assertThat(browser.script("return window.audio.made")).isEqualTo(List.of("click"));
		assertThat(((Number) browser.script("return window.audio.resumed")).intValue()).isEqualTo(1);
		tick(100);
		assertThat((List<?>) browser.script("return window.audio.made")).as("the same sound, no new one").hasSize(1);
	}

	@Test
	void theRunningTimerShowsTheKeyStepAndWhatComesNext() {
		open("/routines/desk-break");
		useManualClock();
		List<Step> steps = steps();
		String firstCue = (String) browser.script("return document.querySelector('[data-step]').dataset.cue");
		start();
		assertThat(role("cue")).as("during the lead-in, the first step's cue").isEqualTo(firstCue);
		assertThat(role("side")).as("during the lead-in, the position").isEqualTo(steps.get(0).position());

		button("skip").click();

		assertThat(role("name")).isEqualTo(steps.get(0).name());
		assertThat(role("cue")).isEqualTo(firstCue);
		assertThat(role("next")).isEqualTo("Then: " + steps.get(1).name());
		for (int i = 1; i < steps.size(); i++) {
			button("next").click();
		}
		if (!kind().equals("hold")) {
			button("skip").click();
		}
		assertThat(role("progress")).isEqualTo("Step " + steps.size() + " of " + steps.size());
		assertThat(role("next")).isEqualTo("Then: the end of the routine");
	}

	/**
	 * On a phone held upright and sideways, the count, the step's name and Pause are on
	 * the screen at every moment of every routine, without scrolling.
	 */
	@Test
	void theCountAndPauseStayOnTheScreenAtEveryStepInPortraitAndLandscape() {
		ChromeDriver chrome = (ChromeDriver) browser.driver;
		List<String> routines = routineSlugs();
		List<String> outside = new ArrayList<>();
		for (int[] screen : new int[][] { { 390, 844 }, { 844, 390 } }) {
			chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", screen[0], "height", screen[1], "deviceScaleFactor", 2, "mobile", true));
			try {
				for (String slug : routines) {
					open("/routines/" + slug);
					assertThat(((Number) browser
						.script("return document.querySelector('[data-action=start]').getBoundingClientRect().bottom"))
						.doubleValue())
						.as("Start on the first screen of " + slug + " at " + screen[0] + "x" + screen[1])
						.isLessThanOrEqualTo((screen[1] == 844) ? 844 : Double.MAX_VALUE);
					useManualClock();
					List<Segment> segments = timeline(steps());
					start();
					for (Segment segment : segments) {
						Object problem = browser.script("var w = window.innerWidth, h = window.innerHeight;"
								+ "var bad = ['[data-role=count]', '#player [data-action=pause]', '[data-role=name]',"
								+ " '[data-role=image]', '[data-role=side]'].filter(function (s) {"
								+ " var r = document.querySelector(s).getBoundingClientRect();"
								+ " return r.top < 0 || r.left < 0 || r.bottom > h + 0.5 || r.right > w + 0.5 || r.height === 0; });"
								+ "return bad.length ? bad.join(', ') : null;");
						if (problem != null) {
							outside.add(slug + " " + screen[0] + "x" + screen[1] + " " + segment.kind() + " of step "
									+ (segment.step() + 1) + ": " + problem);
						}
						tick(segment.seconds());
					}
					assertThat(browser.overflowsHorizontally()).as(slug).isFalse();
				}
			}
			finally {
				chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
			}
		}
		assertThat(outside).as("parts of the player off the screen").isEmpty();
	}

	@Test
	void thePlayingStateHasNoAccessibilityViolationsOnAPhone() {
		ChromeDriver chrome = (ChromeDriver) browser.driver;
		chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
		try {
			open("/routines/psoas-release");
			useManualClock();
			start();
			assertThat(browser.accessibilityViolations()).as("axe on the lead-in").isEmpty();
			button("skip").click();
			assertThat(browser.accessibilityViolations()).as("axe on a hold").isEmpty();
			button("pause").click();
			assertThat(browser.accessibilityViolations()).as("axe when paused").isEmpty();
		}
		finally {
			chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	@Test
	void stretchAndRoutinePagesHaveNoAccessibilityViolations() {
		for (String path : new String[] { "/stretches", "/stretches?target=piriformis", "/stretches/thomas-stretch",
				"/routines", "/routines/psoas-release" }) {
			open(path);
			assertThat(browser.accessibilityViolations()).as("axe on " + path).isEmpty();
		}
	}

	private List<String> routineSlugs() {
		open("/routines");
		@SuppressWarnings("unchecked")
		List<String> slugs = (List<String>) browser.script("return Array.from(new Set(Array.from("
				+ "document.querySelectorAll('a[href^=\"/routines/\"]')).map(function (a) {"
				+ " return a.getAttribute('href').split('/')[2]; })))");
		assertThat(slugs).isNotEmpty();
		return slugs;
	}

}

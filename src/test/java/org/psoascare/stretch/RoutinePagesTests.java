package org.psoascare.stretch;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Routine pages: the steps, and a total time that is computed from them. */
@SpringBootTest
@AutoConfigureMockMvc
class RoutinePagesTests {

	private static final Pattern STEP = Pattern.compile(
			"data-step data-name=\"[^\"]+\" data-hold=\"(\\d+)\" data-holds=\"(?:true|false)\" data-reps=\"(\\d+)\" data-sides=\"(each|both)\" data-rest=\"(\\d+)\"\\s+data-lead-in=\"(\\d+)\" data-change-sides=\"(\\d+)\" data-rep-pause=\"(\\d+)\"");

	@Autowired
	MockMvc mvc;

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void listsTheFiveRoutinesWithWhoHowOftenAndTotalTime() throws Exception {
		String page = page("/routines");

		for (String slug : List.of("desk-break", "psoas-release", "gentle-sciatica", "core-foundation",
				"morning-mobility")) {
			assertThat(page).contains("href=\"/routines/" + slug + "\"");
		}
		assertThat(page).contains("Who it is for", "How often", "Total time");
	}

	@ParameterizedTest
	@ValueSource(strings = { "desk-break", "psoas-release", "gentle-sciatica", "core-foundation", "morning-mobility" })
	void totalTimeIsTheSumOfTheStepsShown(String slug) throws Exception {
		String page = page("/routines/" + slug);

		Matcher step = STEP.matcher(page);
		int total = 0;
		int steps = 0;
		while (step.find()) {
			int hold = Integer.parseInt(step.group(1));
			int reps = Integer.parseInt(step.group(2));
			int sides = step.group(3).equals("each") ? 2 : 1;
			int leadIn = Integer.parseInt(step.group(5));
			int changeSides = Integer.parseInt(step.group(6));
			int repPause = Integer.parseInt(step.group(7));
			total += leadIn + hold * reps * sides + (sides - 1) * changeSides + sides * (reps - 1) * repPause
					+ Integer.parseInt(step.group(4));
			steps++;
		}
		assertThat(steps).isGreaterThanOrEqualTo(5);
		String expected = (total % 60 == 0) ? (total / 60) + " minutes"
				: "about " + Math.round(total / 60.0) + " minutes";
		assertThat(page).contains("<dd>" + expected + "</dd>");
		assertThat(page).contains("data-action=\"start\" hidden")
			.containsPattern("<script src=\"/js/player-[0-9a-f]{32}\\.js\" defer></script>");
	}

	@Test
	void theGentleSciaticaRoutineLeavesOutHamstringStretching() throws Exception {
		assertThat(page("/routines/gentle-sciatica")).doesNotContain("href=\"/stretches/supine-hamstring-stretch\"",
				"href=\"/stretches/foam-roll-hamstrings\"");
	}

	@Test
	void eachStepLinksToItsStretchWithHoldRepsSidesAndRest() throws Exception {
		String page = page("/routines/psoas-release");

		assertThat(page).containsPattern("<h3><a href=\"/stretches/[a-z-]+\">")
			.contains("on each side (right, then left)", "Then rest", "First get into position (", "to change sides.",
					"to relax between holds.");
	}

	@Test
	void aGlideIsShownAsMovingInAndOutWithNoHold() throws Exception {
		String page = page("/routines/gentle-sciatica");

		assertThat(page).contains("data-holds=\"false\"", "Move in and out 10 times, about 5 seconds each, no hold")
			.doesNotContain("Hold 5 seconds, 10 times on each side");
		assertThat(page("/stretches/sciatic-nerve-glide"))
			.contains("No hold: move in and out, about 5 seconds each time")
			.doesNotContain("<dd>5 seconds</dd>");
	}

	@Test
	void theRoutinesCautionsUseTheCautionStyleStrongestFirst() throws Exception {
		String page = page("/routines/psoas-release");

		Matcher box = Pattern
			.compile("<section class=\"cautions\" aria-labelledby=\"cautions-heading\">(.*?)</section>", Pattern.DOTALL)
			.matcher(page);
		assertThat(box.find()).as("a caution box").isTrue();
		List<String> items = items(box.group(1));
		assertThat(items.get(0)).contains("pulsing");
		assertThat(items).last().asString().contains("sharp pain");
		assertThat(page).doesNotContainPattern("class=\"notice\">[^<]*pulsing");
		assertThat(page.indexOf("class=\"cautions\"")).isLessThan(page.indexOf("data-action=\"start\""));
	}

	@Test
	void theEmergencySignsComeFirstInTheSciaticaRoutinesCautions() throws Exception {
		String page = page("/routines/gentle-sciatica");
		Matcher box = Pattern.compile("<section class=\"cautions\"[^>]*>(.*?)</section>", Pattern.DOTALL).matcher(page);
		assertThat(box.find()).isTrue();
		assertThat(items(box.group(1)).get(0)).contains("emergency", "do not drive yourself");
	}

	@Test
	void thePrintedSheetCarriesEachStretchsStepsAndCautions() throws Exception {
		String page = page("/routines/desk-break");

		Matcher details = Pattern
			.compile("<div class=\"print-only print-detail\">(.*?)</div>\\s*</div>\\s*</div>", Pattern.DOTALL)
			.matcher(page);
		int steps = 0;
		while (details.find()) {
			assertThat(details.group(1)).contains("<ol class=\"steps\"><li>", "Stop or skip it");
			steps++;
		}
		Matcher names = Pattern.compile("data-step data-name=\"([^\"]+)\"").matcher(page);
		List<String> stretches = new java.util.ArrayList<>();
		while (names.find()) {
			stretches.add(names.group(1));
		}
		assertThat(steps).as("each stretch's steps and cautions, printed once")
			.isEqualTo(stretches.stream().distinct().count());
		assertThat(page.split("class=\"print-only print-same\"", -1).length - 1)
			.as("a repeated stretch refers back to its first step")
			.isEqualTo(stretches.size() - steps);
		assertThat(page).contains("Step your right foot back about one stride");
	}

	@Test
	void theRoutinesListHasNoJumpInHeadingLevels() throws Exception {
		assertThat(StretchPagesTests.headingJumps(page("/routines"))).isEmpty();
	}

	private static List<String> items(String html) {
		Matcher item = Pattern.compile("<li>([^<]*)</li>").matcher(html);
		List<String> items = new java.util.ArrayList<>();
		while (item.find()) {
			items.add(item.group(1));
		}
		return items;
	}

}

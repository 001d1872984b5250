package org.psoascare.stretch;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * One side order everywhere: the steps and the picture descriptions of every stretch done
 * on each side, the page text and the player's order all start with the right side. (The
 * player's own words are checked in {@code RoutinePlayerBrowserTests}.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class SideOrderTests {

	private static final Pattern SIDE = Pattern.compile("\\b(right|left)\\b", Pattern.CASE_INSENSITIVE);

	@Autowired
	StretchRepository stretches;

	@Autowired
	MessageSource messages;

	@Autowired
	MockMvc mvc;

	@Test
	void theOrderIsRightThenLeft() {
		assertThat(Sides.ORDER).containsExactly("right", "left");
	}

	@Test
	@Transactional(readOnly = true)
	void everyEachSideStretchWorksTheFirstSideFirstInItsStepsAndItsPicture() {
		int checked = 0;
		for (Stretch stretch : this.stretches.findAll()) {
			if (stretch.getSides() != Sides.EACH) {
				continue;
			}
			assertThat(firstSide(String.join(" ", stretch.getSteps()))).as(stretch.getSlug() + " steps")
				.isEqualTo(Sides.ORDER.get(0));
			String alt = firstSide(stretch.getIllustrationAlt());
			if (alt != null) {
				assertThat(alt).as(stretch.getSlug() + " illustrationAlt").isEqualTo(Sides.ORDER.get(0));
			}
			checked++;
		}
		assertThat(checked).isGreaterThan(10);
	}

	@Test
	void pageTextNamesTheSameOrder() {
		String first = Sides.ORDER.get(0);
		String second = Sides.ORDER.get(1);
		assertThat(text("sides.each")).containsSubsequence(first, second);
		assertThat(text("routine.stepLine.each", 30, 3)).containsSubsequence(first, second);
		assertThat(text("routine.moveLine.each", 5, 10)).containsSubsequence(first, second);
	}

	@Test
	void theRoutinePageTellsThePlayerTheSameOrder() throws Exception {
		String page = this.mvc.perform(get("/routines/desk-break")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("data-side-order=\"" + String.join(" ", Sides.ORDER) + "\"");
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, Locale.ENGLISH).toLowerCase(Locale.ROOT);
	}

	private static String firstSide(String text) {
		Matcher side = SIDE.matcher(text);
		return side.find() ? side.group(1).toLowerCase(Locale.ROOT) : null;
	}

}

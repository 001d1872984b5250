package org.psoascare.stretch;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.psoascare.content.RealContent;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The stretch pages through the whole application and its real content. */
@SpringBootTest
@AutoConfigureMockMvc
class StretchPagesTests {

	private static final Pattern CARD = Pattern.compile("<li class=\"card stretch-card\">");

	@Autowired
	MockMvc mvc;

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static int cards(String page) {
		Matcher matcher = CARD.matcher(page);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	@Test
	void listsEveryStretchWithPictureAndTargets() throws Exception {
		String page = page("/stretches");

		assertThat(cards(page)).isEqualTo(RealContent.stretches());
		assertThat(page).containsPattern("src=\"/img/stretches/thomas-stretch-[0-9a-f]{32}\\.svg\"");
		assertThat(page).contains(RealContent.stretches() + " stretches",
				"href=\"/stretches/massage-ball-psoas-release\"", "Psoas and hip flexors");
	}

	@Test
	void narrowsByTargetKindPositionAndEquipment() throws Exception {
		String piriformis = page("/stretches?target=piriformis");
		assertThat(cards(piriformis)).isBetween(1, RealContent.stretches() - 1);
		assertThat(piriformis).contains("href=\"/stretches/seated-piriformis-stretch\"")
			.doesNotContain("href=\"/stretches/forearm-plank\"")
			.contains("<option value=\"piriformis\" selected=\"selected\">");

		assertThat(page("/stretches?equipment=foam-roller"))
			.contains("href=\"/stretches/foam-roll-glutes\"", "href=\"/stretches/foam-roll-hamstrings\"")
			.doesNotContain("href=\"/stretches/bird-dog\"");
		assertThat(page("/stretches?kind=nerve-glide")).contains("1 stretch<",
				"href=\"/stretches/sciatic-nerve-glide\"");
		assertThat(cards(page("/stretches?position=standing&kind=strengthening&target=hamstrings"))).isZero();
		assertThat(cards(page("/stretches?target=&kind=&position=&equipment="))).isEqualTo(RealContent.stretches());
	}

	@Test
	void equipmentNoneListsTheStretchesThatNeedNothing() throws Exception {
		String page = page("/stretches?equipment=none");

		assertThat(cards(page)).isBetween(1, RealContent.stretches() - 1);
		assertThat(page)
			.contains("href=\"/stretches/standing-backbend\"", "<option value=\"none\" selected=\"selected\">")
			.doesNotContain("href=\"/stretches/foam-roll-glutes\"", "href=\"/stretches/standing-hip-flexor-stretch\"");
		Matcher link = Pattern.compile("href=\"(/stretches/[a-z0-9-]+)\"").matcher(page);
		while (link.find()) {
			assertThat(page(link.group(1))).as(link.group(1)).containsPattern("<dt>Equipment</dt>\\s*<dd>None</dd>");
		}
	}

	@Test
	void anEmptyResultLinksToTheWholeList() throws Exception {
		String page = page("/stretches?position=standing&kind=strengthening&target=hamstrings");

		assertThat(page).containsPattern("Try fewer, or</span>\\s*<a href=\"/stretches\">show all stretches</a>");
	}

	@Test
	void theListHasNoJumpInHeadingLevels() throws Exception {
		assertThat(headingJumps(page("/stretches"))).isEmpty();
		assertThat(headingJumps(page("/stretches?target=piriformis"))).isEmpty();
		assertThat(headingJumps(page("/stretches/thomas-stretch"))).isEmpty();
	}

	/** Each heading that is more than one level below the one before it. */
	static java.util.List<String> headingJumps(String page) {
		Matcher heading = Pattern.compile("<h([1-6])[ >]").matcher(page);
		java.util.List<String> jumps = new java.util.ArrayList<>();
		int level = 0;
		while (heading.find()) {
			int next = Integer.parseInt(heading.group(1));
			if (next > level + 1) {
				jumps.add("h" + level + " to h" + next + " at " + heading.start());
			}
			level = next;
		}
		return jumps;
	}

	@Test
	void anUnknownFilterValueIsABadRequest() throws Exception {
		this.mvc.perform(get("/stretches?target=elbows")).andExpect(status().isBadRequest());
	}

	@Test
	void aStretchPageShowsCautionsBeforeTheStepsAndLinksItsGuidesAndRoutines() throws Exception {
		String page = page("/stretches/massage-ball-psoas-release");

		assertThat(page).contains("<h1>Massage-ball psoas release</h1>", "Where it ends: A person lies face down",
				"Hold</dt>", "Repeats</dt>", "Each side, right then left",
				"Hold 1 minute, once on each side (right, then left)", "Breathing", "Easier</dt>", "Harder</dt>",
				"pregnant", "href=\"/guides/self-massage\"", "href=\"/routines/psoas-release\"");
		assertThat(page.indexOf("when to stop or skip it")).isLessThan(page.indexOf("How to do it"));
	}

	@Test
	void everyStretchPageAnswers() throws Exception {
		String list = page("/stretches");
		Matcher links = Pattern.compile("href=\"(/stretches/[a-z0-9-]+)\"").matcher(list);
		int pages = 0;
		while (links.find()) {
			assertThat(page(links.group(1))).contains("How to do it", "when to stop or skip it");
			pages++;
		}
		assertThat(pages).isEqualTo(RealContent.stretches());
	}

	@Test
	void anUnknownStretchIsNotFound() throws Exception {
		this.mvc.perform(get("/stretches/cartwheel")).andExpect(status().isNotFound());
		this.mvc.perform(get("/routines/midnight")).andExpect(status().isNotFound());
	}

	@Test
	void guidesLinkToTheirStretchesAndRoutines() throws Exception {
		assertThat(page("/guides/psoas")).contains("Stretches and routines from this guide",
				"href=\"/stretches/thomas-stretch\"", "href=\"/routines/psoas-release\"");
	}

}

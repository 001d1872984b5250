package org.psoascare.guide;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The guide pages, through the whole application and its real content. */
@SpringBootTest
@AutoConfigureMockMvc
class GuidePagesTests {

	static final java.util.List<String> GUIDES = GuideContentQualityTests.BRIEF;

	@Autowired
	MockMvc mvc;

	@Test
	void whenToSeeAProfessionalShowsEveryCareLevelAsACardWithWords() throws Exception {
		String page = this.mvc.perform(get("/guides/when-to-see-a-professional"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		for (String level : new String[] { "emergency", "urgent", "soon", "self-care" }) {
			assertThat(page).contains("<section class=\"care-card\" data-urgency=\"" + level + "\">");
		}
		assertThat(page).contains(">Emergency: call 999 or go to an emergency department now",
				">Urgent: get an appointment today", "Do not drive yourself", "not a minor injuries unit",
				"pins and needles", "Sudden, severe pain in your tummy");
	}

	@Test
	void guidesAreListedByTopicWithSummaries() throws Exception {
		this.mvc.perform(get("/guides"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h2 id=\"topic-psoas\">The psoas</h2>"),
					containsString("<h2 id=\"topic-sciatica\">Sciatica</h2>"),
					containsString("Sitting and everyday habits"),
					containsString("<h2 id=\"topic-massage\">Massage</h2>"), containsString("Getting help"),
					containsString("href=\"/guides/cse-massage\""))));
	}

	@ParameterizedTest
	@FieldSource("GUIDES")
	void everyGuideShowsItsPartsInTheLayout(String slug) throws Exception {
		this.mvc.perform(get("/guides/{slug}", slug))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(allOf(containsString("<h1>"), containsString("On this page"),
					containsString("Reviewed on"), containsString("Next review due"), containsString("id=\"source-1\""),
					containsString("href=\"#source-1\""), containsString("Please note"),
					containsString("class=\"skip-link\""), containsString("In an emergency"))));
	}

}

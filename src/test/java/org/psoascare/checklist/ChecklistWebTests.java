package org.psoascare.checklist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The checklist form and result through the whole application. */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class ChecklistWebTests {

	@Autowired
	MockMvc mvc;

	private static MockHttpServletRequestBuilder form(String body) {
		return post("/checklist").contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body);
	}

	private String result(String body) throws Exception {
		MvcResult result = this.mvc.perform(form(body))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn();
		assertThat(result.getRequest().getSession(false)).as("no session").isNull();
		assertThat(result.getResponse().getCookies()).as("no cookie").isEmpty();
		return result.getResponse().getContentAsString();
	}

	private static int count(String text, String pattern) {
		Matcher matcher = Pattern.compile(pattern).matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	@Test
	void theFormAsksEveryQuestionInFieldsetsWithLabels() throws Exception {
		String page = this.mvc.perform(get("/checklist")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();

		assertThat(count(page, "<fieldset class=\"group\"")).isEqualTo(RealRules.questions().size());
		assertThat(page).contains("<legend>", "<label for=\"q-saddle-numbness\">", "name=\"duration\"",
				"id=\"age\"", "method=\"post\"");
		for (QuestionGroup group : RealRules.questions()) {
			for (String code : group.answerCodes()) {
				assertThat(page).contains("id=\"q-" + code + "\"");
			}
		}
	}

	@Test
	void resultHasExactlyOneDispositionAndACardPerLevel() throws Exception {
		String page = result("answer=saddle-numbness&answer=fever&answer=worried&age=40");

		assertThat(count(page, "data-disposition=")).isEqualTo(1);
		assertThat(page).contains("data-disposition=\"emergency\"");
		assertThat(count(page, "data-urgency=\"(emergency|urgent|soon|self-care)\"")).isEqualTo(3);
		assertThat(page.indexOf("data-urgency=\"emergency\"")).isLessThan(page.indexOf("data-urgency=\"urgent\""));
		assertThat(page).contains("<span class=\"visually-hidden\">Emergency:</span>",
				"Call 999 or go to the emergency department now", "href=\"/guides/when-to-see-a-professional\"")
			.doesNotContain("stretch-card");
	}

	@Test
	void urgentResultShowsRecommendationsOnlyBelowTheCard() throws Exception {
		String page = result("answer=fever&answer=pain-one-leg&answer=worse-sitting");

		assertThat(page).contains("data-disposition=\"urgent\"", "fit a pattern often seen with sciatica-type pain");
		assertThat(page.indexOf("stretch-card")).isGreaterThan(page.lastIndexOf("data-urgency="));
	}

	@Test
	void sciaticaTypeAnswersLeadToTheirRoutinesAndStretchesToAvoid() throws Exception {
		String page = result("answer=pain-one-leg&answer=pain-below-knee&answer=worse-sitting");

		assertThat(page).contains("data-disposition=\"self-care\"", "href=\"/routines/gentle-sciatica\"",
				"href=\"/stretches/sciatic-nerve-glide\"", "Leave these out for now",
				"href=\"/stretches/supine-hamstring-stretch\"", "Your answers", "Pain spreads");
	}

	@Test
	void tinglingInOneLegIsSeenSoonAndStillGetsSelfCareAdvice() throws Exception {
		String page = result("answer=pain-one-leg&answer=tingling-one-leg");

		assertThat(page).contains("data-disposition=\"soon\"", "href=\"/routines/gentle-sciatica\"");
		assertThat(page.indexOf("href=\"/routines/gentle-sciatica\"")).isGreaterThan(page.indexOf("data-urgency=\"soon\""));
	}

	@Test
	void underSixteenIsToldToSeeADoctorWithNoRoutines() throws Exception {
		String page = result("age=13&answer=pain-low-back&answer=long-sitting");

		assertThat(page).contains("data-disposition=\"soon\"", "Age: 13").doesNotContain("href=\"/routines/",
				"stretch-card");
	}

	@Test
	void nothingTickedIsCalm() throws Exception {
		assertThat(result("")).contains("data-disposition=\"self-care\"", "You did not tick anything");
	}

	@Test
	void aBadAgeShowsTheFormAgainWithTheAnswersKept() throws Exception {
		for (String age : new String[] { "abc", "-1", "121", "4.5", "1e3" }) {
			String page = result("answer=fever&duration=duration-over-3-months&age=" + age);
			assertThat(page).as(age)
				.contains("There is a problem", "id=\"age-error\"", "aria-invalid=\"true\"",
						"Enter your age as a whole number from 0 to 120")
				.containsPattern("id=\"q-fever\" value=\"fever\"\\s+checked=\"checked\"")
				.containsPattern("id=\"q-duration-over-3-months\" value=\"duration-over-3-months\"\\s+checked=\"checked\"")
				.doesNotContain("data-disposition");
		}
		assertThat(result("age=%3Cscript%3Ex")).contains("value=\"&lt;script&gt;x\"").doesNotContain("<script>x");
	}

	@Test
	void anythingAFormCannotSendIsABadRequest() throws Exception {
		for (String body : new String[] { "answer=not-a-code", "answer=fever&answer=fever", "answer=",
				"duration=duration-over-3-months&duration=duration-under-6-weeks", "duration=fever",
				"age=40&age=41", "unknown=1", "answer=age" }) {
			this.mvc.perform(form(body)).andExpect(status().isBadRequest());
		}
		this.mvc.perform(post("/checklist").contentType(MediaType.APPLICATION_JSON).content("{\"answer\":\"fever\"}"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(post("/checklist").contentType(MediaType.TEXT_PLAIN).content("answer=fever"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(post("/checklist")).andExpect(status().isBadRequest());
	}

	@Test
	void aHugeBodyIsRefused() throws Exception {
		this.mvc.perform(form("answer=" + "a".repeat(40_000))).andExpect(status().isContentTooLarge());
	}

	@Test
	void answersNeverReachTheLogs(CapturedOutput output) throws Exception {
		result("answer=saddle-numbness&answer=past-cancer&age=87");
		this.mvc.perform(form("answer=zz-private-marker")).andExpect(status().isBadRequest());
		result("age=zz-typed-age");

		assertThat(output.getAll()).doesNotContain("saddle-numbness", "past-cancer", "zz-private-marker",
				"zz-typed-age", "age=87");
	}

}

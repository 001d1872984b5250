package org.psoascare.checklist;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
			// Sent as a view would be, whether the form again or a result joined from
			// pieces.
			.andExpect(header().string("Content-Type", "text/html;charset=UTF-8"))
			.andExpect(header().string("Content-Language", "en-GB"))
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
		String page = this.mvc.perform(get("/checklist"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(count(page, "<fieldset class=\"group\"")).isEqualTo(RealRules.questions().size());
		assertThat(page).contains("<legend>", "<label for=\"q-saddle-numbness\">", "name=\"duration\"", "id=\"age\"",
				"method=\"post\"");
		for (QuestionGroup group : RealRules.questions()) {
			for (String code : group.answerCodes()) {
				assertThat(page).contains("id=\"q-" + code + "\"");
			}
		}
	}

	@Test
	void theEmergencySignsComeFirstWithTheirOwnButton() throws Exception {
		String page = this.mvc.perform(get("/checklist"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int checkFirst = page.indexOf("id=\"check-first-heading\"");
		int rest = page.indexOf("id=\"rest-heading\"");

		assertThat(checkFirst).isPositive().isLessThan(rest);
		assertThat(page.substring(checkFirst, rest)).contains("Check these first", "See what to do now</button>");
		for (TriageRule rule : RealRules.rules()) {
			if (rule.level() == CareLevel.EMERGENCY) {
				for (String code : rule.when().all()) {
					assertThat(page.indexOf("id=\"q-" + code + "\"")).as(code).isBetween(checkFirst, rest);
				}
			}
		}
		assertThat(page.indexOf("id=\"q-fever\"")).isGreaterThan(rest);
		assertThat(page).doesNotContain("since your back pain started");
	}

	@Test
	void theEmergencyResultLeadsWithTheActionAndSaysWhatToTellStaff() throws Exception {
		String page = result("answer=saddle-numbness&answer=pee-leaking&answer=fever&answer=worried&age=40");

		assertThat(count(page, "data-disposition=")).isEqualTo(1);
		assertThat(page).contains("data-disposition=\"emergency\"");
		assertThat(count(page, "data-urgency=\"(emergency|urgent|soon|self-care)\"")).isEqualTo(3);
		assertThat(page.indexOf("data-urgency=\"emergency\"")).isLessThan(page.indexOf("data-urgency=\"urgent\""));
		assertThat(count(page, "<h1")).isEqualTo(1);
		assertThat(page)
			.containsPattern("<h1 id=\"card-emergency\"><span class=\"care-level\">Emergency:</span>\\s*"
					+ "<span>Call 999 now or go to the emergency department</span></h1>")
			.contains("<title>Emergency: Call 999 now or go to the emergency department",
					"<a class=\"call-button\" href=\"tel:999\">Call 999</a>",
					"Not a minor injuries unit or an urgent treatment centre", "Do not drive yourself",
					"I have back pain and these signs: leaking pee and numbness around my genitals or bottom. "
							+ "I am worried about cauda equina syndrome.",
					"href=\"/guides/when-to-see-a-professional\"")
			.doesNotContain("stretch-card", "class=\"safety-net\"", "href=\"/routines/");
		String emergency = page.substring(page.indexOf("data-urgency=\"emergency\""),
				page.indexOf("data-urgency=\"urgent\""));
		assertThat(emergency.indexOf("What to do")).isLessThan(emergency.indexOf("What to tell the staff"));
		assertThat(emergency.indexOf("What to tell the staff")).isLessThan(emergency.indexOf(">Why<"));
	}

	@Test
	void cancerWithANerveSignIsAnEmergencyThatNamesSpinalCordCompression() throws Exception {
		String page = result("answer=past-cancer&answer=pain-one-leg&answer=tingling-one-leg&answer=weak-one-leg"
				+ "&answer=new-pain-no-cause&duration=duration-6-weeks-to-3-months&age=63");
		String emergency = page.substring(page.indexOf("data-urgency=\"emergency\""),
				page.indexOf("data-urgency=\"urgent\""));

		assertThat(page).contains("data-disposition=\"emergency\"").doesNotContain("href=\"/routines/");
		assertThat(emergency).contains("Go to the emergency department now", "cancer team",
				"I am worried about spinal cord compression", "cancer, now or in the past");
		String pastCancerOnly = result("answer=past-cancer&answer=pain-low-back&age=63");
		assertThat(pastCancerOnly).contains("data-disposition=\"urgent\"").doesNotContain("spinal cord compression");
	}

	@Test
	void onlyTheFirstCardSaysWhatToDoLowerLevelsAreSignsToMention() throws Exception {
		String page = result("answer=saddle-numbness&answer=fever&answer=numb-one-leg");
		String urgent = page.substring(page.indexOf("data-urgency=\"urgent\""), page.indexOf("data-urgency=\"soon\""));

		assertThat(count(page, ">What to do<")).isEqualTo(1);
		assertThat(urgent).contains("also mention these when you are seen", "You said you have a high temperature")
			.doesNotContain("Get an urgent appointment today");
		assertThat(page).contains("Not in the UK? Emergency numbers: 999 in the UK, 911 in the US, 112 in the EU.");
	}

	@Test
	void chestPainAndAneurysmSignsSayCallAnAmbulanceAndNameTheWorry() throws Exception {
		String page = result("answer=chest-pain&answer=pee-leaking");

		assertThat(page).contains("Call for an ambulance rather than going by car",
				"I am worried about a problem with my heart or a large blood vessel and cauda equina syndrome.");
	}

	@Test
	void stoppingAfterCheckTheseFirstWithNothingFlaggedAsksForTheRest() throws Exception {
		for (String body : new String[] { "part=first", "part=first&answer=osteoporosis" }) {
			assertThat(result(body)).as(body)
				.contains("needs help straight away. Now answer the rest", "href=\"#rest-heading\"")
				.doesNotContain("data-disposition", "Self-care is reasonable");
		}
		assertThat(result("part=first&answer=pee-leaking")).contains("data-disposition=\"emergency\"");
		assertThat(result("part=first&answer=minor-fall-or-strain&answer=osteoporosis"))
			.contains("data-disposition=\"urgent\"");
		assertThat(result("answer=osteoporosis")).contains("data-disposition=\"self-care\"");
	}

	@Test
	void aPatternsExplanationIsShownOnce() throws Exception {
		String page = result("answer=pain-one-leg&answer=pain-below-knee&answer=worse-sitting");

		assertThat(count(page, "Most flares ease within")).isEqualTo(1);
	}

	@Test
	void anUrgentResultOffersNoExerciseAndASafetyNet() throws Exception {
		String page = result("answer=fever&answer=pain-one-leg&answer=worse-sitting&answer=long-sitting");

		assertThat(page)
			.contains("data-disposition=\"urgent\"", "<title>Urgent:", "Once a clinician has checked you",
					"Get help straight away if any of these start",
					"numbness, pins and needles or less feeling between your legs",
					"If anything changes before you are seen, do this checklist again.")
			.doesNotContain("stretch-card", "href=\"/routines/", "fit a pattern", "massage-ball-psoas-release");
	}

	@Test
	void anUrgentResultOffersACallToTheNonEmergencyLineOnlyWhereItLeads() throws Exception {
		String call = "<a class=\"call-button urgent-call\" href=\"tel:111\">Call 111 for advice today</a>";
		String urgent = result("answer=fever&answer=pain-one-leg");
		assertThat(urgent).contains("data-disposition=\"urgent\"");
		assertThat(count(urgent, "href=\"tel:111\"")).isEqualTo(1);
		assertThat(urgent.indexOf(call)).isGreaterThan(urgent.indexOf("<h1 id=\"card-urgent\""));
		// Under an emergency, the urgent card only lists signs to mention: one call, 999.
		String emergency = result("answer=saddle-numbness&answer=fever");
		assertThat(emergency).contains("href=\"tel:999\"").doesNotContain("tel:111");
		assertThat(result("answer=numb-one-leg")).contains("data-disposition=\"soon\"").doesNotContain("tel:111");
	}

	@Test
	void sciaticaTypeAnswersLeadToTheirRoutinesStretchesToAvoidAndASafetyNet() throws Exception {
		String page = result("answer=pain-one-leg&answer=pain-below-knee&answer=worse-sitting");

		assertThat(page).contains("data-disposition=\"self-care\"", "href=\"/routines/gentle-sciatica\"",
				"href=\"/stretches/sciatic-nerve-glide\"", "Leave these out for now",
				"href=\"/stretches/supine-hamstring-stretch\"", "Your answers", "Pain spreads",
				"Get help straight away if any of these start",
				"If you are no better in a few weeks, see a GP or physiotherapist.");
		// Today's routine is on the first screen, in the card; the rest of what may help
		// comes after the safety net.
		assertThat(page.indexOf("class=\"today\"")).isLessThan(page.indexOf("class=\"safety-net\""));
		assertThat(page.indexOf("class=\"safety-net\"")).isLessThan(page.indexOf("class=\"recommends\""));
	}

	@Test
	void tinglingInOneLegAloneIsSelfCareButNumbnessIsSeenSoon() throws Exception {
		assertThat(result("answer=pain-one-leg&answer=tingling-one-leg")).contains("data-disposition=\"self-care\"",
				"sciatica-type pain");
		String page = result("answer=pain-one-leg&answer=numb-one-leg");

		assertThat(page).contains("data-disposition=\"soon\"", "href=\"/routines/gentle-sciatica\"",
				"before your appointment");
		assertThat(page.indexOf("href=\"/routines/gentle-sciatica\""))
			.isGreaterThan(page.indexOf("data-urgency=\"soon\""));
	}

	@Test
	void osteoporosisLeavesOutDeepSpinalFlexionAndItsRoutines() throws Exception {
		String page = result("answer=osteoporosis&answer=pain-low-back&answer=pain-one-leg");

		assertThat(page)
			.contains("data-disposition=\"self-care\"", "Leave these out for now",
					"href=\"/stretches/double-knee-to-chest\"", "Keep your back straight")
			.doesNotContain("href=\"/routines/gentle-sciatica\"", "href=\"/routines/core-foundation\"");
	}

	@Test
	void underSixteenIsToldToSeeADoctorWithNoRoutines() throws Exception {
		String page = result("age=13&answer=pain-low-back&answer=long-sitting");

		assertThat(page).contains("data-disposition=\"soon\"", "Age: 13")
			.doesNotContain("href=\"/routines/", "stretch-card");
	}

	@Test
	void nothingTickedIsCalm() throws Exception {
		assertThat(result("")).contains("data-disposition=\"self-care\"", "You did not tick anything");
	}

	/** Every kind of field a person or a broken form can get wrong. */
	static final String[] BAD_FIELDS = { "age=abc", "age=45+years", "age=-1", "age=121", "age=4.5", "age=1e3",
			"age=forty", "age=%EF%BC%94%EF%BC%95", "age=40&age=41", "age=" + "9".repeat(40), "answer=not-a-code",
			"answer=", "answer=age", "unknown=1", "duration=fever",
			"duration=duration-over-3-months&duration=duration-under-6-weeks", "%3Cb%3E=1", "answer=fever%00" };

	@Test
	void aBadFieldNeverWithholdsARedFlag() throws Exception {
		for (String bad : BAD_FIELDS) {
			String page = result("answer=saddle-numbness&" + bad);
			assertThat(page).as(bad)
				.contains("data-disposition=\"emergency\"", "Some of your answers could not be read")
				.doesNotContain("There is a problem");
		}
	}

	/**
	 * The bad-field property: every rule above self-care, on its own smallest answers,
	 * still gives at least its level beside every kind of bad field. A bad age replaces
	 * the rule's age (so rules bounded by age go through the unknown-age rules); a rule
	 * whose only condition is the age itself (under 16) is left out of the age cases.
	 */
	@Test
	void everyRedFlagSurvivesEveryKindOfBadField() throws Exception {
		Map<String, String> fieldOf = new HashMap<>();
		for (QuestionGroup group : RealRules.questions()) {
			for (Question question : group.questions()) {
				question.options().forEach((option) -> fieldOf.put(option.code(), question.code()));
			}
		}
		int checked = 0;
		for (TriageRule rule : RealRules.rules()) {
			if (rule.level() == CareLevel.SELF_CARE) {
				continue;
			}
			Answers answers = TriageRuleTests.smallestAnswersFor(rule);
			String codes = answers.codes()
				.stream()
				.map((code) -> fieldOf.getOrDefault(code, AnswerForm.ANSWER) + "=" + code)
				.sorted()
				.reduce((a, b) -> a + "&" + b)
				.orElse("");
			for (String bad : BAD_FIELDS) {
				boolean badAge = bad.startsWith("age=");
				if (badAge && answers.codes().isEmpty()) {
					continue;
				}
				String age = (answers.age() == null || badAge) ? "" : "&age=" + answers.age();
				String body = (codes.isEmpty() ? "" : codes + "&") + bad + age;
				String page = result(body);
				Matcher disposition = Pattern.compile("data-disposition=\"([a-z-]+)\"").matcher(page);
				assertThat(disposition.find()).as("%s: a result for %s", rule.slug(), body).isTrue();
				assertThat(CareLevel.valueOf(disposition.group(1).toUpperCase(Locale.ROOT).replace('-', '_')))
					.as("%s with %s", rule.slug(), body)
					.isLessThanOrEqualTo(rule.level());
				assertThat(page).as(body).contains("Some of your answers could not be read");
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(40 * BAD_FIELDS.length);
	}

	@Test
	void everyGateAnsweredYesOrNotSureSurvivesEveryKindOfBadFieldAndSaysItWasReadCarefully() throws Exception {
		Triage triage = RealRules.triage();
		int checked = 0;
		for (QuestionGroup group : RealRules.questions()) {
			if (group.gate() == null) {
				continue;
			}
			CareLevel expected = triage.evaluate(new Answers(java.util.Set.copyOf(group.gate().mostSerious()), null))
				.disposition();
			if (expected == CareLevel.SELF_CARE) {
				continue;
			}
			for (String answer : java.util.List.of("yes", "not-sure")) {
				for (String bad : BAD_FIELDS) {
					String body = group.gate().code() + "=" + group.gate().answerCode(answer) + "&" + bad;
					String page = result(body);
					Matcher disposition = Pattern.compile("data-disposition=\"([a-z-]+)\"").matcher(page);
					assertThat(disposition.find()).as("a result for %s", body).isTrue();
					assertThat(CareLevel.valueOf(disposition.group(1).toUpperCase(Locale.ROOT).replace('-', '_')))
						.as(body)
						.isLessThanOrEqualTo(expected);
					assertThat(page).as(body).contains("class=\"read-carefully\"", group.legend());
					checked++;
				}
			}
		}
		assertThat(checked).isGreaterThan(8 * BAD_FIELDS.length);
	}

	@Test
	void controlCharactersTypedIntoTheAgeAreNotSentBack() throws Exception {
		String page = result("answer=pain-one-leg&age=4%002");

		assertThat(page).contains("There is a problem", "value=\"42\"").doesNotContain("\u0000");
	}

	@Test
	void aBadAgeWithARedFlagShowsTheResultAndAFormToAddTheAge() throws Exception {
		String page = result("answer=fever&answer=minor-fall-or-strain&answer=severe-central-back-pain&age=45+years");

		assertThat(page)
			.contains("data-disposition=\"emergency\"", "Your age could not be read", "took the careful side",
					"Your age was not given, or could not be read, so the checklist took the careful side",
					"<input type=\"hidden\" name=\"answer\" value=\"fever\">",
					"<input type=\"hidden\" name=\"answer\" value=\"minor-fall-or-strain\">", "Update my result")
			.doesNotContain("45 years");
		assertThat(result("answer=fever&answer=minor-fall-or-strain&answer=severe-central-back-pain&age=45"))
			.contains("data-disposition=\"urgent\"", "Age: 45")
			.doesNotContain("could not be read");
	}

	@Test
	void aBadFieldWithNothingToFlagShowsTheFormAgainWithTheAnswersKept() throws Exception {
		for (String age : new String[] { "abc", "-1", "121", "4.5", "1e3" }) {
			String page = result("answer=pain-low-back&duration=duration-under-6-weeks&age=" + age);
			assertThat(page).as(age)
				.contains("There is a problem", "id=\"age-error\"", "aria-invalid=\"true\"",
						"Enter your age as a whole number from 0 to 120", "href=\"#age-field\"", "autofocus")
				.containsPattern("id=\"q-pain-low-back\" value=\"pain-low-back\"\\s+checked=\"checked\"")
				.containsPattern(
						"id=\"q-duration-under-6-weeks\" value=\"duration-under-6-weeks\"\\s+checked=\"checked\"")
				.doesNotContain("data-disposition");
		}
		assertThat(result("answer=pain-low-back&unknown=1")).contains("There is a problem", "href=\"#checklist-form\"")
			.doesNotContain("data-disposition");
		assertThat(result("age=%3Cscript%3Ex")).contains("value=\"&lt;script&gt;x\"").doesNotContain("<script>x");
	}

	@Test
	void aBodyThatIsNotAFormIsABadRequest() throws Exception {
		this.mvc.perform(post("/checklist").contentType(MediaType.APPLICATION_JSON).content("{\"answer\":\"fever\"}"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(post("/checklist").contentType(MediaType.TEXT_PLAIN).content("answer=fever"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(post("/checklist").header("Content-Type", "not a type")).andExpect(status().isBadRequest());
		this.mvc.perform(post("/checklist")).andExpect(status().isBadRequest());
		this.mvc.perform(post("/checklist").header("Content-Type", "multipart/form-data").content("answer=cannot-pee"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aHugeBodyIsRefused() throws Exception {
		this.mvc.perform(form("answer=" + "a".repeat(40_000))).andExpect(status().isContentTooLarge());
	}

	@Test
	void answersNeverReachTheLogs(CapturedOutput output) throws Exception {
		result("answer=saddle-numbness&answer=past-cancer&age=87");
		result("answer=saddle-numbness&answer=zz-private-marker");
		result("age=zz-typed-age");
		result("answer=fever&age=zz-typed-age");

		assertThat(output.getAll()).doesNotContain("saddle-numbness", "past-cancer", "zz-private-marker",
				"zz-typed-age", "age=87");
	}

}

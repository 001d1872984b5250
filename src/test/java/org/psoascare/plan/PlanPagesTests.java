package org.psoascare.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.psoascare.content.RealContent;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The plan pages, over the real content: list, week picker, exclusions, "Add to my
 * calendar" for the week's first routine, bad input.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanCatalog catalog;

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void theListLinksEveryPlan() throws Exception {
		String page = page("/plans");
		Matcher link = Pattern.compile("href=\"/plans/([a-z0-9-]+)\"").matcher(page);
		int links = 0;
		while (link.find()) {
			links++;
		}
		assertThat(links).isEqualTo(RealContent.plans());
		assertThat(this.catalog.plans()).hasSize(RealContent.plans());
	}

	@Test
	void everyWeekOfEveryPlanHasItsPartsTheStopSignsTheBadDayAndTheSafetyNet() throws Exception {
		for (PlanViews.PlanSummary plan : this.catalog.plans()) {
			for (int week = 1; week <= plan.weeks(); week++) {
				String page = page(PlanCatalog.path(plan.slug(), week, java.util.Set.of()));
				assertThat(page).as("%s week %d", plan.slug(), week)
					.contains("Week " + week + ":", "What to do", "Everyday activity", "Read this week",
							"Ready for next week?", "Stop and get checked",
							"your pain is getting worse from one week to the next",
							"new numbness, pins and needles or weakness", "On a bad day",
							"Get help straight away if any of these start", "href=\"/guides/flare-ups\"")
					.contains("aria-current=\"page\"");
				assertThat(page.indexOf("aria-current=\"page\"", page.indexOf("week-picker")))
					.as("the picker marks week %d", week)
					.isLessThan(page.indexOf("Week " + week + "</span>") + 200);
			}
		}
	}

	@Test
	void theWeekPickerLinksEveryWeekAndKeepsTheExclusions() throws Exception {
		PlanViews.PlanSummary plan = this.catalog.plans().get(0);
		String page = page("/plans/" + plan.slug() + "?without=osteoporosis");
		for (int week = 2; week <= plan.weeks(); week++) {
			assertThat(page).contains("href=\"/plans/" + plan.slug() + "?week=" + week + "&amp;without=osteoporosis\"");
		}
		assertThat(page).contains("href=\"/plans/" + plan.slug() + "?without=osteoporosis\"");
	}

	@Test
	void anExclusionLeavesOutWhatItRulesOutAndSaysSo() throws Exception {
		String plain = page("/plans/sciatica-plan");
		assertThat(plain).contains("Lying single knee-to-chest");
		String shaped = page("/plans/sciatica-plan?without=osteoporosis");
		assertThat(shaped).contains("This plan is shaped for you", "Leave out: Lying single knee-to-chest")
			.doesNotContain("Lying single knee-to-chest: Hold");
	}

	@Test
	void everyWeekWithARoutineHasTheCalendarFormForItsFirstRoutineWithThePlanAndWeek() throws Exception {
		int forms = 0;
		for (PlanViews.PlanSummary plan : this.catalog.plans()) {
			List<PlanViews.WeekView> weeks = this.catalog.weeks(plan.slug(), Set.of()).orElseThrow();
			for (PlanViews.WeekView week : weeks) {
				Document page = Jsoup.parse(page(PlanCatalog.path(plan.slug(), week.number(), Set.of())));
				Elements form = page.select("form.calendar");
				Optional<String> first = week.practice()
					.stream()
					.filter(PlanViews.PracticeView::isRoutine)
					.map(PlanViews.PracticeView::routineSlug)
					.findFirst();
				if (first.isEmpty()) {
					assertThat(form).as("%s week %d has no routine", plan.slug(), week.number()).isEmpty();
					continue;
				}
				forms++;
				assertThat(form).as("%s week %d", plan.slug(), week.number()).hasSize(1);
				assertThat(form.attr("method")).isEqualTo("get");
				assertThat(form.attr("action")).isEqualTo("/calendar.ics");
				assertThat(form.select("input[name=routine]").attr("value")).isEqualTo(first.get());
				assertThat(form.select("input[name=plan]").attr("value")).isEqualTo(plan.slug());
				assertThat(form.select("input[name=week]").attr("value")).isEqualTo(String.valueOf(week.number()));
				assertThat(form.select("input[name=days]")).hasSize(7);
				assertThat(page.select("#calendar-plan-field").text()).contains("week " + week.number());
				assertThat(page.select("#calendar-heading")).hasSize(1);
			}
		}
		assertThat(forms).as("some plan week names a routine").isPositive();
	}

	@Test
	void aWeekOrExclusionThatIsNotThereIsABadRequestAndAnUnknownPlanIsNotFound() throws Exception {
		this.mvc.perform(get("/plans/sciatica-plan?week=99")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/plans/sciatica-plan?week=two")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/plans/sciatica-plan?week=0")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/plans/sciatica-plan?without=knees")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/plans/sciatica-plan?without=osteoporosis,osteoporosis"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/plans/sciatica-plan?without=pregnancy&without=osteoporosis")).andExpect(status().isOk());
		this.mvc.perform(get("/plans/no-such-plan")).andExpect(status().isNotFound());
	}

}

package org.psoascare.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.psoascare.content.RealContent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /api/v1/plans}: every plan, every week, with the same holds the pages show, and
 * each stretch naming the exclusions that leave it out of the page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanApiTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanCatalog catalog;

	private JsonNode getJson(String path) throws Exception {
		return this.json.readTree(this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void everyPlanIsListedAndLinked() throws Exception {
		JsonNode list = getJson("/api/v1/plans");
		assertThat(list.size()).isEqualTo(RealContent.plans());
		for (JsonNode item : list) {
			String slug = item.path("slug").asString();
			assertThat(item.path("api").asString()).endsWith("/api/v1/plans/" + slug);
			assertThat(item.path("page").asString()).endsWith("/plans/" + slug);
			assertThat(item.path("level").asString()).isIn("self-care", "soon");
		}
		assertThat(getJson("/api/v1").path("plans").asString()).endsWith("/api/v1/plans");
	}

	@Test
	void everyWeekHasWhatThePageShowsAndTheStopSigns() throws Exception {
		for (PlanViews.PlanSummary summary : this.catalog.plans()) {
			JsonNode plan = getJson("/api/v1/plans/" + summary.slug());
			assertThat(plan.path("weeks").size()).isEqualTo(summary.weeks());
			assertThat(plan.path("stopIf").size()).isEqualTo(3);
			assertThat(plan.path("badDay").size()).isPositive();
			assertThat(plan.path("sources").size()).isPositive();
			List<PlanViews.WeekView> weeks = this.catalog.weeks(summary.slug(), Set.of()).orElseThrow();
			for (int i = 0; i < weeks.size(); i++) {
				JsonNode week = plan.path("weeks").get(i);
				assertThat(week.path("number").asInt()).isEqualTo(i + 1);
				assertThat(week.path("activity").asString()).isEqualTo(weeks.get(i).activity());
				List<String> holds = new ArrayList<>();
				week.path("practice")
					.forEach((p) -> p.path("steps")
						.forEach((s) -> holds.add(s.path("stretch").path("slug").asString() + " "
								+ s.path("holdSeconds").asInt() + "x" + s.path("reps").asInt())));
				List<String> expected = weeks.get(i)
					.practice()
					.stream()
					.flatMap((p) -> p.steps().stream())
					.map((s) -> s.stretchSlug() + " " + s.holdSeconds() + "x" + s.reps())
					.toList();
				assertThat(holds).containsExactlyElementsOf(expected);
			}
		}
	}

	@Test
	void aStretchNamesTheExclusionsThatLeaveItOutOfThePage() throws Exception {
		JsonNode plan = getJson("/api/v1/plans/sciatica-plan");
		JsonNode firstWeek = plan.path("weeks").get(0);
		List<String> osteoporosis = new ArrayList<>();
		firstWeek.path("practice").forEach((p) -> p.path("steps").forEach((s) -> {
			if (s.path("ruledOutBy").toString().contains("osteoporosis")) {
				osteoporosis.add(s.path("stretchName").asString());
			}
		}));
		assertThat(osteoporosis).isNotEmpty();
		String page = this.mvc.perform(get("/plans/sciatica-plan?without=osteoporosis"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String name : osteoporosis) {
			assertThat(page).contains("Leave out: " + name);
		}
	}

	@Test
	void anUnknownPlanIsAJsonProblem() throws Exception {
		this.mvc.perform(get("/api/v1/plans/no-such-plan"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

}

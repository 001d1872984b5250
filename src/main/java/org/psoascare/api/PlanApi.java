package org.psoascare.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.psoascare.content.Coded;
import org.psoascare.plan.Exclusion;
import org.psoascare.plan.PlanCatalog;
import org.psoascare.plan.PlanViews;
import org.psoascare.web.NotFoundException;
import org.psoascare.web.CachedPage;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Recovery plans as JSON, from the same {@link PlanCatalog} the pages read; cached per
 * content load by {@link ApiCache}. A plan is given whole, every week, with each stretch
 * naming the exclusions that rule it out, so a client can shape it as the page does.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "plans", description = "Recovery plans, week by week")
class PlanApi {

	private final PlanCatalog plans;

	private final ApiLinks links;

	private final MessageSource messages;

	PlanApi(PlanCatalog plans, ApiLinks links, MessageSource messages) {
		this.plans = plans;
		this.links = links;
		this.messages = messages;
	}

	@CachedPage
	@GetMapping("/plans")
	@Operation(summary = "Every recovery plan, by title")
	List<ApiJson.PlanItem> plans() {
		return this.plans.plans()
			.stream()
			.map((plan) -> new ApiJson.PlanItem(plan.slug(), plan.title(), plan.summary(), plan.level().code(),
					plan.pattern(), plan.forWhom(), plan.weeks(), this.links.page("plans", plan.slug()),
					this.links.api("plans", plan.slug())))
			.toList();
	}

	@CachedPage
	@GetMapping("/plans/{slug}")
	@Operation(summary = "One recovery plan: every week's routines and stretches with their holds and reps, "
			+ "everyday activity, reading, when to move on and when to stop, the bad-day advice and sources")
	@ApiResponse(responseCode = "200", description = "The plan")
	@ApiResponse(responseCode = "404", description = "No plan has this slug",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(hidden = true)))
	ApiJson.PlanDetail plan(@PathVariable String slug) {
		PlanViews.PlanPage page = this.plans.page(slug, 1, Set.of()).orElseThrow(NotFoundException::new);
		PlanViews.PlanSummary summary = page.summary();
		List<PlanViews.WeekView> weeks = this.plans.weeks(slug, Set.of()).orElseThrow(NotFoundException::new);
		List<ApiJson.PlanWeek> weekJson = new ArrayList<>();
		for (PlanViews.WeekView week : weeks) {
			weekJson.add(week(slug, week));
		}
		List<ApiJson.Source> sources = new ArrayList<>();
		for (int i = 0; i < page.sources().size(); i++) {
			var source = page.sources().get(i);
			sources.add(new ApiJson.Source(i + 1, source.title(), source.publisher(), source.url()));
		}
		return new ApiJson.PlanDetail(summary.slug(), summary.title(), summary.summary(), summary.level().code(),
				summary.pattern(), summary.forWhom(), this.links.page("plans", slug), ApiJson.LICENCE,
				page.introduction(), Arrays.stream(Exclusion.values()).map(Coded::code).toList(), page.badDay(),
				List.of(message("plan.stop.worse"), message("plan.stop.numb"), message("plan.stop.emergency")),
				weekJson, sources);
	}

	private ApiJson.PlanWeek week(String slug, PlanViews.WeekView week) {
		List<ApiJson.PlanPractice> practice = new ArrayList<>();
		for (PlanViews.PracticeView item : week.practice()) {
			List<ApiJson.PlanStep> steps = item.steps()
				.stream()
				.map((step) -> new ApiJson.PlanStep(this.links.ref("stretches", step.stretchSlug()), step.stretchName(),
						step.holdSeconds(), step.holds(), step.reps(), step.sides().code(), step.changed(),
						ruledOutBy(slug, week.number(), step.stretchSlug())))
				.toList();
			practice
				.add(new ApiJson.PlanPractice(item.isRoutine() ? this.links.ref("routines", item.routineSlug()) : null,
						item.title(), item.howOften(), steps));
		}
		PlanViews.ReadingView read = week.read();
		String readPage = this.links.page("guides", read.guide())
				+ ((read.section() != null) ? "#" + read.section() : "");
		return new ApiJson.PlanWeek(
				week.number(), week.title(), this.links.site(PlanCatalog.path(slug, week.number(), Set.of())), practice,
				week.activity(), new ApiJson.PlanReading(this.links.ref("guides", read.guide()), read.guideTitle(),
						read.section(), read.sectionTitle(), readPage),
				week.readyWhen(), week.watchFor(), week.easierBecause());
	}

	/** The exclusions under which this week of the plan leaves the stretch out. */
	private List<String> ruledOutBy(String slug, int week, String stretchSlug) {
		List<String> codes = new ArrayList<>();
		for (Exclusion exclusion : Exclusion.values()) {
			PlanViews.WeekView shaped = this.plans.weeks(slug, Set.of(exclusion)).orElseThrow().get(week - 1);
			boolean kept = shaped.practice()
				.stream()
				.flatMap((p) -> p.steps().stream())
				.anyMatch((s) -> s.stretchSlug().equals(stretchSlug));
			if (!kept) {
				codes.add(exclusion.code());
			}
		}
		return codes;
	}

	private String message(String code) {
		return this.messages.getMessage(code, null, Locale.UK);
	}

}

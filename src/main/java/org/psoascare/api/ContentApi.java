package org.psoascare.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.psoascare.content.Coded;
import org.psoascare.guide.GuideCatalog;
import org.psoascare.guide.GuidePage;
import org.psoascare.guide.GuideSummary;
import org.psoascare.guide.TopicGroup;
import org.psoascare.stretch.RoutinePage;
import org.psoascare.stretch.RoutineStepView;
import org.psoascare.stretch.RoutineSummary;
import org.psoascare.stretch.StretchCard;
import org.psoascare.stretch.StretchCatalog;
import org.psoascare.stretch.StretchFilter;
import org.psoascare.stretch.StretchPage;
import org.psoascare.web.NotFoundException;
import org.psoascare.web.CachedPage;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The site's content as JSON, read-only: guides (with their rendered HTML), stretches and
 * routines, from the same catalogs the pages read. Each answer is rendered once per
 * content load and served with an ETag by {@link ApiCache}. An unknown slug is a 404
 * problem ({@code application/problem+json}).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "content", description = "Guides, stretches and routines")
class ContentApi {

	private final GuideCatalog guides;

	private final StretchCatalog stretches;

	private final ApiLinks links;

	ContentApi(GuideCatalog guides, StretchCatalog stretches, ApiLinks links) {
		this.guides = guides;
		this.stretches = stretches;
		this.links = links;
	}

	@CachedPage
	@GetMapping
	@Operation(summary = "Where everything is, and the content licence")
	ApiJson.Index index() {
		return this.links.index();
	}

	@CachedPage
	@GetMapping("/guides")
	@Operation(summary = "Every guide, by title, without its body")
	List<ApiJson.GuideItem> guides() {
		List<ApiJson.GuideItem> items = new ArrayList<>();
		for (TopicGroup group : this.guides.byTopic()) {
			for (GuideSummary summary : group.guides()) {
				GuidePage page = this.guides.page(summary.slug()).orElseThrow();
				items.add(new ApiJson.GuideItem(page.slug(), page.title(), page.summary(), page.topic().code(),
						page.reviewed(), page.nextReview(), this.links.page("guides", page.slug()),
						this.links.api("guides", page.slug())));
			}
		}
		items.sort((a, b) -> a.title().compareTo(b.title()));
		return items;
	}

	@CachedPage
	@GetMapping("/guides/{slug}")
	@Operation(summary = "One guide: metadata, rendered HTML, sections and numbered sources")
	@ApiResponse(responseCode = "200", description = "The guide")
	@ApiResponse(responseCode = "404", description = "No guide has this slug",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(hidden = true)))
	ApiJson.GuideDetail guide(@PathVariable String slug) {
		GuidePage page = this.guides.page(slug).orElseThrow(NotFoundException::new);
		List<ApiJson.Source> sources = new ArrayList<>();
		for (int i = 0; i < page.sources().size(); i++) {
			var source = page.sources().get(i);
			sources.add(new ApiJson.Source(i + 1, source.title(), source.publisher(), source.url()));
		}
		return new ApiJson.GuideDetail(page.slug(), page.title(), page.summary(), page.topic().code(), page.reviewed(),
				page.nextReview(), this.links.page("guides", page.slug()), ApiJson.LICENCE, page.bodyHtml(),
				page.sections()
					.stream()
					.map((section) -> new ApiJson.Section(section.anchor(), section.title()))
					.toList(),
				sources, this.links.refs("guides", page.related().stream().map(GuideSummary::slug).toList()),
				this.links.refs("stretches", page.stretches()), this.links.refs("routines", page.routines()));
	}

	@CachedPage
	@GetMapping("/stretches")
	@Operation(summary = "Every stretch, by name")
	List<ApiJson.StretchItem> stretches() {
		return this.stretches.list(new StretchFilter(null, null, null, null)).stream().map(this::item).toList();
	}

	@CachedPage
	@GetMapping("/stretches/{slug}")
	@Operation(summary = "One stretch: steps, hold, repeats, sides, cautions")
	@ApiResponse(responseCode = "200", description = "The stretch")
	@ApiResponse(responseCode = "404", description = "No stretch has this slug",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(hidden = true)))
	ApiJson.StretchDetail stretch(@PathVariable String slug) {
		StretchPage page = this.stretches.page(slug).orElseThrow(NotFoundException::new);
		StretchCard card = page.card();
		return new ApiJson.StretchDetail(card.slug(), card.name(), card.summary(), card.kind().code(),
				codes(card.targets()), card.position().code(), codes(card.equipment()),
				this.links.illustration(card.slug()), card.illustrationAlt(), this.links.page("stretches", card.slug()),
				ApiJson.LICENCE, page.why(), List.copyOf(page.steps()), page.holdSeconds(), page.reps(),
				page.sides().code(), page.breathing(), List.copyOf(page.cautions()), page.easier(), page.harder(),
				this.links.refs("guides", page.guides().stream().map(GuideSummary::slug).toList()),
				this.links.refs("routines", page.routines().stream().map(RoutineSummary::slug).toList()));
	}

	@CachedPage
	@GetMapping("/routines")
	@Operation(summary = "Every routine, by title, with its total time")
	List<ApiJson.RoutineItem> routines() {
		return this.stretches.routines()
			.stream()
			.map((routine) -> new ApiJson.RoutineItem(routine.slug(), routine.title(), routine.summary(),
					routine.forWhom(), routine.howOften(), routine.totalSeconds(),
					this.links.refs("stretches", routine.stretches()), this.links.page("routines", routine.slug()),
					this.links.api("routines", routine.slug())))
			.toList();
	}

	@CachedPage
	@GetMapping("/routines/{slug}")
	@Operation(summary = "One routine with its steps")
	@ApiResponse(responseCode = "200", description = "The routine")
	@ApiResponse(responseCode = "404", description = "No routine has this slug",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(hidden = true)))
	ApiJson.RoutineDetail routine(@PathVariable String slug) {
		RoutinePage page = this.stretches.routine(slug).orElseThrow(NotFoundException::new);
		RoutineSummary routine = page.summary();
		List<ApiJson.Step> steps = new ArrayList<>();
		for (RoutineStepView step : page.steps()) {
			steps.add(new ApiJson.Step(step.number(), this.links.ref("stretches", step.stretchSlug()),
					step.stretchName(), step.illustrationAlt(), step.holdSeconds(), step.reps(), step.sides().code(),
					step.restSeconds(), step.activeSeconds(), step.totalSeconds()));
		}
		return new ApiJson.RoutineDetail(routine.slug(), routine.title(), routine.summary(), routine.forWhom(),
				routine.howOften(), routine.totalSeconds(), this.links.page("routines", routine.slug()),
				ApiJson.LICENCE, page.introduction(), steps,
				this.links.refs("guides", page.guides().stream().map(GuideSummary::slug).toList()));
	}

	private ApiJson.StretchItem item(StretchCard card) {
		return new ApiJson.StretchItem(card.slug(), card.name(), card.summary(), card.kind().code(),
				codes(card.targets()), card.position().code(), codes(card.equipment()),
				this.links.illustration(card.slug()), card.illustrationAlt(), this.links.page("stretches", card.slug()),
				this.links.api("stretches", card.slug()));
	}

	private static List<String> codes(Collection<? extends Coded> values) {
		return values.stream().map(Coded::code).toList();
	}

}

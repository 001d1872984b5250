package org.psoascare.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.psoascare.content.Coded;
import org.psoascare.guide.GuideCatalog;
import org.psoascare.plan.PlanCatalog;
import org.psoascare.plan.PlanViews;
import org.psoascare.guide.GuidePage;
import org.psoascare.guide.GuideSummary;
import org.psoascare.stretch.RoutinePage;
import org.psoascare.stretch.RoutineSummary;
import org.psoascare.stretch.StretchCard;
import org.psoascare.stretch.StretchCatalog;
import org.psoascare.stretch.StretchFilter;
import org.psoascare.stretch.StretchPage;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads every guide, stretch, routine and plan through the public catalogs, as the
 * documents the index is built from. Runs once per content load, never per search.
 */
@Component
class SearchSources {

	private static final StretchFilter ALL_STRETCHES = new StretchFilter(null, null, null, null);

	private final GuideCatalog guides;

	private final StretchCatalog stretches;

	private final PlanCatalog plans;

	private final MessageSource messages;

	SearchSources(GuideCatalog guides, StretchCatalog stretches, PlanCatalog plans, MessageSource messages) {
		this.guides = guides;
		this.stretches = stretches;
		this.plans = plans;
		this.messages = messages;
	}

	List<SearchDocument> documents() {
		List<SearchDocument> documents = new ArrayList<>();
		for (GuideSummary guide : this.guides.all()) {
			this.guides.page(guide.slug()).map(SearchSources::guide).ifPresent(documents::add);
		}
		Map<String, String> kinds = new HashMap<>();
		for (StretchCard card : this.stretches.list(ALL_STRETCHES)) {
			kinds.put(card.slug(), label("kind", card.kind()));
			this.stretches.page(card.slug()).map(this::stretch).ifPresent(documents::add);
		}
		for (RoutineSummary summary : this.stretches.routines()) {
			this.stretches.routine(summary.slug()).map((page) -> routine(page, kinds)).ifPresent(documents::add);
		}
		for (PlanViews.PlanSummary summary : this.plans.plans()) {
			String kind = this.messages.getMessage("search.kind.plan", null, "plan", Locale.ROOT);
			this.plans.page(summary.slug(), 1, Set.of())
				.flatMap((page) -> this.plans.weeks(summary.slug(), Set.of()).map((weeks) -> plan(page, weeks, kind)))
				.ifPresent(documents::add);
		}
		return documents;
	}

	private static SearchDocument guide(GuidePage page) {
		GuideText text = GuideText.of(page.bodyHtml());
		return new SearchDocument(SearchHit.Kind.GUIDE, page.slug(), page.title(), page.summary(), text.headings(),
				text.blocks());
	}

	private SearchDocument stretch(StretchPage page) {
		StretchCard card = page.card();
		List<String> labels = new ArrayList<>();
		card.targets().forEach((target) -> labels.add(label("target", target)));
		labels.add(label("kind", card.kind()));
		List<String> blocks = new ArrayList<>();
		blocks.add(page.why());
		blocks.addAll(page.steps());
		blocks.add(page.breathing());
		blocks.addAll(page.cautions());
		blocks.add(page.easier());
		blocks.add(page.harder());
		return new SearchDocument(SearchHit.Kind.STRETCH, card.slug(), card.name(), card.summary(), labels,
				present(blocks.stream()));
	}

	/** Labels: the names of its stretches, and their kinds (a routine of stretches). */
	private static SearchDocument routine(RoutinePage page, Map<String, String> kinds) {
		RoutineSummary summary = page.summary();
		Set<String> labels = new LinkedHashSet<>();
		page.steps().forEach((step) -> labels.add(step.stretchName()));
		page.steps().forEach((step) -> labels.add(kinds.get(step.stretchSlug())));
		return new SearchDocument(SearchHit.Kind.ROUTINE, summary.slug(), summary.title(), summary.summary(),
				present(labels.stream()),
				present(Stream.of(summary.forWhom(), summary.howOften(), page.introduction())));
	}

	/**
	 * Labels: "Recovery plan", the week titles and the names of its routines and
	 * stretches. Body: who it is for, the introduction, each week's activity and sign of
	 * readiness, the bad-day advice.
	 */
	private static SearchDocument plan(PlanViews.PlanPage page, List<PlanViews.WeekView> weeks, String kind) {
		PlanViews.PlanSummary summary = page.summary();
		Set<String> labels = new LinkedHashSet<>();
		labels.add(kind);
		labels.addAll(page.weekTitles());
		weeks.forEach((week) -> week.practice().forEach((practice) -> labels.add(practice.title())));
		List<String> blocks = new ArrayList<>();
		blocks.add(summary.forWhom());
		blocks.add(page.introduction());
		weeks.forEach((week) -> {
			blocks.add(week.activity());
			blocks.add(week.readyWhen());
		});
		blocks.addAll(page.badDay());
		return new SearchDocument(SearchHit.Kind.PLAN, summary.slug(), summary.title(), summary.summary(),
				present(labels.stream()), present(blocks.stream()));
	}

	private String label(String prefix, Coded value) {
		String code = prefix + "." + value.code();
		return this.messages.getMessage(code, null, value.code().replace('-', ' '), Locale.ROOT);
	}

	private static List<String> present(Stream<String> texts) {
		return texts.filter(Objects::nonNull).map(String::strip).filter((text) -> !text.isEmpty()).toList();
	}

}

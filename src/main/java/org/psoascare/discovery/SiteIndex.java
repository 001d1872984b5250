package org.psoascare.discovery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.psoascare.guide.GuideCatalog;
import org.psoascare.guide.GuidePage;
import org.psoascare.guide.GuideSummary;
import org.psoascare.plan.PlanCatalog;
import org.psoascare.plan.PlanViews;
import org.psoascare.guide.TopicGroup;
import org.psoascare.stretch.RoutineSummary;
import org.psoascare.stretch.StretchCatalog;
import org.psoascare.stretch.StretchCard;
import org.psoascare.stretch.StretchFilter;

import org.springframework.stereotype.Component;

/**
 * Every public page of the site, with the date its content was last reviewed where it has
 * one: what sitemap.xml lists.
 */
@Component
class SiteIndex {

	/** The pages that are not content items, in the order the navigation shows them. */
	static final List<String> FIXED = List.of("/", "/guides", "/stretches", "/routines", "/plans", "/checklist",
			"/search", "/progress");

	private final GuideCatalog guides;

	private final StretchCatalog stretches;

	private final PlanCatalog plans;

	SiteIndex(GuideCatalog guides, StretchCatalog stretches, PlanCatalog plans) {
		this.guides = guides;
		this.stretches = stretches;
		this.plans = plans;
	}

	/**
	 * @param path the page's path, such as {@code /guides/psoas}
	 * @param lastReviewed when its content was last reviewed; {@code null} when it has no
	 * review date (stretches, routines, plans, the checklist and search)
	 */
	record Entry(String path, LocalDate lastReviewed) {
	}

	/**
	 * Every public page: the fixed pages, then each guide, stretch, routine and plan (its
	 * first week; the other weeks are the same page at {@code ?week=N}). The home page
	 * and the guide list take the newest guide review date.
	 */
	List<Entry> entries() {
		List<Entry> guidePages = new ArrayList<>();
		for (TopicGroup group : this.guides.byTopic()) {
			for (GuideSummary summary : group.guides()) {
				GuidePage page = this.guides.page(summary.slug()).orElseThrow();
				guidePages.add(new Entry("/guides/" + page.slug(), page.reviewed()));
			}
		}
		guidePages.sort(Comparator.comparing(Entry::path));
		LocalDate newest = guidePages.stream().map(Entry::lastReviewed).max(Comparator.naturalOrder()).orElse(null);
		List<Entry> entries = new ArrayList<>();
		for (String path : FIXED) {
			entries.add(new Entry(path, (path.equals("/") || path.equals("/guides")) ? newest : null));
		}
		entries.addAll(guidePages);
		for (StretchCard stretch : this.stretches.list(new StretchFilter(null, null, null, null))) {
			entries.add(new Entry("/stretches/" + stretch.slug(), null));
		}
		for (RoutineSummary routine : this.stretches.routines()) {
			entries.add(new Entry("/routines/" + routine.slug(), null));
		}
		for (PlanViews.PlanSummary plan : this.plans.plans()) {
			entries.add(new Entry("/plans/" + plan.slug(), null));
		}
		return entries;
	}

}

package org.psoascare.guide;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads guides from the store as view records for pages, search and other features. */
@Service
@Transactional(readOnly = true)
public class GuideCatalog {

	private final GuideRepository guides;

	GuideCatalog(GuideRepository guides) {
		this.guides = guides;
	}

	public List<TopicGroup> byTopic() {
		Map<Topic, List<GuideSummary>> groups = new EnumMap<>(Topic.class);
		for (Guide guide : this.guides.findAllByOrderByTitle()) {
			groups.computeIfAbsent(guide.getTopic(), (topic) -> new ArrayList<>()).add(GuideSummary.of(guide));
		}
		return groups.entrySet().stream().map((group) -> new TopicGroup(group.getKey(), group.getValue())).toList();
	}

	public Optional<GuidePage> page(String slug) {
		return this.guides.findBySlug(slug)
			.map((guide) -> new GuidePage(guide.getSlug(), guide.getTitle(), guide.getSummary(), guide.getTopic(),
					guide.getReviewed(), guide.getNextReview(), guide.getBodyHtml(), List.copyOf(guide.getSections()),
					List.copyOf(guide.getSources()), summaries(guide.getRelated()), List.copyOf(guide.getStretches()),
					List.copyOf(guide.getRoutines())));
	}

	/** Summaries of the named guides, in the order named; unknown slugs are skipped. */
	public List<GuideSummary> summaries(Collection<String> slugs) {
		List<String> order = List.copyOf(slugs);
		return this.guides.findBySlugIn(order)
			.stream()
			.map(GuideSummary::of)
			.sorted(Comparator.comparingInt((GuideSummary guide) -> order.indexOf(guide.slug())))
			.toList();
	}

	/** Every guide's summary, by title. */
	public List<GuideSummary> all() {
		return this.guides.findAllByOrderByTitle().stream().map(GuideSummary::of).toList();
	}

}

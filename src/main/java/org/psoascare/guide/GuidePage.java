package org.psoascare.guide;

import java.time.LocalDate;
import java.util.List;

/** Everything the page of one guide shows. */
public record GuidePage(String slug, String title, String summary, Topic topic, LocalDate reviewed,
		LocalDate nextReview, String bodyHtml, List<GuideSection> sections, List<GuideSource> sources,
		List<GuideSummary> related, List<String> stretches, List<String> routines) {
}

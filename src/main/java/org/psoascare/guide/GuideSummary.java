package org.psoascare.guide;

/** What a list shows of a guide. */
public record GuideSummary(String slug, String title, String summary, Topic topic) {

	static GuideSummary of(Guide guide) {
		return new GuideSummary(guide.getSlug(), guide.getTitle(), guide.getSummary(), guide.getTopic());
	}

}

package org.psoascare.guide;

import org.junit.jupiter.api.Test;
import org.psoascare.content.ContentFile;
import org.psoascare.content.Markdown;
import org.psoascare.web.SiteProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emergency number in a guide comes from the setting, and a new setting rewrites the
 * stored page.
 */
class GuidePlaceholderTests {

	private static final ContentFile FILE = new ContentFile("guides/help.md", """
			---
			slug: help
			title: Help
			summary: Where to get help.
			topic: getting-help
			reviewed: 2026-11-30
			nextReview: 2027-11-30
			sources:
			  - title: Back pain
			    publisher: NHS website
			    url: https://www.nhs.uk/conditions/back-pain/
			---
			Call {{emergency-number}} now [1].
			""");

	private GuideDocument parse(String emergencyNumber) {
		return new GuideContent(new Markdown(), null, new SiteProperties(emergencyNumber, null, null, null))
			.parse(FILE);
	}

	@Test
	void theEmergencyNumberIsFilledInFromTheSetting() {
		assertThat(parse("112").body().html()).contains("Call 112 now");
		assertThat(parse("999").body().plainText()).startsWith("Call 999 now");
	}

	@Test
	void aChangedSettingGivesTheGuideANewHashSoTheStoredPageIsRewritten() {
		assertThat(parse("112").contentHash()).isNotEqualTo(parse("999").contentHash())
			.isNotEqualTo(FILE.contentHash());
		assertThat(parse("112").contentHash()).isEqualTo(parse("112").contentHash());
	}

}

package org.psoascare.guide;

import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.psoascare.content.ContentLoader;
import org.psoascare.content.ContentSlice;
import org.psoascare.content.RealContent;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** What the brief asks of the guides themselves, checked on the real content. */
@ContentSlice
class GuideContentQualityTests {

	static final List<String> BRIEF = List.of("psoas", "sciatica", "psoas-and-sciatica", "sitting-and-back-pain",
			"massage-for-back-pain", "deep-tissue-massage", "trigger-point-therapy", "myofascial-release",
			"cse-massage", "self-massage", "stretching-and-strengthening", "everyday-habits",
			"when-to-see-a-professional", "stress-and-back-pain");

	@Autowired
	ContentLoader loader;

	@Autowired
	GuideRepository guides;

	@Test
	void everyGuideInTheBriefExistsWithAtLeastFourHundredWords() {
		this.loader.load();

		assertThat(this.guides.findAll()).extracting(Guide::getSlug).hasSize(RealContent.guides()).containsAll(BRIEF);
		for (Guide guide : this.guides.findAll()) {
			int words = plainText(guide).split("\\s+").length;
			assertThat(words).as("words in %s", guide.getSlug()).isGreaterThanOrEqualTo(400);
			assertThat(guide.getNextReview()).as("next review of %s", guide.getSlug()).isAfter(guide.getReviewed());
		}
	}

	@Test
	void weakClaimsArePresentedWithWhatTheEvidenceSays() {
		this.loader.load();

		for (String slug : List.of("psoas", "psoas-and-sciatica", "cse-massage", "stress-and-back-pain")) {
			assertThat(bodyOf(slug)).as(slug).contains("evidence").containsAnyOf("claim", "claimed");
		}
		assertThat(bodyOf("cse-massage")).contains("unproven");
		assertThat(bodyOf("trigger-point-therapy")).contains("good-quality review");
	}

	private String bodyOf(String slug) {
		return plainText(this.guides.findBySlug(slug).orElseThrow()).toLowerCase();
	}

	/** A guide's words as its page shows them, without markup. */
	private static String plainText(Guide guide) {
		return Jsoup.parse(guide.getBodyHtml()).text();
	}

}

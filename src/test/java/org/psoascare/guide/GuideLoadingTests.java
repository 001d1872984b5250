package org.psoascare.guide;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psoascare.content.ContentFixture;
import org.psoascare.content.ContentFixtureSlice;
import org.psoascare.content.ContentLoader;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loading guides into a real H2 database with the Flyway schema: a valid guide is stored
 * with its sources and sections, and every rule a guide file can break stops the load
 * with a message naming the file and the field. The loader's own behaviour (idempotence,
 * updates, a failed load changing nothing) is {@code content.ContentLoaderTests}.
 */
@ContentFixtureSlice
class GuideLoadingTests {

	@TempDir
	Path root;

	@Autowired
	ContentLoader loader;

	@Autowired
	GuideRepository guides;

	ContentFixture content;

	@BeforeEach
	void validContent() {
		this.content = ContentFixture.practice(this.root);
	}

	@Test
	void loadsAValidGuideWithItsSourcesAndSections() {
		assertThat(this.loader.load(this.content.source()).of("guides").created()).isEqualTo(2);
		Guide psoas = this.guides.findBySlug("psoas").orElseThrow();
		assertThat(psoas.getTitle()).isEqualTo("Guide psoas");
		assertThat(psoas.getSources()).singleElement()
			.satisfies((source) -> assertThat(source.url()).isEqualTo("https://www.nice.org.uk/guidance/ng59"));
		assertThat(psoas.getSections()).extracting("anchor").containsExactly("first-part", "second-part");
	}

	@Test
	void missingRequiredField() {
		this.content.guide("psoas", without(ContentFixture.guideFields("psoas"), "summary"), ContentFixture.BODY);
		assertRejected("guides/psoas.md", "summary", "is required");
	}

	@Test
	void unknownTopic() {
		guideWith("topic", "knees");
		assertRejected("guides/psoas.md", "topic", "unknown value 'knees'; expected one of: psoas, sciatica");
	}

	@Test
	void badDate() {
		guideWith("reviewed", "2026-13-40");
		assertRejected("guides/psoas.md", "reviewed", "'2026-13-40' is not a date");
	}

	@Test
	void nextReviewBeforeReviewed() {
		guideWith("nextReview", "2026-01-01");
		assertRejected("guides/psoas.md", "nextReview", "2026-01-01 is before the reviewed date 2026-11-21");
	}

	@Test
	void duplicateSlug() {
		this.content.guide("psoas-copy", ContentFixture.guideFields("psoas"), ContentFixture.BODY);
		assertRejected("guides/psoas.md", "slug", "'psoas' is already used by guides/psoas-copy.md");
	}

	@Test
	void relatedGuideThatDoesNotExist() {
		guideWith("related", "[sciatica, knees]");
		assertRejected("guides/psoas.md", "related", "'knees' is not a known item of guides");
	}

	@Test
	void misspeltFieldName() {
		guideWith("sumary", "Typo.");
		assertRejected("guides/psoas.md", "sumary", "is not a known field; did you mean 'summary'?");
	}

	@Test
	void unknownFieldLikeNoKnownOneListsTheKnownFields() {
		guideWith("colour", "blue");
		assertRejected("guides/psoas.md", "colour", "is not a known field; the known fields here are: ");
		assertRejected("guides/psoas.md", "colour", "nextReview, related, reviewed, routines, slug");
	}

	@Test
	void sourceWithoutAnAddress() {
		guideWith("sources", "\n  - title: A book\n    publisher: Someone\n    url: ftp://example.org/book");
		assertRejected("guides/psoas.md", "sources[1].url", "must be an http or https address");
	}

	@Test
	void citationOfASourceThatIsNotListed() {
		this.content.guide("psoas", ContentFixture.guideFields("psoas"), "## Part\n\nA claim [2].\n");
		assertRejected("guides/psoas.md", "body", "cites [2] but there are 1 sources");
	}

	@Test
	void bodyThatCitesNothing() {
		this.content.guide("psoas", ContentFixture.guideFields("psoas"), "## Part\n\nA claim with no source.\n");
		assertRejected("guides/psoas.md", "body", "cites no source");
	}

	@Test
	void topLevelHeadingInBody() {
		this.content.guide("psoas", ContentFixture.guideFields("psoas"), "# Title again\n\nText [1].\n");
		assertRejected("guides/psoas.md", "body", "uses a '#' heading");
	}

	@Test
	void fileWithoutFrontMatter() {
		this.content.write("guides/psoas.md", "Just text [1].\n");
		assertRejected("guides/psoas.md", null, "must start with front matter");
	}

	@Test
	void invalidYaml() {
		guideWith("title", "[unclosed");
		assertRejected("guides/psoas.md", null, "is not valid YAML");
	}

	@Test
	void guideLinkingToAnUnknownStretch() {
		guideWith("stretches", "[knee-hug, cartwheel]");
		assertRejected("guides/psoas.md", "stretches", "'cartwheel' is not a known item of stretches");
	}

	@Test
	void guideLinkingToAnUnknownRoutine() {
		guideWith("routines", "[midnight]");
		assertRejected("guides/psoas.md", "routines", "'midnight' is not a known item of routines");
	}

	@Test
	void guideWithAnUnknownPlaceholder() {
		Map<String, String> fields = ContentFixture.guideFields("psoas");
		this.content.guide("psoas", fields, "Call {{emergency-numbers}} now [1].\n");
		assertRejected("guides/psoas.md", "body", "uses the unknown placeholder {{emergency-numbers}}");
	}

	@Test
	void guidePlaceholderIsFilledFromTheSetting() {
		Map<String, String> fields = ContentFixture.guideFields("psoas");
		this.content.guide("psoas", fields, "Call {{emergency-number}} now [1].\n");

		this.loader.load(this.content.source());

		assertThat(this.guides.findBySlug("psoas").orElseThrow().getBodyHtml()).contains("Call 999 now");
	}

	private void guideWith(String field, String value) {
		Map<String, String> fields = ContentFixture.guideFields("psoas");
		fields.put(field, value);
		this.content.guide("psoas", fields, ContentFixture.BODY);
	}

	private static Map<String, String> without(Map<String, String> fields, String field) {
		fields.remove(field);
		return fields;
	}

	private void assertRejected(String file, String field, String problem) {
		this.content.assertRejected(this.loader, file, field, problem);
	}

}

package org.psoascare.guide;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.psoascare.content.ContentFile;
import org.psoascare.content.ContentIndex;
import org.psoascare.content.ContentKinds;
import org.psoascare.content.ContentSync;
import org.psoascare.content.ContentType;
import org.psoascare.content.FrontMatter;
import org.psoascare.content.Markdown;
import org.psoascare.content.NoRepeats;
import org.psoascare.content.Placeholders;
import org.psoascare.content.Slug;
import org.psoascare.web.SiteProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Guides: Markdown files with front matter in {@code content/guides/}. The body may write
 * {@code {{emergency-number}}}, filled in from the setting
 * {@code psoascare.site.emergency-number}, so no guide hard-codes one country's number.
 */
@Configuration(proxyBeanMethods = false)
class GuideContent {

	private final Markdown markdown;

	private final GuideRepository guides;

	private final Placeholders placeholders;

	GuideContent(Markdown markdown, GuideRepository guides, SiteProperties site) {
		this.markdown = markdown;
		this.guides = guides;
		this.placeholders = Placeholders.of(Map.of("emergency-number", site.emergencyNumber()));
	}

	@Bean
	ContentType<GuideDocument> guideType() {
		return ContentType
			.of(ContentKinds.GUIDES, "md", this::parse, ContentSync.into(this.guides, Guide::new, Guide::copy))
			.withReferences(GuideContent::checkReferences);
	}

	/** The front matter of a guide file. */
	record Fields(@Slug String slug, @NotBlank String title, @NotBlank String summary, @NotNull Topic topic,
			@NotNull LocalDate reviewed, @NotNull LocalDate nextReview,
			@NotEmpty(message = "needs at least one source") List<@NotNull @Valid GuideSource> sources,
			@NoRepeats List<@Slug String> related, @NoRepeats List<@Slug String> stretches,
			@NoRepeats List<@Slug String> routines) {
	}

	GuideDocument parse(ContentFile file) {
		FrontMatter<Fields> frontMatter = FrontMatter.read(file, Fields.class);
		Fields fields = frontMatter.fields();
		if (fields.nextReview().isBefore(fields.reviewed())) {
			throw file.error("nextReview", fields.nextReview() + " is before the reviewed date " + fields.reviewed());
		}
		if (fields.related().contains(fields.slug())) {
			throw file.error("related", "a guide cannot be related to itself");
		}
		Markdown.Rendered body = this.markdown.render(file, "body", frontMatter.body(), this.placeholders);
		checkCitations(file, body, fields.sources().size());
		return new GuideDocument(file, file.contentHash(this.placeholders.fingerprint()), fields.slug(), fields.title(),
				fields.summary(), fields.topic(), fields.reviewed(), fields.nextReview(), fields.sources(),
				fields.related(), fields.stretches(), fields.routines(), body);
	}

	private static void checkCitations(ContentFile file, Markdown.Rendered body, int sourceCount) {
		if (body.plainText().isBlank()) {
			throw file.error("body", "is empty");
		}
		if (body.citations().isEmpty()) {
			throw file.error("body", "cites no source; cite one with its number in brackets, e.g. [1]");
		}
		for (int number : body.citations()) {
			if (number < 1 || number > sourceCount) {
				throw file.error("body", "cites [" + number + "] but there are " + sourceCount + " sources");
			}
		}
		for (int number = 1; number <= sourceCount; number++) {
			if (!body.citations().contains(number)) {
				throw file.error("sources", "source " + number + " is never cited in the body");
			}
		}
	}

	private static void checkReferences(GuideDocument guide, ContentIndex index) {
		index.requireAll(guide, "related", ContentKinds.GUIDES, guide.related());
		if (!guide.stretches().isEmpty()) {
			index.requireAll(guide, "stretches", "stretches", guide.stretches());
		}
		if (!guide.routines().isEmpty()) {
			index.requireAll(guide, "routines", "routines", guide.routines());
		}
	}

}
